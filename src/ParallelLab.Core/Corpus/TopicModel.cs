namespace ParallelLab.Core.Corpus;

/// <summary>
/// Bursty word choice. A book has a few topics; each paragraph keeps or changes the current one;
/// within a paragraph some words come from the topic (a handful of frequent "voice" words and a
/// Zipf-weighted set of content words) and the rest from the global Zipf–Mandelbrot law. Words
/// therefore cluster in paragraphs, which is what makes a word's autocorrelation decay with lag
/// instead of being flat, as it is for real books.
/// </summary>
internal sealed class TopicModel
{
    private const int TopicCount = 12;
    private const int VoiceWordsPerTopic = 3;
    private const int ContentWordsPerTopic = 60;
    private const double VoiceShare = 0.12;
    private const double ContentShare = 0.18;
    private const double TopicPersistence = 0.3;

    private readonly DiscreteSampler _global;
    private readonly int[][] _voiceWords;
    private readonly int[][] _contentWords;
    private readonly DiscreteSampler _contentRank;
    private readonly SeededRandom _random;
    private int _topic;
    private int _previousWord = -1;

    public TopicModel(DiscreteSampler global, SeededRandom random)
    {
        _global = global;
        _random = random;
        _voiceWords = new int[TopicCount][];
        _contentWords = new int[TopicCount][];
        for (int t = 0; t < TopicCount; t++)
        {
            _voiceWords[t] = Draw(VoiceWordsPerTopic, 4, 40);
            _contentWords[t] = Draw(ContentWordsPerTopic, 100, Math.Min(8_000, global.Count));
        }

        var contentWeights = new double[ContentWordsPerTopic];
        for (int j = 0; j < contentWeights.Length; j++)
        {
            contentWeights[j] = 1.0 / (j + 1);
        }

        _contentRank = new DiscreteSampler(contentWeights);
    }

    public void StartParagraph()
    {
        if (!_random.Chance(TopicPersistence))
        {
            _topic = _random.Next(TopicCount);
        }
    }

    /// <summary>The next word's rank in the lexicon; an immediate repeat is redrawn once, as prose rarely repeats a word.</summary>
    public int NextWord()
    {
        int word = Draw();
        if (word == _previousWord)
        {
            word = Draw();
        }

        _previousWord = word;
        return word;
    }

    private int Draw()
    {
        double u = _random.NextDouble();
        if (u < VoiceShare)
        {
            return _voiceWords[_topic][_random.Next(VoiceWordsPerTopic)];
        }

        if (u < VoiceShare + ContentShare)
        {
            return _contentWords[_topic][_contentRank.Sample(_random)];
        }

        return _global.Sample(_random);
    }

    private int[] Draw(int count, int fromRank, int toRank)
    {
        var words = new int[count];
        for (int i = 0; i < count; i++)
        {
            words[i] = _random.Next(fromRank, toRank);
        }

        return words;
    }
}
