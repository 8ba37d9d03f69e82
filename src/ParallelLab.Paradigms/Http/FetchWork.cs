namespace ParallelLab.Paradigms.Http;

/// <summary>The I/O-bound job: fetch these books, in this order, and count each one's words.</summary>
public sealed record FetchWork(FetchAndCount Job, IReadOnlyList<string> Books)
{
    /// <summary>Same books, same bytes, same counts, in the same order.</summary>
    public static bool SameResult(FetchedBook[] expected, FetchedBook[] actual)
    {
        ArgumentNullException.ThrowIfNull(expected);
        ArgumentNullException.ThrowIfNull(actual);
        return expected.Length == actual.Length && expected.Zip(actual).All(pair =>
            pair.First.Name == pair.Second.Name
            && pair.First.Bytes.AsSpan().SequenceEqual(pair.Second.Bytes)
            && pair.First.Counts.SameRows(pair.Second.Counts));
    }
}
