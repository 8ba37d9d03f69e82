namespace ParallelLab.Core.Linear;

/// <summary>A linear-algebra library that inverts and multiplies column-major n × n matrices.</summary>
public interface IInversionBackend
{
    string Name { get; }

    /// <summary>The threads the library actually uses, read back from it, so that an ignored setting shows.</summary>
    int ThreadsInEffect { get; }

    double[] Invert(double[] matrix, int n, MatrixKind kind);

    double[] Multiply(double[] left, double[] right, int n);
}
