using ParallelLab.Mpi;
using ParallelLab.Paradigms.Mpi;

namespace ParallelLab.Cli.Commands;

/// <summary>
/// <c>parallellab mpi check</c>: runs <see cref="CommunicatorChecks"/> on the real ranks when
/// started by <c>mpiexec.mpich</c>, else on simulated ranks (<c>--ranks</c>). On a cluster, the
/// first thing to run: it shows that MPICH, the lab and every node agree.
/// </summary>
internal static class MpiCheckCommand
{
    public static Command Create(CommandContext context, Option<int[]> ranks)
    {
        var command = new Command("check", "Check every point-to-point and collective call of the communicator: on the real ranks under mpiexec.mpich, else on simulated ranks (--ranks).");
        command.SetAction(parse => context.Guard(() =>
        {
            if (MpiLaunch.Current == MpiLauncher.None)
            {
                foreach (int size in parse.GetValue(ranks)!)
                {
                    RunSimulated(context, size);
                }
            }
            else
            {
                RunOnMpich(context);
            }
        }));
        return command;
    }

    private static void RunSimulated(CommandContext context, int size)
    {
        foreach ((string name, Action<ICommunicator> run) in CommunicatorChecks.All)
        {
            InProcessMpi.Run(size, run);
            context.Output.WriteLine($"ok  {name}");
        }

        context.Output.WriteLine($"all {CommunicatorChecks.All.Count} checks passed on {size} simulated ranks");
    }

    private static void RunOnMpich(CommandContext context) => MpichJob.Run(
        comm =>
        {
            foreach ((string name, Action<ICommunicator> run) in CommunicatorChecks.All)
            {
                try
                {
                    run(comm);
                }
                catch (MpiException e)
                {
                    throw new MpiException($"check '{name}' failed: {e.Message}", e);
                }

                if (comm.Rank == 0)
                {
                    context.Output.WriteLine($"ok  {name}");
                }
            }

            if (comm.Rank == 0)
            {
                context.Output.WriteLine($"all {CommunicatorChecks.All.Count} checks passed on {comm.Size} MPICH ranks");
            }
        },
        timeout: null,
        context.Error);
}
