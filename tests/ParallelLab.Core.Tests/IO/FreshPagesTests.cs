using System.Runtime.InteropServices;
using ParallelLab.Core.IO;

namespace ParallelLab.Core.Tests.IO;

/// <summary>An array's pages are mapped before it is written, and what it holds stays as it was.</summary>
public sealed class FreshPagesTests
{
    private const int Pages = 8192; // 32 MB: a fresh array on the large object heap

    [Fact]
    public void Writing_a_populated_array_takes_almost_no_page_faults()
    {
        byte[] fresh = GC.AllocateUninitializedArray<byte>(Pages * Environment.SystemPageSize);
        FreshPages.Enabled = true; // what the native kernel commands set; no test here wants it off
        FreshPages.Populate(fresh, fresh.Length);

        long before = MinorFaultsOfThisThread();
        for (int offset = 0; offset < fresh.Length; offset += Environment.SystemPageSize)
        {
            fresh[offset] = 1;
        }

        long faults = MinorFaultsOfThisThread() - before;
        // Without the call, a fresh array takes a fault a page (8,192 here); elsewhere than on Linux nothing is counted.
        Assert.InRange(faults, 0, Pages / 10);
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
