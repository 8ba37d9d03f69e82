namespace ParallelLab.Paradigms.Workflow;

/// <summary>
/// <c>--delete-all-output</c>: removes every output and log of the DAG's jobs, the temporary files
/// of atomic writes that a killed job left beside its outputs (<c>.plab-*.tmp</c>), then the
/// folders this left empty inside the working directory. Sources (the books) are never touched.
/// </summary>
public static class WorkflowCleaner
{
    /// <param name="dryRun">List what would be deleted without deleting it.</param>
    /// <returns>The files deleted (or that would be), as displayed to the user.</returns>
    public static IReadOnlyList<string> DeleteAllOutput(WorkflowDag dag, bool dryRun = false)
    {
        ArgumentNullException.ThrowIfNull(dag);
        var deleted = new List<string>();
        var folders = new HashSet<string>(StringComparer.Ordinal);
        foreach (Job job in dag.Jobs)
        {
            foreach (string file in job.Outputs.Append(job.Log).OfType<string>())
            {
                folders.Add(Path.GetDirectoryName(file)!);
                if (!File.Exists(file))
                {
                    continue;
                }

                deleted.Add(job.Display(file));
                if (!dryRun)
                {
                    File.Delete(file);
                }
            }
        }

        foreach (string leftover in folders.Where(Directory.Exists).SelectMany(f => Directory.EnumerateFiles(f, ".plab-*.tmp")).ToArray())
        {
            deleted.Add(WorkflowPaths.Display(dag.WorkingDirectory, leftover));
            if (!dryRun)
            {
                File.Delete(leftover);
            }
        }

        if (!dryRun)
        {
            RemoveEmptyFolders(dag.WorkingDirectory, folders);
        }

        return deleted;
    }

    private static void RemoveEmptyFolders(string workingDirectory, IEnumerable<string> folders)
    {
        string root = Path.TrimEndingDirectorySeparator(workingDirectory);
        foreach (string folder in folders.OrderByDescending(f => f.Length))
        {
            for (string? current = folder;
                 current is not null && current.Length > root.Length && current.StartsWith(root + Path.DirectorySeparatorChar, StringComparison.Ordinal)
                 && Directory.Exists(current) && !Directory.EnumerateFileSystemEntries(current).Any();
                 current = Path.GetDirectoryName(current))
            {
                Directory.Delete(current);
            }
        }
    }
}
