using System.Collections.Concurrent;
using ParallelLab.Core.Autocorrelation;
using ParallelLab.Core.Text;
using ParallelLab.Paradigms.Mpi;
using ParallelLab.Paradigms.Workloads;

namespace ParallelLab.Cluster;

/// <summary>
/// The lesson's ipyparallel exercise: its MPI ACF cell run through a view of engines, two ways.
/// <see cref="Run"/>: the top words scattered over any engines (a scatter's blocks are the lesson's
/// MPI split), each engine computing the reference kernel's rows of its share on the book it reads
/// itself, the rows gathered back in word order. <see cref="RunMpi"/>: on MPI engines, the
/// lesson's MPI script itself, every engine a rank and rank 0 combining. Both equal serial exactly.
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
        CheckKernel(workload);

        // A scatter's parts are the lesson's MPI split: blocks, the first nwords % size one word longer.
        string[] words = WordsOf(workload);
        view.Scatter(WordsName, words);
        double[][][] parts = view.ApplySync<double[][]>(Rows, bookPath, new Reference(WordsName), workload.Timesteps);
        return workload.Average([.. parts.SelectMany(rows => rows)]);
    }

    /// <summary>Runs on an MPI engine: the lesson's MPI ACF over the job's ranks; the ACF on rank 0, null on the others.</summary>
    public static double[]? MpiRows(string bookPath, string[] words, int timesteps, AcfCombine combine)
    {
        ArgumentNullException.ThrowIfNull(words);
        TokenizedBook book = Books.GetOrAdd(Path.GetFullPath(bookPath), Tokenizer.TokenizeFile);
        int[] ids = [.. words.Select(word => book.TryGetId(word, out int id) ? id : throw new ArgumentException($"'{word}' is not a word of {bookPath}"))];
        return MpiAcf.Run(EngineContext.Communicator, new AcfWorkload(book, ids, timesteps, ReferenceAcfKernel.Instance), combine, MessageKind.Objects);
    }

    /// <summary>The workload's ACF as the lesson's MPI script computes it, on every engine of a cluster started with <see cref="EngineLauncher.Mpi"/>.</summary>
    public static double[] RunMpi(BroadcastView view, AcfWorkload workload, string bookPath, AcfCombine combine = AcfCombine.Gather)
    {
        ArgumentNullException.ThrowIfNull(view);
        ArgumentNullException.ThrowIfNull(workload);
        CheckKernel(workload);
        double[]?[] results = view.ApplySync<double[]?>(MpiRows, bookPath, WordsOf(workload), workload.Timesteps, combine);
        return results[0] ?? throw new ClusterException("rank 0 returned no ACF");
    }

    private static string[] WordsOf(AcfWorkload workload) => [.. workload.Words.Select(id => workload.Book.Vocabulary[id])];

    private static void CheckKernel(AcfWorkload workload)
    {
        if (workload.Kernel != ReferenceAcfKernel.Instance)
        {
            throw new ArgumentException("engines compute the lesson's reference kernel; the workload asks for another", nameof(workload));
        }
    }
}
