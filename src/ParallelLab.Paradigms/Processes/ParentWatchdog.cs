using System.Globalization;

namespace ParallelLab.Paradigms.Processes;

/// <summary>
/// Ends this process within a quarter of a second of its parent's death, whatever it is doing. A
/// pool worker busy with a long item notices a closed pipe only between messages, and a workflow
/// job never reads its pipe at all, so both would finish their work for nobody after a SIGKILL of
/// the parent. The parent names itself in <see cref="ParentVariable"/> when it starts the child;
/// the child's watchdog thread sees its parent change (a dead parent's children are re-parented)
/// and exits. Linux's <c>PR_SET_PDEATHSIG</c> was not used: it fires when the parent's starting
/// thread ends, and .NET starts processes from pool threads that come and go.
/// </summary>
public static class ParentWatchdog
{
    public const string ParentVariable = "PARALLELLAB_PARENT_PID";

    /// <summary>The exit code of a child whose parent died: 128 + SIGHUP, what a terminal's hang-up gives.</summary>
    public const int OrphanExitCode = 129;

    private static readonly TimeSpan Period = TimeSpan.FromMilliseconds(250);

    /// <summary>The variable to give a child so that it ends with this process.</summary>
    public static KeyValuePair<string, string?> ForChild() =>
        new(ParentVariable, Environment.ProcessId.ToString(CultureInfo.InvariantCulture));

    /// <summary>
    /// Sets <see cref="ForChild"/>'s variable in a child's environment, replacing the one this
    /// process inherited if it was started by a parent of the lab's too.
    /// </summary>
    public static void GiveTo(System.Diagnostics.ProcessStartInfo start)
    {
        ArgumentNullException.ThrowIfNull(start);
        (string name, string? value) = ForChild();
        start.Environment[name] = value;
    }

    /// <summary>Starts the watchdog if this process was started by a parent that asked for one.</summary>
    public static void StartIfAsked()
    {
        if (!OperatingSystem.IsLinux() && !OperatingSystem.IsMacOS())
        {
            return;
        }

        if (!int.TryParse(Environment.GetEnvironmentVariable(ParentVariable), NumberStyles.None, CultureInfo.InvariantCulture, out int parent))
        {
            return;
        }

        if (Core.IO.ProcessLiveness.ParentId() != parent)
        {
            // Either the parent died before this process got here (it was re-parented), or the
            // variable was inherited from an ancestor further up, which is then still alive.
            if (!Core.IO.ProcessLiveness.IsRunning(parent))
            {
                Environment.Exit(OrphanExitCode);
            }

            return;
        }

        var watchdog = new Thread(() =>
        {
            while (Core.IO.ProcessLiveness.ParentId() == parent)
            {
                Thread.Sleep(Period);
            }

            Environment.Exit(OrphanExitCode);
        })
        {
            IsBackground = true,
            Name = "parallellab-parent-watchdog",
        };
        watchdog.Start();
    }

}
