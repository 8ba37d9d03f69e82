using ParallelLab.Core.Text;
using ParallelLab.Core.WordCount;

namespace ParallelLab.Paradigms.Processes;

/// <summary>
/// <c>wordcount-book</c>: a starmap item of two arguments, a book's name and its bytes; the result
/// is the book's vocabulary in first-occurrence order with counts, which the parent adds to a
/// <see cref="CorpusWordCounts"/> exactly as a thread would.
/// </summary>
internal sealed class WordCountKernel : IWorkerKernel
{
    public string Name => "wordcount-book";

    public static byte[] EncodeArguments(string name, byte[] book) => Payload.Build(writer =>
    {
        writer.Write(name);
        writer.WriteBytes(book);
    });

    public static void AddResult(CorpusWordCounts counts, byte[] result, int bookIndex)
    {
        using BinaryReader reader = Payload.Reader(result);
        long tokens = reader.ReadInt64();
        var words = new string[reader.ReadInt32()];
        var wordCounts = new int[words.Length];
        for (int i = 0; i < words.Length; i++)
        {
            words[i] = reader.ReadString();
            wordCounts[i] = reader.ReadInt32();
        }

        counts.Add(words, wordCounts, tokens, bookIndex);
    }

    public object? Prepare(byte[] sharedArguments) => null;

    public byte[] Run(object? prepared, byte[] arguments)
    {
        using BinaryReader reader = Payload.Reader(arguments);
        string name = reader.ReadString();
        TokenizedBook book = Tokenizer.CountUtf8(reader.ReadBytes(), name);
        return Payload.Build(writer =>
        {
            writer.Write((long)book.TokenCount);
            writer.Write(book.VocabularySize);
            for (int id = 0; id < book.VocabularySize; id++)
            {
                writer.Write(book.Vocabulary[id]);
                writer.Write(book.Counts[id]);
            }
        });
    }
}
