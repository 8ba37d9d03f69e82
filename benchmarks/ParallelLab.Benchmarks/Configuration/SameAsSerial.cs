using ParallelLab.Core.WordCount;

namespace ParallelLab.Benchmarks.Configuration;

/// <summary>
/// The check every parallel benchmark makes in its set-up: its result must equal the serial one
/// exactly before it is worth timing. A mismatch stops the benchmark with the reason.
/// </summary>
internal static class SameAsSerial
{
    public static void Check(string engine, double[] serial, double[] parallel)
    {
        if (!serial.AsSpan().SequenceEqual(parallel))
        {
            throw new InvalidOperationException($"{engine}: the ACF differs from serial; not timing a wrong answer");
        }
    }

    public static void Check(string engine, WordCountEntry[] serial, WordCountEntry[] parallel)
    {
        if (!serial.AsSpan().SequenceEqual(parallel))
        {
            throw new InvalidOperationException($"{engine}: the word counts differ from serial; not timing a wrong answer");
        }
    }
}
