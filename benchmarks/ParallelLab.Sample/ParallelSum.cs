using BenchmarkDotNet.Attributes;
using ParallelLab.BenchmarkDotNet;

namespace Sample;

/// <summary>The sum of sines of 4 million numbers, split into one block per thread.</summary>
[Config(typeof(ScalingConfig))]
public class ParallelSum
{
    private readonly double[] _values = [.. Enumerable.Range(0, 4_000_000).Select(i => (double)i)];

    [Params(1, 2, 4)]
    public int ThreadCount { get; set; }

    [Benchmark(Baseline = true)]
    public double Loop() => Sum(0, _values.Length);

    [Benchmark]
    public double PartitionedSum()
    {
        var sums = new double[ThreadCount];
        int block = _values.Length / ThreadCount;
        Parallel.For(0, ThreadCount, new ParallelOptions { MaxDegreeOfParallelism = ThreadCount },
            t => sums[t] = Sum(block * t, t == ThreadCount - 1 ? _values.Length : block * (t + 1)));
        return sums.Sum();
    }

    private double Sum(int from, int to)
    {
        double sum = 0;
        for (int i = from; i < to; i++)
        {
            sum += Math.Sin(_values[i]);
        }

        return sum;
    }
}
