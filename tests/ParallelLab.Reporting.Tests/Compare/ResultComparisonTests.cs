using System.Text.Json;
using ParallelLab.Reporting.Compare;
using ParallelLab.Reporting.Results;
using ParallelLab.TestSupport;

namespace ParallelLab.Reporting.Tests.Compare;

public class ResultComparisonTests
{
    private static readonly ComparisonOptions Options = ComparisonOptions.Default;

    [Fact]
    public void A_case_twenty_percent_slower_with_separated_samples_is_slower()
    {
        CaseComparison result = ResultComparison.CompareCase("c", Around(100e6, 1), Around(120e6, 2), Options);

        Assert.Equal(ComparisonVerdict.Slower, result.Verdict);
        Assert.Equal(1.2, result.Ratio, 1);
        Assert.True(result.PValue < 0.01);
    }

    [Fact]
    public void A_case_twenty_percent_faster_is_faster_and_the_same_samples_are_the_same()
    {
        Assert.Equal(ComparisonVerdict.Faster, ResultComparison.CompareCase("c", Around(100e6, 1), Around(80e6, 2), Options).Verdict);
        Assert.Equal(ComparisonVerdict.Same, ResultComparison.CompareCase("c", Around(100e6, 1), Around(100e6, 2), Options).Verdict);
    }

    [Fact]
    public void A_significant_change_smaller_than_the_threshold_is_the_same()
    {
        double[] before = [100, 100.1, 100.2, 100.3, 100.4, 100.5];
        double[] after = [.. before.Select(t => (t + 7) * 1e6)];

        CaseComparison result = ResultComparison.CompareCase("c", [.. before.Select(t => t * 1e6)], after, Options);

        Assert.True(result.PValue < 0.01);
        Assert.Equal(ComparisonVerdict.Same, result.Verdict);
    }

    [Fact]
    public void A_significant_change_below_the_absolute_noise_floor_does_not_count()
    {
        CaseComparison result = ResultComparison.CompareCase("c", Around(500, 1), Around(800, 2), Options);

        Assert.Equal(ComparisonVerdict.BelowNoiseFloor, result.Verdict);
    }

    [Fact]
    public void Three_iterations_against_three_can_never_be_significant_at_five_percent()
    {
        Assert.Equal(0.1, ResultComparison.SmallestPossiblePValue(3, 3), 12);
        Assert.Equal(2.0 / 924, ResultComparison.SmallestPossiblePValue(6, 6), 12);
        Assert.Equal(ComparisonVerdict.TooFewIterations, ResultComparison.CompareCase("c", [100e6, 101e6, 102e6], [200e6, 201e6, 202e6], Options).Verdict);
    }

    [Fact]
    public void A_drop_in_efficiency_at_the_most_workers_is_a_regression_though_one_worker_did_not_change()
    {
        (ResultSet before, ResultSet after) = EfficiencyDrop();

        ResultComparison comparison = ResultComparison.Of(before, after, Options);

        Assert.True(comparison.HasRegression);
        ScalingChange change = Assert.Single(comparison.Scaling);
        Assert.True(change.Dropped);
        Assert.Equal(2, change.Workers);
        Assert.Equal(ComparisonVerdict.Same, comparison.Cases.Single(c => c.Case.Contains("Workers=1", StringComparison.Ordinal)).Verdict);
        Assert.Equal(ComparisonVerdict.Slower, comparison.Cases.Single(c => c.Case.Contains("Workers=2", StringComparison.Ordinal)).Verdict);
    }

    [Fact]
    public void A_case_measured_on_a_busy_machine_is_not_comparable_rather_than_a_regression()
    {
        var random = new Random(5);
        ResultSet before = Set([.. Synthetic.Amdahl(0.05, [1, 2], noise: 0.01, seed: 1).Select(r => Synthetic.WithLoad(r, 0.01))]);
        ResultSet after = Set([Loaded("CpuThreads", "ParallelFor", 1, 1e8, 0.01, random), Loaded("CpuThreads", "ParallelFor", 2, 1e8, 0.97, random)]);

        ResultComparison comparison = ResultComparison.Of(before, after, Options);

        Assert.False(comparison.HasRegression);
        Assert.Equal(ComparisonVerdict.NotComparable, comparison.Cases.Single(c => c.Case.Contains("Workers=2", StringComparison.Ordinal)).Verdict);
        Assert.Empty(comparison.Scaling);
        Assert.Contains("\"NotComparable\": 1", comparison.ToJson(), StringComparison.Ordinal);
        // "No regression" says how much it covers.
        Assert.Equal((2, 1, 1, 0), comparison.Coverage);
        Assert.Equal("none among the 1 cases judged, of 2 measured in both sets (1 measured on a busy machine not judged)", comparison.RegressionText);
        Assert.Contains("**No regression** among the 1 cases judged, of 2 measured in both sets (1 measured on a busy machine not judged).", ComparisonMarkdown.Of(comparison, "t"), StringComparison.Ordinal);
        Assert.Contains("\"judged\": 1", comparison.ToJson(), StringComparison.Ordinal);
    }

