using ParallelLab.Reporting.Fits;

namespace ParallelLab.Reporting.Tests.Fits;

public class ScalingFitsTests
{
    private static readonly int[] Workers = [1, 2, 4, 8, 16, 32, 64];

    [Fact]
    public void Each_law_recovers_its_own_parameters_and_is_chosen_as_the_best()
    {
        var amdahl = new AmdahlLaw();
        var gustafson = new GustafsonLaw();
        var usl = new UniversalScalabilityLaw();

        AssertRecovers(amdahl, [0.1]);
        AssertRecovers(gustafson, [0.3]);
        AssertRecovers(usl, [0.05, 0.002]);
    }

    [Fact]
    public void Amdahl_with_noise_gives_a_serial_fraction_near_the_truth()
    {
        var random = new Random(3);
        var points = Workers.Select(p => ((double)p, (1 / (0.1 + (0.9 / p))) * (1 + (0.02 * ((2 * random.NextDouble()) - 1))))).ToArray();

        ScalingFit fit = ScalingFits.Fit(new AmdahlLaw(), points);

        Assert.InRange(fit.Parameters[0], 0.09, 0.11);
        Assert.False(fit.IsExact);
    }

    [Fact]
    public void A_law_with_more_parameters_than_informative_points_is_not_fitted()
    {
        IReadOnlyList<ScalingFit> fits = ScalingFits.FitAll([(1, 1), (2, 1.9)]);

        Assert.Equal(["Amdahl", "Gustafson"], fits.Select(f => f.Law.Name));
        Assert.All(fits, f => Assert.True(f.IsExact));
        Assert.Equal("Amdahl", ScalingFits.Best(fits)!.Law.Name);
    }

    [Fact]
    public void An_exact_two_parameter_fit_is_not_chosen_over_a_real_one_parameter_fit()
    {
        // Two informative points: the USL passes through both, Amdahl has one degree of freedom left.
        IReadOnlyList<ScalingFit> fits = ScalingFits.FitAll([(1, 1), (2, 1.8), (4, 2.9)]);

        ScalingFit usl = fits.Single(f => f.Law is UniversalScalabilityLaw);
        Assert.True(usl.IsExact);
        Assert.True(usl.SumOfSquares < fits.Single(f => f.Law is AmdahlLaw).SumOfSquares);
        Assert.Equal("Amdahl", ScalingFits.Best(fits)!.Law.Name);
    }

    [Fact]
    public void Zipf_exponent_is_recovered_from_an_exact_power_law()
    {
        var table = Enumerable.Range(1, 2000).Select(r => new Core.WordCount.WordCountEntry($"w{r}", (long)Math.Round(1e6 * Math.Pow(r, -1.1)), 0)).ToArray();

        ZipfFit fit = ZipfFit.Of(table);

        Assert.Equal(1.1, fit.Exponent, 2);
        Assert.Equal(1000, fit.Ranks);
        Assert.InRange(fit.Scale, 0.98e6, 1.02e6);
    }

    private static void AssertRecovers(ScalingLaw law, double[] parameters)
    {
        var points = Workers.Select(p => ((double)p, law.Speedup(p, parameters))).ToArray();

        ScalingFit fit = ScalingFits.Fit(law, points);
        ScalingFit best = ScalingFits.Best(ScalingFits.FitAll(points))!;

        for (int i = 0; i < parameters.Length; i++)
        {
            Assert.Equal(parameters[i], fit.Parameters[i], 3);
        }

        Assert.True(fit.SumOfSquares < 1e-8, $"{law.Name}: RSS {fit.SumOfSquares}");
        Assert.Equal(law.Name, best.Law.Name);
    }
}
