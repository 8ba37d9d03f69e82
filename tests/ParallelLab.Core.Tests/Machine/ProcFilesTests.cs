using ParallelLab.Core.Machine;

namespace ParallelLab.Core.Tests.Machine;

public class ProcFilesTests
{
    [Fact]
    public void The_cpu_line_gives_busy_time_without_idle_and_iowait_and_steal_apart()
    {
        // user nice system idle iowait irq softirq steal guest guest_nice
        (long busy, long steal) = ProcFiles.MachineTicks("cpu  1000 20 300 5000 40 5 6 70 0 0");

        // Interrupt time is charged to no process, so it is not "others'" work.
        Assert.Equal(1000 + 20 + 300, busy);
        Assert.Equal(70, steal);
    }

    [Fact]
    public void A_process_line_is_read_from_the_last_parenthesis_with_its_reaped_children()
    {
        // A command name with a space and a ')' of its own, as proc(5) allows.
        string line = "4242 (my (app) x) S 17 4242 4242 0 -1 4194304 100 0 0 0 250 50 30 20 20 0 9 0 12345 0 0";

        (int parent, long ticks) = ProcFiles.ProcessTicks(line);

        Assert.Equal(17, parent);
        Assert.Equal(250 + 50 + 30 + 20, ticks);
    }

    [Fact]
    public void The_machines_cpus_are_the_numbered_cpu_lines()
    {
        Assert.Equal(2, ProcFiles.MachineCpus(["cpu  1 2 3 4 5 6 7 8 9 10", "cpu0 1 2 3 4 5 6 7 8 9 10", "cpu1 1 2 3 4 5 6 7 8 9 10", "intr 5", "ctxt 9"]));
    }

    [Fact]
    public void The_load_average_is_the_first_number()
    {
        Assert.Equal(1.52, ProcFiles.LoadAverage("1.52 0.80 0.33 3/86 21370\n"));
    }

    [Theory]
    [InlineData("intr 1 2 3")]
    [InlineData("cpu 1 2")]
    public void Lines_that_are_not_what_proc_5_says_are_refused(string line)
    {
        Assert.Throws<FormatException>(() => ProcFiles.MachineTicks(line));
    }

    [Fact]
    public void This_process_tree_is_read_on_linux_and_said_unknown_elsewhere()
    {
        CpuSample sample = CpuSample.Take([Environment.ProcessId]);

        Assert.Equal(OperatingSystem.IsLinux() && File.Exists("/proc/stat"), sample.MachineKnown);
        Assert.True(sample.TreeSeconds > 0);
    }
}
