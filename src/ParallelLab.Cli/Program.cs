using ParallelLab.Cli;

// A failure on a thread of our own cannot be caught by the commands; it still ends in one line and exit 1.
AppDomain.CurrentDomain.UnhandledException += (_, e) =>
{
    Console.Error.WriteLine(CliApp.LastResort(e.ExceptionObject as Exception ?? new InvalidOperationException("unknown failure")));
    Environment.Exit(CliApp.InputError);
};

// A workflow job (a parallellab process of the job runner) ends with the runner, even if killed.
ParallelLab.Paradigms.Processes.ParentWatchdog.StartIfAsked();
// Its outputs are then synced by the runner, with the run's others, not one fsync each.
using ParallelLab.Core.IO.DurableOutputBatch? syncedByRunner = ParallelLab.Core.IO.DurableOutputBatch.BeginIfParentSyncs();
// Ctrl+C and SIGTERM end every command with one line and exit 130; long commands take them over to clean up first.
using IDisposable signals = ParallelLab.Cli.Commands.Interruption.EndAtOnceUnlessTakenOver(Console.Error);
return LabCommandLine.Run(args, Console.Out, Console.Error);
