namespace ParallelLab.Core.Text;

/// <summary>
/// A book as every kernel sees it: the text as word ids, the vocabulary in first-occurrence order
/// (which is the reference's dict insertion order, docs/reference-quirks.md §7) and each word's count. Immutable, so
/// any number of threads may read one instance.
/// </summary>
public sealed class TokenizedBook
{
    private readonly int[]? _wordIds;
    private readonly int[] _counts;
    private string[]? _vocabulary;
    private Utf8WordList? _utf8Words;
    private readonly Lazy<Dictionary<string, int>> _idsByWord;
    private readonly Lazy<WordPositions> _positions;

    /// <param name="name">What to call the book.</param>
    /// <param name="wordIds">The text as word ids, or null for a book that was only counted.</param>
    /// <param name="vocabulary">Distinct words in first-occurrence order.</param>
    /// <param name="counts">Each word's occurrences.</param>
    public TokenizedBook(string name, int[]? wordIds, string[] vocabulary, int[] counts)
        : this(name, wordIds, vocabulary?.Length ?? throw new ArgumentNullException(nameof(vocabulary)), counts)
    {
        _vocabulary = vocabulary;
    }

    /// <summary>A counted book whose words stay UTF-8 until someone asks for them as strings.</summary>
    internal TokenizedBook(string name, int[]? wordIds, Utf8WordList words, int[] counts)
        : this(name, wordIds, words.Count, counts)
    {
        _utf8Words = words;
    }

    private TokenizedBook(string name, int[]? wordIds, int vocabularySize, int[] counts)
    {
        ArgumentNullException.ThrowIfNull(counts);
        if (vocabularySize != counts.Length)
        {
            throw new ArgumentException("every vocabulary word needs exactly one count", nameof(counts));
        }

        Name = name;
        _wordIds = wordIds;
        _counts = counts;
        long tokens = 0;
        foreach (int count in counts)
        {
            tokens += count;
        }

        TokenCount = checked((int)tokens);
        _idsByWord = new Lazy<Dictionary<string, int>>(IndexVocabulary);
        _positions = new Lazy<WordPositions>(() => WordPositions.Index(WordIds, _counts.Length));
    }

    /// <summary>What to call the book in messages and tables (usually its file name).</summary>
    public string Name { get; }

    /// <summary>
    /// The text, one word id per token, in reading order. A book only counted
    /// (<see cref="Tokenizer.CountUtf8"/>) has none, and asking for them is a programming error, not
    /// an empty text.
    /// </summary>
    public ReadOnlySpan<int> WordIds => _wordIds
        ?? throw new InvalidOperationException($"book '{Name}' was counted without its word ids (Tokenizer.CountUtf8); tokenize it with Tokenizer.TokenizeUtf8");

    /// <summary>Whether the book keeps its text as <see cref="WordIds"/>.</summary>
    public bool HasWordIds => _wordIds is not null;

    /// <summary>Tokens in the text (the sum of the counts).</summary>
    public int TokenCount { get; }

    public int VocabularySize => _counts.Length;

    /// <summary>
    /// Distinct words; a word's index is its id. A counted book makes these strings on first use:
    /// word counting needs strings only for the table it writes.
    /// </summary>
    public IReadOnlyList<string> Vocabulary => _vocabulary ?? LazyInitializer.EnsureInitialized(ref _vocabulary, () => _utf8Words!.ToStrings());

    /// <summary>The distinct words as lower-cased UTF-8, for merging and ranking without strings.</summary>
    internal Utf8WordList Utf8Words => _utf8Words ?? LazyInitializer.EnsureInitialized(ref _utf8Words, () => Utf8WordList.FromStrings(_vocabulary!));

    /// <summary>Word <paramref name="id"/> as a string, without making the others.</summary>
    internal string Word(int id) => _vocabulary is { } strings ? strings[id] : _utf8Words!.GetString(id);

    /// <summary>Word <paramref name="id"/>'s length as Python's <c>len</c> counts it.</summary>
    internal int PythonLength(int id) => _vocabulary is { } strings ? PythonString.Length(strings[id]) : _utf8Words!.PythonLength(id);

    /// <summary>Occurrences of each word id.</summary>
    public ReadOnlySpan<int> Counts => _counts;

    /// <summary>Each word's sorted occurrence positions, built once on first use.</summary>
    public WordPositions Positions => _positions.Value;

    /// <summary>Looks a word up; the lookup table is built on first use, since counting never needs it.</summary>
    public bool TryGetId(string word, out int id) => _idsByWord.Value.TryGetValue(word, out id);

    private Dictionary<string, int> IndexVocabulary()
    {
        IReadOnlyList<string> vocabulary = Vocabulary;
        var ids = new Dictionary<string, int>(vocabulary.Count, StringComparer.Ordinal);
        for (int id = 0; id < vocabulary.Count; id++)
        {
            ids.Add(vocabulary[id], id);
        }

        return ids;
    }
}
