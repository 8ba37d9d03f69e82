using System.Collections.Concurrent;
using ParallelLab.Core.Text;
using ParallelLab.TestSupport;

namespace ParallelLab.Core.Tests;

/// <summary>Reference books tokenised once per test run, shared by the test classes that compare against the reference.</summary>
internal static class ReferenceBooks
{
    private static readonly ConcurrentDictionary<string, Lazy<TokenizedBook>> Cache = new();

    public static TokenizedBook Load(string book) =>
        Cache.GetOrAdd(book, name => new Lazy<TokenizedBook>(() => Tokenizer.Tokenize(BookDecoder.ReadBook(SharedData.BookPath(name)), name))).Value;
}
