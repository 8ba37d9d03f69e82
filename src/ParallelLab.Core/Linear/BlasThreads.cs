using System.Globalization;

namespace ParallelLab.Core.Linear;

/// <summary>
/// The one setting a user changes to choose BLAS threads, as in the lesson: <c>OPENBLAS_NUM_THREADS</c>,
/// else <c>OMP_NUM_THREADS</c> (OpenBLAS's own order of precedence), else every core.
/// </summary>
public static class BlasThreads
{
    public static int Requested()
    {
        foreach (string variable in new[] { "OPENBLAS_NUM_THREADS", "OMP_NUM_THREADS" })
        {
            // OMP_NUM_THREADS may list nested levels ("4,2"); the first is ours.
            string? value = Environment.GetEnvironmentVariable(variable)?.Split(',')[0].Trim();
            if (int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out int threads) && threads > 0)
            {
                return threads;
            }
        }

        return Environment.ProcessorCount;
    }
}
