using System.CommandLine;
using ParallelLab.Cli;
using ParallelLab.Cli.Commands;
using ParallelLab.Native;
using ParallelLab.Paradigms.Processes;

// The kernel commands run here, compiled ahead of time; anything else (the paradigms' timing
// reports, the workflow, the reporter, --help of the whole CLI) is the JIT-compiled CLI beside
// this program, which this process becomes.
if (args.Length == 0 || !KernelCommands.Names.Contains(args[0]))
{
    return ManagedCli.Become(args, Console.Error);
}

AppDomain.CurrentDomain.UnhandledException += (_, e) =>
{
    Console.Error.WriteLine(CliApp.LastResort(e.ExceptionObject as Exception ?? new InvalidOperationException("unknown failure")));
    Environment.Exit(CliApp.InputError);
};

// One kernel, then exit: every array is fresh, and on a virtual machine a page fault may cost
// 12 µs, so large buffers are mapped in one call each before they are written.
ParallelLab.Core.IO.FreshPages.Enabled = true;

// A workflow job ends with the runner that started it, even if the runner is killed.
ParentWatchdog.StartIfAsked();
// Its outputs are then synced by the runner, with the run's others, not one fsync each.
using ParallelLab.Core.IO.DurableOutputBatch? syncedByRunner = ParallelLab.Core.IO.DurableOutputBatch.BeginIfParentSyncs();
using IDisposable signals = Interruption.EndAtOnceUnlessTakenOver(Console.Error);
var context = new CommandContext(Console.Out, Console.Error);
var root = new RootCommand(KernelCommands.Description);
KernelCommands.AddTo(root, context);
return CliApp.Run(root, args, Console.Out, Console.Error);
