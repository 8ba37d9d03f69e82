using System.Runtime.InteropServices;
using ParallelLab.Core.IO;

namespace ParallelLab.Core.Tests.IO;

/// <summary>An array's pages are mapped before it is written, and what it holds stays as it was.</summary>
public sealed class FreshPagesTests : IDisposable
{
    private const int Bytes = 32 << 20; // fresh arrays on the large object heap

    private readonly bool _enabledBefore = FreshPages.Enabled;

    public FreshPagesTests() => FreshPages.Enabled = true; // as the native kernel commands set it

    public void Dispose() => FreshPages.Enabled = _enabledBefore;

    /// <summary>Linux 5.14 brought MADV_POPULATE_WRITE; the kernel's version is the OS version there.</summary>
    private static bool KernelMapsOnRequest => OperatingSystem.IsLinux() && Environment.OSVersion.Version >= new Version(5, 14);

    [Fact]
    public void Writing_a_populated_array_takes_a_small_part_of_the_faults_of_one_not_populated()
    {
        byte[] control = GC.AllocateUninitializedArray<byte>(Bytes);
        long controlFaults = FaultsWritingEveryPageOf(control);
        byte[] populated = GC.AllocateUninitializedArray<byte>(Bytes);
        FreshPages.Populate(populated, populated.Length);
        long populatedFaults = FaultsWritingEveryPageOf(populated);
        GC.KeepAlive(control);

        Assert.Equal(KernelMapsOnRequest, FreshPages.Available);
        // A fresh array faults a page at a time (8,192 faults here without the call); memory the
        // collector had used before may fault less, and then there is nothing to compare.
        int pages = Bytes / Environment.SystemPageSize;
        if (KernelMapsOnRequest && controlFaults > pages / 2)
        {
            Assert.InRange(populatedFaults, 0, controlFaults / 10);
        }
        else
        {
            Assert.InRange(controlFaults, 0, pages + 100); // one a page at most, and a few of the loop's own
        }
    }

    [Fact]
    public void The_contents_stay_and_any_length_is_taken()
    {
        int[] numbers = [.. Enumerable.Range(0, 100_000)];
        FreshPages.Populate(numbers, numbers.Length);
        FreshPages.Populate(numbers, int.MaxValue); // no further than the array
        FreshPages.Populate(numbers, 0);
        FreshPages.Populate(new byte[10], 10); // too small to be worth a call

        Assert.Equal(Enumerable.Range(0, 100_000), numbers);
        Assert.Throws<ArgumentOutOfRangeException>(() => FreshPages.Populate(numbers, -1));
    }

    private static long FaultsWritingEveryPageOf(byte[] array)
    {
        long before = MinorFaultsOfThisThread();
        for (int offset = 0; offset < array.Length; offset += Environment.SystemPageSize)
        {
            array[offset] = 1;
        }

        return MinorFaultsOfThisThread() - before;
    }

    /// <summary>The calling thread's minor page faults (getrusage(RUSAGE_THREAD)'s ru_minflt), 0 where there is none.</summary>
    private static long MinorFaultsOfThisThread()
    {
        if (!OperatingSystem.IsLinux())
        {
            return 0;
        }

        // struct rusage on 64-bit Linux: two timevals (4 longs), maxrss, ixrss, idrss, isrss, then minflt.
        var usage = new long[18];
        Assert.Equal(0, GetResourceUsage(ThreadOnly, usage));
        return usage[8];
    }

    private const int ThreadOnly = 1; // RUSAGE_THREAD

    [DllImport("libc", EntryPoint = "getrusage")]
    [DefaultDllImportSearchPaths(DllImportSearchPath.SafeDirectories)]
    private static extern int GetResourceUsage(int who, [Out] long[] usage);
}
