using ParallelLab.Cli.Commands;

namespace ParallelLab.Cli;

/// <summary>The whole <c>parallellab</c> command line: the kernel commands and every paradigm's, the reporter's and the workflow's.</summary>
public static class LabCommandLine
{
    public static RootCommand BuildRootCommand(TextWriter output, TextWriter error)
    {
        var context = new CommandContext(output, error);
        var root = new RootCommand(KernelCommands.Description);
        KernelCommands.AddTo(root, context);
        root.Subcommands.Add(CorpusCommand.Create(context));
        root.Subcommands.Add(ThreadsCommand.Create(context));
        root.Subcommands.Add(FetchCommand.Create(context));
        root.Subcommands.Add(PoolCommand.Create(context));
        root.Subcommands.Add(MpiCommand.Create(context));
        root.Subcommands.Add(ClusterCommand.Create(context));
        root.Subcommands.Add(BlasCommand.Create(context));
        root.Subcommands.Add(ServeCommand.Create(context));
        root.Subcommands.Add(WorkflowCommand.Create(context));
        root.Subcommands.Add(ReportCommand.Create(context));
        root.Subcommands.Add(CompareCommand.Create(context));
        root.Subcommands.Add(HistoryCommand.Create(context));
        return root;
    }

    public static int Run(string[] args, TextWriter output, TextWriter error) =>
        CliApp.Run(BuildRootCommand(output, error), args, output, error);
}
