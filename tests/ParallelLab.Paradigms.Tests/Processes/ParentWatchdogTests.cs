using System.Diagnostics;
using System.Globalization;
using ParallelLab.Paradigms.Processes;
using ParallelLab.TestSupport;

namespace ParallelLab.Paradigms.Tests.Processes;

/// <summary>A child whose parent is killed ends within a second, even while its pipe stays open and it has work.</summary>
public class ParentWatchdogTests
{
    [Fact]
    public void A_worker_ends_soon_after_its_parents_sigkill_though_its_input_stays_open()
    {
        string worker = Path.Combine(AppContext.BaseDirectory, "ParallelLab.Worker.dll");
        // sh is the parent. The worker reads this test's pipe (the shell's standard input, kept on fd 3
        // because sh gives a background job /dev/null), which stays open until the test ends, so only
        // the watchdog can end the worker: no input closes under it while the test waits.
        var start = new ProcessStartInfo("sh")
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add("-c");
        start.ArgumentList.Add($"exec 3<&0; ({ParentWatchdog.ParentVariable}=$$ exec dotnet '{worker}' <&3 3<&-) & echo $!; wait");
        using Process shell = Process.Start(start)!;
        int workerId = int.Parse(shell.StandardOutput.ReadLine()!, CultureInfo.InvariantCulture);
        Thread.Sleep(TimeSpan.FromSeconds(1.5)); // the worker's runtime starts and its watchdog with it
        Assert.True(ProcessIds.IsRunning(workerId));

        shell.Kill();
        var ending = Stopwatch.StartNew();
        while (ProcessIds.IsRunning(workerId) && ending.Elapsed < TimeSpan.FromSeconds(5)) // 250 ms of watchdog, plus a loaded machine's start-up
        {
            Thread.Sleep(50);
        }

        Assert.False(ProcessIds.IsRunning(workerId), "the worker outlived its killed parent");
    }

    [Fact]
    public void The_variable_names_this_process()
    {
        KeyValuePair<string, string?> variable = ParentWatchdog.ForChild();

        Assert.Equal(ParentWatchdog.ParentVariable, variable.Key);
        Assert.Equal(Environment.ProcessId.ToString(CultureInfo.InvariantCulture), variable.Value);
    }
}
