using System.CommandLine.Parsing;
using ParallelLab.Cli.Commands;

namespace ParallelLab.Cli;

/// <summary>
/// How the <c>parallellab</c> command line runs a command, in both its front ends. Exit codes: 0 success, 1 bad input (a missing or unusable
/// file), 2 bad usage (unknown command, missing or malformed argument), as Python's argparse does;
/// 130 when interrupted by Ctrl+C or SIGTERM (commands that take the signal over).
/// </summary>
public static class CliApp
{
    public const int Success = 0;
    public const int InputError = 1;
    public const int UsageError = 2;

    /// <summary>Parses <paramref name="args"/> against <paramref name="root"/> and runs the command, returning its exit code.</summary>
    public static int Run(RootCommand root, string[] args, TextWriter output, TextWriter error)
    {
        ArgumentNullException.ThrowIfNull(root);
        ArgumentNullException.ThrowIfNull(error);
        // No response files: '@notes.txt' is a book's name, as it is to the Python scripts.
        ParseResult parse = root.Parse(args, new ParserConfiguration { ResponseFileTokenReplacer = null });
        if (parse.Errors.Count > 0)
        {
            // One line: the most specific problem (an unknown word explains a missing command too).
            string message = parse.Errors
                .Select(e => OneLine(e.Message))
                .OrderBy(m => m.StartsWith("Unrecognized", StringComparison.Ordinal) ? 0 : 1)
                .First();
            error.WriteLine($"parallellab: error: {message}");

            error.WriteLine($"Run '{CommandPath(parse.CommandResult)} --help' for usage.");
            return UsageError;
        }

        // No termination time-out: commands that take Ctrl+C over (workflow, serve) clean up first
        // and return their own exit code; System.CommandLine would return 130 after 2 s regardless.
        // No default exception handler either: it prints a stack trace; ours prints one line.
        try
        {
            return parse.Invoke(new InvocationConfiguration { Output = output, Error = error, ProcessTerminationTimeout = null, EnableDefaultExceptionHandler = false });
        }
#pragma warning disable CA1031 // The last resort: whatever escaped the commands' own handling.
        catch (Exception e)
#pragma warning restore CA1031
        {
            error.WriteLine(LastResort(e));
            return InputError;
        }
    }

    /// <summary>
    /// What the user sees of a failure no command foresaw: one line naming it, never a stack trace
    /// unless <see cref="VerboseVariable"/> asks for one (for a bug report).
    /// </summary>
    public static string LastResort(Exception e)
    {
        ArgumentNullException.ThrowIfNull(e);
        return Environment.GetEnvironmentVariable(VerboseVariable) is "1" or "true"
            ? $"parallellab: internal error: {e}"
            : $"parallellab: internal error: {e.GetType().Name}: {OneLine(e.Message)} (set {VerboseVariable}=1 for the details)";
    }

    /// <summary>Set to 1 to see the stack trace of an unforeseen failure.</summary>
    public const string VerboseVariable = "PARALLELLAB_VERBOSE";

    /// <summary>"parallellab threads acf": the command and its parents, for the usage hint.</summary>
    private static string CommandPath(CommandResult result)
    {
        var names = new Stack<string>();
        for (SymbolResult? current = result; current is CommandResult command; current = command.Parent)
        {
            names.Push(command.Parent is null ? "parallellab" : command.Command.Name);
        }

        return string.Join(' ', names);
    }

    private static string OneLine(string message) =>
        string.Join(' ', message.Split(['\n', '\r', '\t'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
}
