namespace ParallelLab.Paradigms.Processes;

/// <summary>
/// Kernels that misbehave on purpose when an item's argument is the byte 1 (and echo it
/// otherwise), so that the pool's handling of crashed, hung and babbling workers can be shown
/// and tested on real processes.
/// </summary>
internal static class FaultKernels
{
    public static IEnumerable<IWorkerKernel> All { get; } = [new Fault("fault-crash", Crash), new Fault("fault-hang", Hang), new Fault("fault-garbage", Babble), new Fault("fault-throw", Throw)];

    private static void Crash() => Environment.Exit(3);

    private static void Hang() => Thread.Sleep(Timeout.Infinite);

    private static void Babble()
    {
        using Stream stdout = Console.OpenStandardOutput();
        stdout.Write("this is not a frame\n"u8);
        stdout.Flush();
    }

    private static void Throw() => throw new InvalidOperationException("the kernel threw on purpose");

    private sealed class Fault(string name, Action misbehave) : IWorkerKernel
    {
        public string Name => name;

        public object? Prepare(byte[] sharedArguments) => null;

        public byte[] Run(object? prepared, byte[] arguments)
        {
            if (arguments is [1])
            {
                misbehave();
            }

            return arguments;
        }
    }
}
