using MathNet.Numerics.Distributions;

namespace ParallelLab.Reporting.Analysis;

/// <summary>
/// A confidence interval for the ratio of two mean times, T(1)/T(p), from the raw iterations: the
/// delta method on the log scale, log(m₁/m₂) ± t·√(s₁²/(n₁m₁²) + s₂²/(n₂m₂²)), with Welch–
/// Satterthwaite degrees of freedom for t (Welch, 1947). Unlike a bootstrap it stays honest with
/// the three to six iterations a benchmark has: few iterations give a wide interval, not a narrow
/// one. With a single iteration on either side there is no interval (NaN).
/// </summary>
/// <remarks>
/// <list type="bullet">
/// <item>Oehlert, Gary W. "A note on the delta method." The American Statistician 46, no. 1 (1992): 27–29.
/// https://doi.org/10.1080/00031305.1992.10475842</item>
/// <item>Welch, B. L. "The generalization of 'Student's' problem when several different population variances
/// are involved." Biometrika 34, no. 1–2 (1947): 28–35. https://doi.org/10.1093/biomet/34.1-2.28</item>
/// <item>Satterthwaite, F. E. "An approximate distribution of estimates of variance components." Biometrics
/// Bulletin 2, no. 6 (1946): 110–114. https://doi.org/10.2307/3002019</item>
/// </list>
/// </remarks>
public static class RatioInterval
{
    public static (double Low, double High) Of(IReadOnlyList<double> numerator, IReadOnlyList<double> denominator, double level = 0.95)
    {
        ArgumentNullException.ThrowIfNull(numerator);
        ArgumentNullException.ThrowIfNull(denominator);
        if (numerator.Count < 2 || denominator.Count < 2)
        {
            return (double.NaN, double.NaN);
        }

        (double m1, double v1) = MeanAndRelativeVariance(numerator);
        (double m2, double v2) = MeanAndRelativeVariance(denominator);
        double ratio = m1 / m2;
        double variance = v1 + v2;
        if (variance == 0)
        {
            return (ratio, ratio);
        }

        // Welch–Satterthwaite: ν = (v₁ + v₂)² / (v₁²/(n₁ − 1) + v₂²/(n₂ − 1)).
        double degrees = (variance * variance) / ((v1 * v1 / (numerator.Count - 1)) + (v2 * v2 / (denominator.Count - 1)));
        double t = StudentT.InvCDF(0, 1, degrees, 1 - ((1 - level) / 2));
        double half = t * Math.Sqrt(variance);
        return (ratio * Math.Exp(-half), ratio * Math.Exp(half));
    }

    /// <summary>The mean and the variance of log(mean) by the delta method: s² / (n · m²).</summary>
    private static (double Mean, double RelativeVariance) MeanAndRelativeVariance(IReadOnlyList<double> sample)
    {
        double mean = sample.Average();
        double sumOfSquares = sample.Sum(x => (x - mean) * (x - mean));
        double variance = sumOfSquares / (sample.Count - 1);
        return (mean, variance / (sample.Count * mean * mean));
    }
}
