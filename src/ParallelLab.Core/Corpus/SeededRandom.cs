namespace ParallelLab.Core.Corpus;

/// <summary>
/// xoshiro256** (Blackman and Vigna, 2021) seeded through SplitMix64. Our own generator, not
/// <see cref="Random"/>, because the synthetic corpus must be the same bytes for the same seed on
/// every .NET version, and <see cref="Random"/>'s algorithm is not part of its contract.
/// </summary>
/// <remarks>
/// <list type="bullet">
/// <item>Blackman, David, and Sebastiano Vigna. "Scrambled linear pseudorandom number generators." ACM
/// Transactions on Mathematical Software 47, no. 4 (2021): article 36. https://doi.org/10.1145/3460772
/// (reference code: https://prng.di.unimi.it/)</item>
/// <item>Steele, Guy L., Jr., Doug Lea, and Christine H. Flood. "Fast splittable pseudorandom number
/// generators." OOPSLA '14 (2014): 453–472. https://doi.org/10.1145/2660193.2660195 (SplitMix64; the
/// constants are those of https://prng.di.unimi.it/splitmix64.c)</item>
/// <item>Lemire, Daniel. "Fast random integer generation in an interval." ACM Transactions on Modeling and
/// Computer Simulation 29, no. 1 (2019): article 3. https://doi.org/10.1145/3230636</item>
/// </list>
/// </remarks>
public sealed class SeededRandom
{
    private ulong _s0;
    private ulong _s1;
    private ulong _s2;
    private ulong _s3;

    public SeededRandom(ulong seed)
    {
        _s0 = SplitMix64(ref seed);
        _s1 = SplitMix64(ref seed);
        _s2 = SplitMix64(ref seed);
        _s3 = SplitMix64(ref seed);
    }

    public ulong NextUInt64()
    {
        ulong result = RotateLeft(_s1 * 5, 7) * 9;
        ulong t = _s1 << 17;
        _s2 ^= _s0;
        _s3 ^= _s1;
        _s1 ^= _s2;
        _s0 ^= _s3;
        _s2 ^= t;
        _s3 = RotateLeft(_s3, 45);
        return result;
    }

    /// <summary>Uniform in [0, 1) with 53 random bits.</summary>
    public double NextDouble() => (NextUInt64() >> 11) * (1.0 / (1UL << 53));

    /// <summary>Uniform in [0, <paramref name="exclusiveMax"/>), by Lemire's multiply-shift (bias below 2^-32).</summary>
    public int Next(int exclusiveMax)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(exclusiveMax);
        return (int)(((NextUInt64() >> 32) * (ulong)exclusiveMax) >> 32);
    }

    public int Next(int inclusiveMin, int exclusiveMax) => inclusiveMin + Next(exclusiveMax - inclusiveMin);

    public bool Chance(double probability) => NextDouble() < probability;

    /// <summary>A generator for a sub-stream (one book), so books do not depend on each other's length.</summary>
    public SeededRandom Fork(ulong stream) => new(NextUInt64() ^ (stream * 0x9E3779B97F4A7C15UL));

    private static ulong RotateLeft(ulong x, int k) => (x << k) | (x >> (64 - k));

    private static ulong SplitMix64(ref ulong state)
    {
        ulong z = state += 0x9E3779B97F4A7C15UL;
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
        return z ^ (z >> 31);
    }
}
