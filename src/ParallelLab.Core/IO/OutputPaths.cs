namespace ParallelLab.Core.IO;

/// <summary>Where an output really goes, and the rule that an output is never one of the command's inputs.</summary>
public static class OutputPaths
{
    /// <summary>The full path the bytes land in: the path itself, or the final target of a symbolic link.</summary>
    public static string Target(string path)
    {
        if (string.IsNullOrWhiteSpace(path))
        {
            throw new InputException("output path is empty");
        }

        string fullPath = Path.GetFullPath(path);
        if (IsSystemPath(fullPath)
            || new FileInfo(fullPath).LinkTarget is null
            || FileStatus.KindOf(fullPath) is FileKind.CharacterDevice or FileKind.BlockDevice or FileKind.Fifo or FileKind.Socket)
        {
            // Not a link, or a link to something that is opened, not replaced (/dev/stdout → a pipe or
            // the caller's redirection file): the path itself.
            return fullPath;
        }

        try
        {
            return File.ResolveLinkTarget(fullPath, returnFinalTarget: true)?.FullName ?? fullPath;
        }
        catch (IOException)
        {
            // ELOOP: a link that points at itself, or a cycle of them.
            throw new InputException($"output '{path}' is a symbolic link that loops back on itself");
        }
    }

    /// <summary>A path under /dev or /proc: a device or a descriptor (/dev/stdout, /proc/self/fd/1), opened, never replaced.</summary>
    public static bool IsSystemPath(string fullPath) =>
        OperatingSystem.IsLinux() && (fullPath.StartsWith("/dev/", StringComparison.Ordinal) || fullPath.StartsWith("/proc/", StringComparison.Ordinal));

    /// <summary>
    /// Checks, before any work, that <paramref name="output"/> can be made: its folder exists and it
    /// is not a folder itself. (Writing may still fail later, on a full disk; then it says so.)
    /// </summary>
    public static void CheckCanWrite(string output)
    {
        string target = Target(output);
        if (Directory.Exists(target))
        {
            throw new InputException($"output '{output}' is a directory");
        }

        string directory = Path.GetDirectoryName(target) ?? ".";
        if (!Directory.Exists(directory))
        {
            throw new InputException($"output directory '{directory}' does not exist");
        }
    }

    /// <summary>
    /// Refuses an output that names the same file as one of the inputs, however it is spelled
    /// (a link, "..", a hard link): writing it would destroy the input before or while it is read.
    /// </summary>
    public static void RefuseInputs(string output, params IEnumerable<string> inputs)
    {
        ArgumentNullException.ThrowIfNull(inputs);
        string target = Target(output);
        (ulong, ulong)? outputIdentity = FileStatus.IdentityOf(target);
        foreach (string input in inputs)
        {
            bool same = outputIdentity is not null && FileStatus.IdentityOf(input) is { } inputIdentity
                ? outputIdentity == inputIdentity
                : string.Equals(target, SafeTarget(input), StringComparison.Ordinal);
            if (same)
            {
                throw new InputException($"output '{output}' is the input '{input}'; writing it would destroy the input, choose another output");
            }
        }
    }

    private static string SafeTarget(string input)
    {
        try
        {
            return Target(input);
        }
        catch (InputException)
        {
            return Path.GetFullPath(input);
        }
    }
}
