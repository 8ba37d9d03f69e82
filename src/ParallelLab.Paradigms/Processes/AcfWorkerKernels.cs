using ParallelLab.Core.Autocorrelation;
using ParallelLab.Core.Text;
using ParallelLab.Paradigms.Workloads;

namespace ParallelLab.Paradigms.Processes;

/// <summary>
/// The ACF in worker processes. The shared arguments are the tokenised text (word ids only: the
/// kernels never look at the words themselves), the kernel's name and the lag count. That is
/// megabytes, which is why sending it once per worker, the <c>functools.partial</c> trick of the
/// lesson, matters.
/// </summary>
internal static class AcfWorkerKernels
{
    public static byte[] EncodeShared(AcfWorkload workload) => Payload.Build(writer =>
    {
        writer.Write(workload.Kernel.Name);
        writer.Write(workload.Timesteps);
        writer.Write(workload.Book.VocabularySize);
        writer.WriteInts(workload.Book.WordIds);
    });

    private static (TokenizedBook Book, AcfKernel Kernel, int Timesteps) DecodeShared(byte[] shared)
    {
        using BinaryReader reader = Payload.Reader(shared);
        AcfKernel kernel = Core.Autocorrelation.AcfKernels.ByName(reader.ReadString());
        int timesteps = reader.ReadInt32();
        int vocabularySize = reader.ReadInt32();
        int[] ids = reader.ReadInts();
        var counts = new int[vocabularySize];
        foreach (int id in ids)
        {
            counts[id]++;
        }

        string[] vocabulary = Enumerable.Range(0, vocabularySize).Select(id => $"w{id}").ToArray();
        return (new TokenizedBook("shared", ids, vocabulary, counts), kernel, timesteps);
    }

    /// <summary><c>acf-word</c>: one argument, a word id; the result is its full ACF row.</summary>
    public sealed class Word : IWorkerKernel
    {
        public string Name => "acf-word";

        public object? Prepare(byte[] sharedArguments) => DecodeShared(sharedArguments);

        public byte[] Run(object? prepared, byte[] arguments)
        {
            (TokenizedBook book, AcfKernel kernel, int timesteps) = ((TokenizedBook, AcfKernel, int))prepared!;
            int wordId = StarArguments.Decode(arguments)[0];
            return Payload.Build(writer => writer.WriteDoubles(kernel.WordAcf(book, wordId, timesteps)));
        }
    }

    /// <summary><c>acf-word-lags</c>: three arguments (word id, first lag, lag count), a starmap item.</summary>
    public sealed class WordLags : IWorkerKernel
    {
        public string Name => "acf-word-lags";

        public object? Prepare(byte[] sharedArguments) => DecodeShared(sharedArguments);

        public byte[] Run(object? prepared, byte[] arguments)
        {
            (TokenizedBook book, AcfKernel kernel, _) = ((TokenizedBook, AcfKernel, int))prepared!;
            int[] args = StarArguments.Decode(arguments);
            var acf = new double[args[2]];
            kernel.WordAcf(book, args[0], args[1], acf);
            return Payload.Build(writer => writer.WriteDoubles(acf));
        }
    }
}
