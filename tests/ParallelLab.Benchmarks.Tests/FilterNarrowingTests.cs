using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Filters;
using BenchmarkDotNet.Running;
using ParallelLab.Benchmarks.Configuration;

namespace ParallelLab.Benchmarks.Tests;

/// <summary>
/// <c>--within</c>: run-benchmarks.sh runs a user's filter one class (or one regressed method) at a
/// time, and a filter that names parameters must stay as narrow as the user wrote it.
/// BenchmarkDotNet OR-s its <c>--filter</c> globs; the lab's <c>--within</c> is AND-ed with them.
/// </summary>
public class FilterNarrowingTests
{
    [Fact]
    public void A_case_runs_only_if_it_matches_both_the_filter_and_a_within_glob()
    {
        // The filter as BenchmarkDotNet's command line adds it: one GlobFilter in the config.
        IConfig config = ManualConfig.Create(LabConfig.Create(LabArguments.Extract(["--within", "ParallelLab.Benchmarks.Workflow.WordCount"])))
            .AddFilter(new GlobFilter(["*Workflow*InProcess*"]));

        BenchmarkCase[] all = BenchmarkConverter.TypeToBenchmarks(typeof(Workflow), LabConfig.Create(LabArguments.Extract([]))).BenchmarksCases;
        BenchmarkCase[] narrowed = BenchmarkConverter.TypeToBenchmarks(typeof(Workflow), config).BenchmarksCases;

        Assert.NotEmpty(narrowed);
        Assert.True(narrowed.Length < all.Count(c => c.Descriptor.WorkloadMethod.Name == "WordCount"), "the parameter-level filter was widened to the whole method");
        Assert.All(narrowed, c => Assert.Equal("WordCount", c.Descriptor.WorkloadMethod.Name));
        Assert.All(narrowed, c => Assert.Equal("InProcess", c.Parameters["Mode"].ToString()));
    }

    [Fact]
    public void Several_within_globs_are_one_choice_and_an_empty_one_is_one_clear_error()
    {
        LabArguments arguments = LabArguments.Extract(["--within", "*.Serial.AcfFastKernel", "--filter", "*", "--within=*.Serial.AcfReferenceKernel"]);

        Assert.Equal(["*.Serial.AcfFastKernel", "*.Serial.AcfReferenceKernel"], arguments.Within);
        Assert.Equal(["--filter", "*"], arguments.BenchmarkDotNetArguments);
        string[] methods = [.. BenchmarkConverter.TypeToBenchmarks(typeof(Serial), LabConfig.Create(arguments)).BenchmarksCases.Select(c => c.Descriptor.WorkloadMethod.Name).Distinct().Order(StringComparer.Ordinal)];
        Assert.Equal(["AcfFastKernel", "AcfReferenceKernel"], methods);
        Assert.Equal("--within needs a glob over Namespace.Class.Method", LabArguments.Extract(["--within"]).Error);
        Assert.Equal("--within needs a glob over Namespace.Class.Method", LabArguments.Extract(["--within="]).Error);
    }
}
