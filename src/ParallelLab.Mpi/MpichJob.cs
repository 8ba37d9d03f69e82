using ParallelLab.Core.IO;
using ParallelLab.Paradigms;
using ParallelLab.Paradigms.Mpi;

namespace ParallelLab.Mpi;

/// <summary>
/// One rank of a program under <c>mpiexec.mpich</c>, run so that no failure leaves a rank waiting:
/// <list type="bullet">
/// <item>Set-up (reading inputs) runs on every rank, and the ranks then agree: if any rank's
/// set-up was refused, rank 0 prints one line for all of them (naming the ranks when not all
/// failed alike), and every rank ends with exit 1 through a normal MPI_Finalize.</item>
/// <item>A rank whose work then throws prints its rank and message and calls MPI_Abort, which ends
/// every rank of the job.</item>
/// <item>With a timeout, a rank still running when it passes says so and aborts the job: a
/// deadlock in real MPI would otherwise hang for ever.</item>
/// </list>
/// </summary>
public static class MpichJob
{
    /// <summary>The exit code of a job ended by its timeout, as <c>timeout(1)</c> uses.</summary>
    public const int TimedOutExitCode = 124;

    /// <summary>
    /// Before a rank aborts the job: time for MPICH's proxy to forward the line the rank just wrote
    /// to standard error (it reads the rank's pipe on its own schedule, and an abort that comes first
    /// ends the job without the line: seen in CI under load, an exit code and no message), and for
    /// ranks that are also timing out to print their own line.
    /// </summary>
    private static readonly TimeSpan GraceBeforeAbort = TimeSpan.FromMilliseconds(300);

    private static readonly TimeSpan LauncherPollInterval = TimeSpan.FromMilliseconds(250);

    /// <returns>The process's exit code: 0, or 1 when the set-up was refused.</returns>
    public static int Run<TSetup>(Func<TSetup> setup, Action<ICommunicator, TSetup> work, TimeSpan? timeout, TextWriter error)
    {
        ArgumentNullException.ThrowIfNull(setup);
        ArgumentNullException.ThrowIfNull(work);
        ArgumentNullException.ThrowIfNull(error);
        using MpichWorld world = MpichWorld.Start();
        ICommunicator comm = world.Communicator;
        using Timer? watchdog = Watchdog(comm, timeout, error);
        using Timer? launcherWatch = LauncherWatch(comm, error);
        (TSetup? prepared, string? refusal) = Agree(comm, setup);
        if (refusal is not null)
        {
            if (comm.Rank == 0)
            {
                error.WriteLine($"parallellab: error: {refusal}");
            }

            return 1;
        }

        RunOrAbort(comm, c => work(c, prepared!), error);
        return 0;
    }

    /// <summary>Work that reads nothing first (a hello, a ping-pong): no set-up to agree on.</summary>
    public static void Run(Action<ICommunicator> work, TimeSpan? timeout, TextWriter error)
    {
        ArgumentNullException.ThrowIfNull(work);
        ArgumentNullException.ThrowIfNull(error);
        using MpichWorld world = MpichWorld.Start();
        using Timer? watchdog = Watchdog(world.Communicator, timeout, error);
        using Timer? launcherWatch = LauncherWatch(world.Communicator, error);
        RunOrAbort(world.Communicator, work, error);
    }

    private static void RunOrAbort(ICommunicator comm, Action<ICommunicator> work, TextWriter error)
    {
        try
        {
            work(comm);
        }
#pragma warning disable CA1031 // Any failure of a rank must end the whole job, which MPI_Abort does.
        catch (Exception e)
#pragma warning restore CA1031
        {
            error.WriteLine($"parallellab: error: rank {comm.Rank}: {e.Message}");
            error.Flush();
            Thread.Sleep(GraceBeforeAbort);
            MpichWorld.Abort(1);
        }
    }

    private static Timer? Watchdog(ICommunicator comm, TimeSpan? timeout, TextWriter error) =>
        timeout is { } limit ? new Timer(_ => TimeOut(comm.Rank, limit, error), null, limit, Timeout.InfiniteTimeSpan) : null;

    /// <summary>
    /// Every rank's set-up, then one verdict for all: gathered at rank 0, which words it, and
    /// broadcast, so that every rank goes on or stops together.
    /// </summary>
    internal static (T? Value, string? Refusal) Agree<T>(ICommunicator comm, Func<T> setup)
    {
        T? value = default;
        string? failure = null;
        try
        {
            value = setup();
        }
        catch (Exception e) when (e is InputException or ParadigmException)
        {
            failure = e.Message;
        }

        IReadOnlyList<string?>? failures = comm.Gather(failure, 0);
        string? refusal = comm.Broadcast(failures is null ? null : Verdict(failures), 0);
        return (value, refusal);
    }

    /// <summary>One line: the message alone when every rank failed alike, else each message with its ranks.</summary>
    internal static string? Verdict(IReadOnlyList<string?> failures)
    {
        var byMessage = failures
            .Select((message, rank) => (message, rank))
            .Where(f => f.message is not null)
            .GroupBy(f => f.message!, f => f.rank)
            .ToList();
        if (byMessage.Count == 0)
        {
            return null;
        }

        if (byMessage.Count == 1 && byMessage[0].Count() == failures.Count)
        {
            return byMessage[0].Key;
        }

        return string.Join("; ", byMessage.Select(g => $"{(g.Count() == 1 ? "rank" : "ranks")} {string.Join(", ", g)}: {g.Key}"));
    }

    /// <summary>
    /// In a job that <see cref="MpiexecLauncher"/> started, checks every quarter second that the
    /// command which started it is alive, and aborts the job when it is gone.
    /// </summary>
    private static Timer? LauncherWatch(ICommunicator comm, TextWriter error)
    {
        if (!int.TryParse(Environment.GetEnvironmentVariable(MpiexecLauncher.LauncherVariable), out int launcher))
        {
            return null;
        }

        return new Timer(
            _ =>
            {
                if (!IsAlive(launcher))
                {
                    error.WriteLine($"parallellab: error: rank {comm.Rank}: the command that launched this job (process {launcher}) is gone; aborting the job");
                    error.Flush();
                    Thread.Sleep(GraceBeforeAbort);
                    MpichWorld.Abort(1);
                }
            },
            null,
            LauncherPollInterval,
            LauncherPollInterval);
    }

    /// <summary>Alive and not a zombie: a killed launcher stays a zombie until its own parent reaps it.</summary>
    private static bool IsAlive(int pid)
    {
        try
        {
            string stat = File.ReadAllText($"/proc/{pid}/stat");
            return stat[(stat.LastIndexOf(')') + 2)..][0] is not ('Z' or 'X');
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return false;
        }
    }

    private static void TimeOut(int rank, TimeSpan limit, TextWriter error)
    {
        error.WriteLine($"parallellab: error: rank {rank}: still running after --timeout {limit.TotalSeconds:0.###} s (waiting for a message or a collective that never comes?); aborting the job");
        error.Flush();
        Thread.Sleep(GraceBeforeAbort);
        MpichWorld.Abort(TimedOutExitCode);
    }
}
