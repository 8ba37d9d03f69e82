namespace ParallelLab.Paradigms.Processes;

/// <summary>
/// The main loop of a worker process: announce readiness, take the kernel and shared arguments,
/// then answer every item of every work frame with a result or a failure. It ends when the parent
/// says stop or closes the pipe, so a worker never outlives a parent that died, however it died.
/// </summary>
public static class WorkerHost
{
    public static int Run(Stream input, Stream output)
    {
        ArgumentNullException.ThrowIfNull(input);
        ArgumentNullException.ThrowIfNull(output);
        Frames.Write(output, FrameKind.Ready, []);
        IWorkerKernel? kernel = null;
        object? prepared = null;
        bool sharedPerItem = false;
        while (Frames.Read(input) is (FrameKind kind, byte[] payload))
        {
            switch (kind)
            {
                case FrameKind.Setup:
                    using (BinaryReader setup = Payload.Reader(payload))
                    {
                        string name = setup.ReadString();
                        sharedPerItem = setup.ReadBoolean();
                        byte[] shared = setup.ReadBytes();
                        kernel = WorkerKernels.Find(name);
                        prepared = kernel is null || sharedPerItem ? null : kernel.Prepare(shared);
                    }

                    break;
                case FrameKind.Work:
                    RunItems(output, kernel, prepared, sharedPerItem, payload);
                    break;
                default:
                    return 0;
            }
        }

        return 0;
    }

    private static void RunItems(Stream output, IWorkerKernel? kernel, object? prepared, bool sharedPerItem, byte[] payload)
    {
        using BinaryReader work = Payload.Reader(payload);
        int count = work.ReadInt32();
        for (int i = 0; i < count; i++)
        {
            int item = work.ReadInt32();
            byte[] arguments = work.ReadBytes();
            byte[] answer;
            FrameKind kind = FrameKind.Result;
            try
            {
                if (kernel is null)
                {
                    throw new InvalidOperationException("no kernel was set up, or its name is unknown");
                }

                if (sharedPerItem)
                {
                    using BinaryReader both = Payload.Reader(arguments);
                    prepared = kernel.Prepare(both.ReadBytes());
                    arguments = both.ReadBytes();
                }

                byte[] result = kernel.Run(prepared, arguments);
                answer = Payload.Build(writer =>
                {
                    writer.Write(item);
                    writer.WriteBytes(result);
                });
            }
#pragma warning disable CA1031 // Any kernel failure is reported to the parent, which decides.
            catch (Exception e)
#pragma warning restore CA1031
            {
                kind = FrameKind.Failed;
                answer = Payload.Build(writer =>
                {
                    writer.Write(item);
                    writer.Write($"{e.GetType().Name}: {e.Message}");
                });
            }

            Frames.Write(output, kind, answer);
        }
    }
}
