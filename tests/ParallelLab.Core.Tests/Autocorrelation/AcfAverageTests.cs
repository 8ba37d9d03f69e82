using ParallelLab.Core.Autocorrelation;

namespace ParallelLab.Core.Tests.Autocorrelation;

public class AcfAverageTests
{
    [Fact]
    public void Rows_are_added_one_after_another_as_numpy_reduces_axis_zero()
    {
        // (1e16 + 1) + 1 rounds back to 1e16 each time; a pairwise sum would keep the 2.
        double[][] rows = [[1e16], [1.0], [1.0]];

        double[] average = AcfAverage.OfRows(rows);

        Assert.Equal(1e16 / 3, average[0]);
    }

    [Fact]
    public void Averaging_no_rows_is_an_error() => Assert.Throws<ArgumentException>(() => AcfAverage.OfRows([]));

    [Fact]
    public void Rows_of_different_lengths_are_an_error() => Assert.Throws<ArgumentException>(() => AcfAverage.OfRows([[1.0, 2.0], [1.0]]));
}