    [Fact]
    public void A_slowdown_larger_than_the_load_explains_is_a_regression_and_a_smaller_one_is_not_comparable()
    {
        // Others took 1.5 of 2 cores from a one-worker case: it ran at most 1 / 0.5 = 2 times slower for it.
        var random = new Random(7);
        ResultSet before = Set([Loaded("PoolStartup", "StartAndStop", 1, 1e7, 0.01, random), Loaded("PoolStartup", "StartAndStop", 2, 1e7, 0.01, random)]);
        ResultSet after = Set([Loaded("PoolStartup", "StartAndStop", 1, 1e8, 1.5, random), Loaded("PoolStartup", "StartAndStop", 2, 1.5e7, 1.5, random)]);

        ResultComparison comparison = ResultComparison.Of(before, after, Options);

        Assert.True(comparison.HasRegression);
        Assert.Equal(ComparisonVerdict.Slower, comparison.Cases.Single(c => c.Case.Contains("Workers=1", StringComparison.Ordinal)).Verdict);
        Assert.Equal(ComparisonVerdict.NotComparable, comparison.Cases.Single(c => c.Case.Contains("Workers=2", StringComparison.Ordinal)).Verdict);
    }

    [Fact]
    public void A_comparison_with_no_case_judged_says_not_judged_rather_than_no_regression()
    {
        ResultSet before = Set([.. Synthetic.Amdahl(0.05, [1, 2], noise: 0.01, seed: 1).Select(r => Synthetic.WithLoad(r, 0.01))]);
        ResultSet after = Set([.. Synthetic.Amdahl(0.05, [1, 2], noise: 0.01, seed: 2).Select(r => Synthetic.WithLoad(r, 1.6))]);

        ResultComparison comparison = ResultComparison.Of(before, after, Options);

        Assert.False(comparison.HasRegression);
        Assert.Equal((2, 0, 2, 0), comparison.Coverage);
        Assert.Equal("not judged: none of the 2 cases measured in both sets could be (2 measured on a busy machine)", comparison.RegressionText);
        Assert.Contains("**Not judged**: none of the 2 cases measured in both sets could be (2 measured on a busy machine).", ComparisonMarkdown.Of(comparison, "t"), StringComparison.Ordinal);
        Assert.Equal("none", ResultComparison.Of(before, before, Options).RegressionText);
    }

    [Fact]
    public void Two_runs_of_the_same_distribution_have_no_regression_and_the_json_says_so()
    {
        ResultSet first = Set(Synthetic.Amdahl(0.1, [1, 2, 4], noise: 0.02, seed: 1));
        ResultSet second = Set([.. Synthetic.Amdahl(0.1, [1, 2, 4], noise: 0.02, seed: 2), Synthetic.Case("Serial", "New", 1, [5e6])]);

        ResultComparison comparison = ResultComparison.Of(first, second, Options);
        using JsonDocument json = JsonDocument.Parse(comparison.ToJson());

        Assert.False(comparison.HasRegression);
        Assert.False(json.RootElement.GetProperty("regression").GetBoolean());
        Assert.Equal(1, json.RootElement.GetProperty("counts").GetProperty("Added").GetInt32());
        Assert.Equal(4, json.RootElement.GetProperty("cases").GetArrayLength());
        Assert.Equal(JsonValueKind.Null, json.RootElement.GetProperty("cases").EnumerateArray().Single(c => c.GetProperty("verdict").GetString() == "Added").GetProperty("ratio").ValueKind);
    }

    [Fact]
    public void A_case_measured_before_that_has_no_measurement_now_failed_and_is_a_regression()
    {
        ResultSet before = Set(Synthetic.Amdahl(0.1, [1, 2], noise: 0.01));
        ResultSet after = Set([Synthetic.Amdahl(0.1, [1], noise: 0.01, seed: 3)[0], Synthetic.Case("CpuThreads", "ParallelFor", 2, [])]);

        ResultComparison comparison = ResultComparison.Of(before, after, Options);

        Assert.Equal(ComparisonVerdict.Failed, comparison.Cases.Single(c => c.Case.Contains("Workers=2", StringComparison.Ordinal)).Verdict);
        Assert.True(comparison.HasRegression);
    }

