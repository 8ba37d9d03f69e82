namespace ParallelLab.Cli.Commands;

/// <summary>A command that only groups others (<c>threads acf|wordcount</c>, <c>corpus generate|info</c>).</summary>
internal static class CommandGroup
{
    public static Command Of(string name, string description, params IEnumerable<Command> subcommands)
    {
        var command = new Command(name, description);
        foreach (Command subcommand in subcommands)
        {
            command.Subcommands.Add(subcommand);
        }

        return command;
    }
}
