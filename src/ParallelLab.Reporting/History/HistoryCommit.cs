namespace ParallelLab.Reporting.History;

/// <summary>The commit a set of results measured: its full hash, its committer date (which orders the history) and, when known, its branch.</summary>
public sealed record HistoryCommit(string Sha, DateTimeOffset Date, string? Branch = null)
{
    /// <summary>The short form shown in tables and charts, as git abbreviates.</summary>
    public string Abbreviated => Sha.Length > 10 ? Sha[..10] : Sha;
}
