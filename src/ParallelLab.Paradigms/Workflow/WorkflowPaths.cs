namespace ParallelLab.Paradigms.Workflow;

/// <summary>How the workflow shows a path: relative to the working directory when inside it, else in full.</summary>
internal static class WorkflowPaths
{
    public static string Display(string workingDirectory, string path)
    {
        string relative = Path.GetRelativePath(workingDirectory, path);
        return relative == ".." || relative.StartsWith(".." + Path.DirectorySeparatorChar, StringComparison.Ordinal) || Path.IsPathRooted(relative) ? path : relative;
    }
}
