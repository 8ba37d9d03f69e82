using System.Diagnostics;
using ParallelLab.Core.Machine;

namespace ParallelLab.Core.Tests.Machine;

public class MachineLoadTests
{
    private static readonly long Second = Stopwatch.Frequency;

    [Fact]
    public void Others_are_the_machine_busy_time_less_the_measured_tree_per_wall_second()
    {
        var before = new CpuSample(0, MachineBusySeconds: 100, StealSeconds: 5, TreeSeconds: 10, LoadAverage: 0.5, MachineCpus: 2, MachineKnown: true);
        var after = new CpuSample(2 * Second, MachineBusySeconds: 104, StealSeconds: 5.2, TreeSeconds: 12, LoadAverage: 2.1, MachineCpus: 2, MachineKnown: true);

        MachineLoad load = MachineLoad.Between(before, after, usableCores: 2);

        Assert.Equal(2, load.WallSeconds, 9);
        Assert.Equal(1.0, load.OwnCores, 9);
        Assert.Equal(1.0, load.OtherCores, 9);
        Assert.Equal(0.1, load.StealCores, 9);
        Assert.Equal(2.1, load.LoadAverage);
        Assert.Equal(0.9, load.FreeCores, 9);
    }

    [Theory]
    [InlineData(0.02, 1, false)]
    [InlineData(0.02, 2, false)]
    [InlineData(0.98, 1, false)] // a hog on the other core leaves one worker its core
    [InlineData(0.98, 2, true)]
    [InlineData(0.98, 8, true)] // more workers than cores want all of them
    [InlineData(1.30, 1, true)]
    [InlineData(0.30, 2, true)]
    [InlineData(0.20, 2, false)]
    public void A_measurement_is_contended_when_others_leave_fewer_cores_than_its_workers_could_use(double others, int workers, bool contended)
    {
        var load = new MachineLoad(3, 1, others, 0, 1, LogicalCores: 2, UsableCores: 2);

        Assert.Equal(contended, load.Contended(workers));
    }

    [Fact]
    public void Cores_the_host_withheld_contend_two_workers_on_a_quiet_guest_but_leave_one_its_core()
    {
        // No other process (0.01 cores), but two spinning threads got 1.04 cores' worth of work.
        var load = new MachineLoad(3, 1, 0.01, 0, 1, LogicalCores: 2, UsableCores: 2) { WithheldCores = 0.96 };

        Assert.True(load.HostWithheld);
        Assert.Equal(0.96, load.TakenCores, 9);
        Assert.Equal(1.04, load.HostCapacity, 9);
        Assert.False(load.Contended(1));
        Assert.True(load.Contended(2));
        Assert.Equal("the host gave 2 threads 1.04 cores' worth of work", load.TakenText);
    }

    [Fact]
    public void What_others_took_counts_once_though_the_probe_saw_it_too()
    {
        // The probe's shortfall includes what others took: the larger of the two is what was taken.
        var load = new MachineLoad(3, 1, 0.9, 0, 1, LogicalCores: 2, UsableCores: 2) { WithheldCores = 0.85 };

        Assert.False(load.HostWithheld);
        Assert.Equal(0.9, load.TakenCores, 9);
        Assert.Equal("others took 0.90 of 2 cores", load.TakenText);
        Assert.Equal(0.85, MachineLoad.Combine([load, load with { WithheldCores = 0.2 }]).WithheldCores, 9);
    }

    [Fact]
    public void Under_an_affinity_mask_others_on_the_cpus_it_cannot_use_take_nothing_from_it()
    {
        // Eight CPUs, two usable: others busy on six of them leave its two.
        var load = new MachineLoad(3, 2, 5.9, 0, 6, LogicalCores: 8, UsableCores: 2);

        Assert.False(load.Contended(2));
        Assert.Equal(2, load.CoresWanted(4));
        Assert.True(new MachineLoad(3, 1, 6.9, 0, 7, LogicalCores: 8, UsableCores: 2).Contended(2));
    }

    [Fact]
    public void A_window_too_short_for_the_kernels_ticks_tells_nothing()
    {
        var before = new CpuSample(0, 100, 0, 10, 1, 2, MachineKnown: true);
        var after = new CpuSample(Second / 25, 100.01, 0, 10, 1, 2, MachineKnown: true);

        MachineLoad load = MachineLoad.Between(before, after, usableCores: 2);

        Assert.Equal(0.25, load.OtherCores, 9);
        Assert.False(load.Known);
        Assert.False(load.Contended(2));
    }

    [Fact]
    public void Windows_combine_weighted_by_their_length_and_several_short_ones_can_tell()
    {
        MachineLoad shortQuiet = new(0.3, 2, 0, 0, 1, 2, 2);
        MachineLoad shortBusy = new(0.3, 1, 1, 0, 2, 2, 2);

        MachineLoad combined = MachineLoad.Combine([shortQuiet, shortBusy]);

        Assert.False(shortBusy.Known);
        Assert.True(combined.Known);
        Assert.Equal(0.6, combined.WallSeconds, 9);
        Assert.Equal(1.5, combined.OwnCores, 9);
        Assert.Equal(0.5, combined.OtherCores, 9);
        Assert.Equal(2, combined.LoadAverage);
        Assert.True(combined.Contended(2));
    }

    [Fact]
    public void Without_the_machine_nothing_is_called_contended()
    {
        var before = new CpuSample(0, double.NaN, double.NaN, 1, double.NaN, 2, MachineKnown: false);
        var after = new CpuSample(Second, double.NaN, double.NaN, 2, double.NaN, 2, MachineKnown: false);

        MachineLoad load = MachineLoad.Between(before, after, usableCores: 2);

        Assert.False(load.Known);
        Assert.False(load.Contended(2));
        Assert.Equal(1, load.OwnCores, 9);
    }
}
