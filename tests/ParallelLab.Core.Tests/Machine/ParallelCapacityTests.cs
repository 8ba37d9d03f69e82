using ParallelLab.Core.Machine;

namespace ParallelLab.Core.Tests.Machine;

public class ParallelCapacityTests
{
    [Fact]
    public void One_thread_has_its_core_without_a_probe_and_none_is_refused()
    {
        Assert.Equal(1, ParallelCapacity.Measure(1));
        Assert.Throws<ArgumentOutOfRangeException>(() => ParallelCapacity.Measure(0));
    }

    [Fact]
    public void Several_threads_get_some_work_done_and_never_more_than_one_core_each()
    {
        // Whatever the host gives, the probe's answer is a share of the threads asked for: the
        // threads did some work, and more than one core's worth each is the clock's error, clamped.
        double capacity = ParallelCapacity.Measure(3);

        Assert.InRange(capacity, double.Epsilon, 3);
    }
}
