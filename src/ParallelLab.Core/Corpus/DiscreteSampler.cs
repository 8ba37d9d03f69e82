namespace ParallelLab.Core.Corpus;

/// <summary>
/// Draws index i with probability weights[i] / Σ weights in O(1), by Walker's alias method in
/// Vose's numerically stable form (Vose, 1991).
/// </summary>
/// <remarks>
/// <list type="bullet">
/// <item>Walker, Alastair J. "An efficient method for generating discrete random variables with general
/// distributions." ACM Transactions on Mathematical Software 3, no. 3 (1977): 253–256. https://doi.org/10.1145/355744.355749</item>
/// <item>Vose, Michael D. "A linear algorithm for generating random numbers with a given distribution."
/// IEEE Transactions on Software Engineering 17, no. 9 (1991): 972–975. https://doi.org/10.1109/32.92917</item>
/// </list>
/// </remarks>
public sealed class DiscreteSampler
{
    private readonly double[] _probability;
    private readonly int[] _alias;

    public DiscreteSampler(ReadOnlySpan<double> weights)
    {
        int n = weights.Length;
        if (n == 0)
        {
            throw new ArgumentException("at least one weight is needed", nameof(weights));
        }

        double total = 0;
        foreach (double w in weights)
        {
            if (!(w >= 0) || double.IsInfinity(w))
            {
                throw new ArgumentException("weights must be finite and non-negative", nameof(weights));
            }

            total += w;
        }

        _probability = new double[n];
        _alias = new int[n];
        var scaled = new double[n];
        var small = new Stack<int>();
        var large = new Stack<int>();
        for (int i = 0; i < n; i++)
        {
            scaled[i] = weights[i] * n / total;
            (scaled[i] < 1 ? small : large).Push(i);
        }

        while (small.Count > 0 && large.Count > 0)
        {
            int less = small.Pop();
            int more = large.Pop();
            _probability[less] = scaled[less];
            _alias[less] = more;
            scaled[more] = scaled[more] + scaled[less] - 1;
            (scaled[more] < 1 ? small : large).Push(more);
        }

        foreach (int i in large.Concat(small))
        {
            _probability[i] = 1;
        }
    }

    public int Count => _probability.Length;

    public int Sample(SeededRandom random)
    {
        ArgumentNullException.ThrowIfNull(random);
        int column = random.Next(_probability.Length);
        return random.NextDouble() < _probability[column] ? column : _alias[column];
    }

    /// <summary>
    /// The Zipf–Mandelbrot law p(r) ∝ 1 / (r + q)^s for ranks r = 1..n (Mandelbrot, 1953), the
    /// word-frequency law of natural text that the lesson's Zipf test looks for.
    /// </summary>
    /// <remarks>
    /// Mandelbrot, Benoit. "An informational theory of the statistical structure of language." In
    /// Communication Theory, edited by Willis Jackson, 486–502. London: Butterworths, 1953.
    /// </remarks>
    public static DiscreteSampler ZipfMandelbrot(int n, double exponent, double offset)
    {
        var weights = new double[n];
        for (int r = 1; r <= n; r++)
        {
            weights[r - 1] = Math.Pow(r + offset, -exponent);
        }

        return new DiscreteSampler(weights);
    }
}