    [Fact]
    public void Result_sets_with_no_case_in_common_cannot_be_compared()
    {
        ResultSet quick = Set(Synthetic.Amdahl(0.1, [1, 2]).Select(r => r with { JobId = "Quick" }));
        ResultSet workstation = Set(Synthetic.Amdahl(0.1, [1, 2]));

        var error = Assert.Throws<Core.IO.InputException>(() => ResultComparison.Of(quick, workstation, Options));

        Assert.Contains("no case in common (jobs: Quick against Workstation)", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void The_false_discovery_rate_adjustment_keeps_a_shared_shift_and_drops_a_lone_chance_result()
    {
        var options = Options with { ControlFalseDiscoveryRate = true };
        // Five iterations a side: the smallest p-value possible is 2/252 = 0.0079.
        double[] Five(double mean, int seed) => Synthetic.Times(mean, 0.01, 5, new Random(seed));
        List<CaseComparison> Cases(int shifted, int unchanged) =>
        [
            .. Enumerable.Range(0, shifted).Select(i => ResultComparison.CompareCase($"s{i}", Five(100e6, i), Five(130e6, 100 + i), options)),
            .. Enumerable.Range(0, unchanged).Select(i => new CaseComparison($"u{i}", 1e8, 1e8, 1.0, ComparisonVerdict.Same)),
        ];

        List<CaseComparison> many = ResultComparison.AdjustForManyTests(Cases(10, 10), options);
        List<CaseComparison> lone = ResultComparison.AdjustForManyTests(Cases(1, 40), options);

        Assert.All(many.Take(10), c => Assert.Equal(ComparisonVerdict.Slower, c.Verdict));
        Assert.Equal(many[0].PValue * 20 / 10, many[0].AdjustedPValue, 12);
        Assert.Equal(ComparisonVerdict.Same, lone[0].Verdict);
        Assert.Equal(Math.Min(1, lone[0].PValue * 41), lone[0].AdjustedPValue, 12);
        Assert.Equal(ComparisonVerdict.Slower, ResultComparison.CompareCase("alone", Five(100e6, 1), Five(130e6, 2), options).Verdict);
    }

    /// <summary>Eight iterations spread ±1 % around the mean.</summary>
    [Fact]
    public void The_markdown_names_the_regression_first_then_the_slower_cases_and_the_dropped_groups()
    {
        (ResultSet before, ResultSet after) = EfficiencyDrop();

        string markdown = ComparisonMarkdown.Of(ResultComparison.Of(before, after, Options), "Benchmarks: pr against main");
        string same = ComparisonMarkdown.Of(ResultComparison.Of(before, before, Options), "Benchmarks: main against main");

        Assert.StartsWith("### Benchmarks: pr against main\n\n**Regression**: 1 slower, 0 failed, 1 scaling group(s) dropped.\n", markdown, StringComparison.Ordinal);
        Assert.Contains("#### Slower (1)\n\n| Case | Base | New | Ratio | p |\n", markdown, StringComparison.Ordinal);
        Assert.Matches(@"\| `CpuThreads\.ParallelFor\(Work=AcfOverWords, Workers=2\)@Workstation` \| 5\d\.\d ms \| [78]\d\.\d ms \| 1\.5\d\d× \| 0\.\d{4} \|", markdown);
        Assert.Contains("#### Scaling dropped (1)", markdown, StringComparison.Ordinal);
        Assert.DoesNotContain("Workers=1)@", markdown, StringComparison.Ordinal);
        Assert.Contains("**No regression.**", same, StringComparison.Ordinal);
        Assert.EndsWith("noise floor 50 µs.\n", same, StringComparison.Ordinal);
    }

    /// <summary>A group at 95 % efficiency on 2 workers, then at 63 %: the 2-worker time 52.5 → 80 ms, the 1-worker time unchanged.</summary>
    private static (ResultSet Before, ResultSet After) EfficiencyDrop()
    {
        var random = new Random(5);
        ResultSet before = Set(Synthetic.Amdahl(0.05, [1, 2], noise: 0.01, seed: 1));
        ResultSet after = Set(
        [
            Synthetic.Case("CpuThreads", "ParallelFor", 1, Synthetic.Times(1e8, 0.01, 8, random)),
            Synthetic.Case("CpuThreads", "ParallelFor", 2, Synthetic.Times(0.8e8, 0.01, 8, random)),
        ]);
        return (before, after);
    }

    private static double[] Around(double mean, int seed) => Synthetic.Times(mean, 0.01, 8, new Random(seed));

    private static ResultSet Set(IEnumerable<BenchmarkResult> results)
    {
        using var folder = new TemporaryDirectory();
        string path = folder.File("Synthetic-report-full.json");
        FixtureWriter.Write(path, results);
        return ResultSet.Load([path]);
    }

    /// <summary>A case of 8 iterations around <paramref name="meanNanoseconds"/> (1 % noise), measured while others took <paramref name="otherCores"/> cores.</summary>
    private static BenchmarkResult Loaded(string type, string method, int workers, double meanNanoseconds, double otherCores, Random random) =>
        Synthetic.WithLoad(Synthetic.Case(type, method, workers, Synthetic.Times(meanNanoseconds, 0.01, 8, random)), otherCores);
}
