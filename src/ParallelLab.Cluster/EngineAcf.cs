using System.Collections.Concurrent;
using ParallelLab.Core.Autocorrelation;
using ParallelLab.Core.Text;
using ParallelLab.Paradigms.Workloads;

namespace ParallelLab.Cluster;

/// <summary>
/// The lesson's ipyparallel exercise: its MPI ACF cell run through a view of engines. The top
/// words are scattered over the engines as the lesson's MPI script splits them; each engine
/// computes the reference kernel's rows of its share on the book it reads itself; the rows, put
/// back in word order, average to exactly the serial ACF.
/// </summary>
public static class EngineAcf
{
    /// <summary>Each engine tokenises a book once and keeps it for later calls, as an ipyparallel engine keeps what a cell loaded.</summary>
    private static readonly ConcurrentDictionary<string, TokenizedBook> Books = new(StringComparer.Ordinal);

    public const string WordsName = "acf_words";

    /// <summary>Runs on an engine: the ACF rows of <paramref name="words"/> in the book at <paramref name="bookPath"/>.</summary>
    public static double[][] Rows(string bookPath, string[] words, int timesteps)
    {
        ArgumentNullException.ThrowIfNull(words);
        TokenizedBook book = Books.GetOrAdd(Path.GetFullPath(bookPath), Tokenizer.TokenizeFile);
        return [.. words.Select(word => book.TryGetId(word, out int id)
            ? ReferenceAcfKernel.Instance.WordAcf(book, id, timesteps)
            : throw new ArgumentException($"'{word}' is not a word of {bookPath}"))];
    }

    /// <summary>The workload's ACF on the view's engines (each reading <paramref name="bookPath"/>, the workload's book).</summary>
    public static double[] Run(DirectView view, AcfWorkload workload, string bookPath)
    {
        ArgumentNullException.ThrowIfNull(view);
        ArgumentNullException.ThrowIfNull(workload);
        if (workload.Kernel != ReferenceAcfKernel.Instance)
        {
            throw new ArgumentException("engines compute the lesson's reference kernel; the workload asks for another", nameof(workload));
        }

        // The lesson's MPI split, word i to rank i mod size (the most frequent, costliest words go
        // to different engines), as a scatter: in rank-major order, each engine's share is the
        // contiguous part a scatter gives it (the first n mod size shares are one word longer).
        string[] words = [.. workload.Words.Select(id => workload.Book.Vocabulary[id])];
        int engines = view.Targets.Count;
        int[] byRank = [.. Enumerable.Range(0, engines).SelectMany(rank => Enumerable.Range(0, words.Length).Where(i => i % engines == rank))];
        view.Scatter(WordsName, [.. byRank.Select(i => words[i])]);
        double[][] rows = [.. view.ApplySync<double[][]>(Rows, bookPath, new Reference(WordsName), workload.Timesteps).SelectMany(part => part)];
        var inWordOrder = new double[words.Length][];
        for (int i = 0; i < byRank.Length; i++)
        {
            inWordOrder[byRank[i]] = rows[i];
        }

        return workload.Average(inWordOrder);
    }
}
