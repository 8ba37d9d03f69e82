using System.Collections.Immutable;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Order;
using BenchmarkDotNet.Running;
using ParallelLab.BenchmarkDotNet;
using ParallelLab.Benchmarks.Configuration;

namespace ParallelLab.Benchmarks.Tests;

public class RunOrderTests
{
    [Fact]
    public void A_class_runs_its_cases_shuffled_the_same_way_for_the_same_seed()
    {
        ImmutableArray<BenchmarkCase> cases = Cases(7);

        string[] first = Order(new ShuffledOrderer(7), cases);
        string[] again = Order(new ShuffledOrderer(7), cases);
        string[] other = Order(new ShuffledOrderer(8), cases);
        // BenchmarkConverter already ran the lab's orderer; BenchmarkDotNet's own order is the default orderer's.
        string[] declared = [.. DefaultOrderer.Instance.GetExecutionOrder(cases).Select(Name)];

        Assert.Equal(first, again);
        Assert.NotEqual(first, other);
        Assert.NotEqual(declared, first);
        Assert.Equal(declared.Order(StringComparer.Ordinal), first.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void The_worker_counts_are_not_run_in_rising_order()
    {
        // Over many seeds, the counts of one method rise in run order no more often than chance says (1 in 3! = 6 for three counts).
        ImmutableArray<BenchmarkCase> cases = Cases(1);
        int rising = 0;
        for (int seed = 1; seed <= 60; seed++)
        {
            int[] counts = [.. new ShuffledOrderer(seed).GetExecutionOrder(cases).Where(c => c.Descriptor.WorkloadMethod.Name == "ParallelFor" && c.Parameters["Work"].ToString() == "AcfOverWords").Select(c => ScalingCases.Running(c))];
            rising += counts.SequenceEqual(counts.Order()) ? 1 : 0;
        }

        Assert.InRange(rising, 2, 25);
    }

    [Fact]
    public void The_seed_is_ours_to_give_and_a_bad_one_is_one_clear_error()
    {
        Assert.Equal(42, LabArguments.Extract(["--order-seed", "42", "--filter", "*"]).OrderSeed);
        Assert.Equal(["--filter", "*"], LabArguments.Extract(["--order-seed=42", "--filter", "*"]).BenchmarkDotNetArguments);
        Assert.Equal("--order-seed needs a whole number, not 'x'", LabArguments.Extract(["--order-seed", "x"]).Error);
        Assert.Equal("--order-seed needs a whole number, not ''", LabArguments.Extract(["--order-seed"]).Error);
        Assert.Equal("--corpus needs a directory", LabArguments.Extract(["--corpus"]).Error);
    }

    [Fact]
    public void The_lab_configuration_records_the_machine_and_shuffles()
    {
        IConfig config = LabConfig.Create(LabArguments.Extract(["--order-seed", "5"]));

        Assert.Contains(config.GetDiagnosers(), d => d is MachineLoadRecorder);
        Assert.Contains(config.GetEventProcessors(), e => e is MachineLoadRecorder);
        Assert.Equal(5, Assert.IsType<ShuffledOrderer>(config.Orderer).Seed);
    }

    private static ImmutableArray<BenchmarkCase> Cases(int seed) =>
        [.. BenchmarkConverter.TypeToBenchmarks(typeof(CpuThreads), LabConfig.Create(LabArguments.Extract(["--order-seed", $"{seed}"]))).BenchmarksCases];

    private static string[] Order(ShuffledOrderer orderer, ImmutableArray<BenchmarkCase> cases) => [.. orderer.GetExecutionOrder(cases).Select(Name)];

    private static string Name(BenchmarkCase c) => c.DisplayInfo;
}
