namespace ParallelLab.Cluster;

/// <summary>An engine process's life: registration line, serving, a clean stop on Ctrl+C or SIGTERM.</summary>
internal static class EngineMain
{
    /// <summary>An engine that is one rank of an MPICH job: its id is its rank, its code may use the world.</summary>
    public static int RunMpi(string connectionFile, TextWriter output, TextWriter log)
    {
        int exitCode = 0;
        Mpi.MpichJob.Run(
            world =>
            {
                EngineContext.UseCommunicator(world);
                exitCode = RunAsync(connectionFile, world.Rank, output, log).GetAwaiter().GetResult();
            },
            timeout: null,
            log);
        return exitCode;
    }

    public static async Task<int> RunAsync(string connectionFile, int id, TextWriter output, TextWriter log)
    {
        ConnectionFile file = ConnectionFile.Read(connectionFile);
        using var stop = new CancellationTokenSource();
        using System.Runtime.InteropServices.PosixSignalRegistration interrupt = System.Runtime.InteropServices.PosixSignalRegistration.Create(
            System.Runtime.InteropServices.PosixSignal.SIGINT, context => { context.Cancel = true; stop.Cancel(); });
        using System.Runtime.InteropServices.PosixSignalRegistration terminate = System.Runtime.InteropServices.PosixSignalRegistration.Create(
            System.Runtime.InteropServices.PosixSignal.SIGTERM, context => { context.Cancel = true; stop.Cancel(); });
        System.Net.Sockets.TcpListener listener = EngineServer.Listen();
        int port = ((System.Net.IPEndPoint)listener.LocalEndpoint).Port;
        using var server = new EngineServer(id, new MessageSigner(file.Key), log);
        await output.WriteLineAsync($"engine {id} listening on 127.0.0.1:{port}").ConfigureAwait(false);
        await output.FlushAsync().ConfigureAwait(false);
        await server.RunAsync(listener, stop.Token).ConfigureAwait(false);
        return 0;
    }
}
