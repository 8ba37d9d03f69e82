using System.Diagnostics;

namespace ParallelLab.Core.Machine;

/// <summary>
/// How many cores' worth of work the machine gives several threads at once, measured: one loop
/// run for a fixed time on one thread, then on <c>threads</c> threads started together. On a
/// machine that gives each thread a core of its own the threads together run <c>threads</c>
/// times the loops, and that is the capacity; on a virtual machine whose host gives its virtual
/// CPUs less than a core each (an overcommitted host), the threads wait their turn and the
/// capacity falls, to 1 when the host runs them one at a time, or limits the machine's CPU time
/// to one core's worth (a cloud's "burstable" machine out of credits). The guest cannot see this any other way: no
/// process of its own takes the cores, and the hypervisor need not count it as steal time. The
/// loop is one chain of dependent multiplications, so that it measures the CPU time given, not
/// memory bandwidth or how two hyperthreads share a core's units.
/// </summary>
public static class ParallelCapacity
{
    /// <summary>
    /// How long each measurement spins. A host that limits its virtual machines' CPU time does so
    /// over periods of tens of milliseconds (Linux's CFS bandwidth control: 100 ms by default) and
    /// lets short bursts through: seen here, on two virtual CPUs, two threads spinning 3 ms each got
    /// anywhere from 0.65 to 2.25 cores' worth, and spinning 15 ms or more, 0.98 to 1.13.
    /// </summary>
    private static readonly TimeSpan Window = TimeSpan.FromMilliseconds(60);

    /// <summary>
    /// Cores' worth of work <paramref name="threads"/> threads got at once, from 0 to
    /// <paramref name="threads"/>: the loops they ran in one window against the loops one thread
    /// ran alone in another.
    /// </summary>
    public static double Measure(int threads)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(threads, 1);
        if (threads == 1)
        {
            return 1;
        }

        SpinFor(TimeSpan.FromMilliseconds(1)); // compiled before it is timed
        double alone = SpinFor(Window);
        double together = Together(threads);
        return Math.Clamp(together / alone, 0, threads);
    }

    /// <summary>
    /// The cores <paramref name="threads"/> threads fell short of (<see cref="Measure"/>): what
    /// <see cref="MachineLoad.WithheldCores"/> records.
    /// </summary>
    public static double Withheld(int threads) => threads - Measure(threads);

    /// <summary>The loops per second of <paramref name="threads"/> threads started together, summed.</summary>
    private static double Together(int threads)
    {
        var rates = new double[threads];
        using var start = new Barrier(threads);
        Thread[] running = [.. Enumerable.Range(0, threads).Select(i => new Thread(() =>
        {
            start.SignalAndWait();
            rates[i] = SpinFor(Window);
        }) { IsBackground = true, Name = "parallel capacity probe" })];
        foreach (Thread thread in running)
        {
            thread.Start();
        }

        foreach (Thread thread in running)
        {
            thread.Join();
        }

        return rates.Sum();
    }

    /// <summary>
    /// Loops per second over <paramref name="window"/>, each loop a chain of dependent
    /// multiply-adds (Knuth's MMIX linear congruential generator): nothing to vectorise or overlap.
    /// </summary>
    private static double SpinFor(TimeSpan window)
    {
        const int Batch = 1 << 14;
        long start = Stopwatch.GetTimestamp();
        long deadline = start + (long)(window.TotalSeconds * Stopwatch.Frequency);
        long loops = 0;
        long now;
        ulong x = 1;
        do
        {
            for (int i = 0; i < Batch; i++)
            {
                x = (x * 6364136223846793005UL) + 1442695040888963407UL;
            }

            loops += Batch;
            now = Stopwatch.GetTimestamp();
        }
        while (now < deadline);

        GC.KeepAlive(x);
        return loops / ((now - start) / (double)Stopwatch.Frequency);
    }
}
