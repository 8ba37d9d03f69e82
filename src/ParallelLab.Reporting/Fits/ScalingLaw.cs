namespace ParallelLab.Reporting.Fits;

/// <summary>A law that predicts speedup from the worker count, with parameters to fit, each bounded.</summary>
public abstract class ScalingLaw
{
    public abstract string Name { get; }

    /// <summary>The formula, for tables: "S(p) = 1 / (s + (1 − s) / p)".</summary>
    public abstract string Formula { get; }

    public abstract IReadOnlyList<string> ParameterNames { get; }

    public abstract double[] LowerBounds { get; }

    public abstract double[] UpperBounds { get; }

    /// <summary>Starting points for the fit; the best of them is kept, so a local minimum is not mistaken for the fit.</summary>
    public abstract IReadOnlyList<double[]> InitialGuesses { get; }

    public abstract double Speedup(double workers, IReadOnlyList<double> parameters);
}

/// <summary>Amdahl (1967): a serial fraction s caps the speedup at 1/s, S(p) = 1 / (s + (1 − s)/p).</summary>
/// <remarks>
/// Amdahl, Gene M. "Validity of the single processor approach to achieving large scale computing
/// capabilities." AFIPS Conference Proceedings 30 (Spring Joint Computer Conference, 1967): 483–485.
/// https://doi.org/10.1145/1465482.1465560
/// </remarks>
public sealed class AmdahlLaw : ScalingLaw
{
    public override string Name => "Amdahl";

    public override string Formula => "S(p) = 1 / (s + (1 − s) / p)";

    public override IReadOnlyList<string> ParameterNames { get; } = ["s"];

    public override double[] LowerBounds => [0];

    public override double[] UpperBounds => [1];

    public override IReadOnlyList<double[]> InitialGuesses { get; } = [[0.05], [0.3], [0.8]];

    public override double Speedup(double workers, IReadOnlyList<double> parameters) =>
        1 / (parameters[0] + ((1 - parameters[0]) / workers));
}

/// <summary>
/// Gustafson (1988): with a serial fraction α of the time on p workers, the scaled speedup is
/// S(p) = p − α (p − 1). It describes work that grows with p; fitted to fixed work it shows how far
/// the measurements are from that regime.
/// </summary>
/// <remarks>
/// Gustafson, John L. "Reevaluating Amdahl's law." Communications of the ACM 31, no. 5 (1988): 532–533.
/// https://doi.org/10.1145/42411.42415
/// </remarks>
public sealed class GustafsonLaw : ScalingLaw
{
    public override string Name => "Gustafson";

    public override string Formula => "S(p) = p − α (p − 1)";

    public override IReadOnlyList<string> ParameterNames { get; } = ["α"];

    public override double[] LowerBounds => [0];

    public override double[] UpperBounds => [1];

    public override IReadOnlyList<double[]> InitialGuesses { get; } = [[0.05], [0.5], [0.95]];

    public override double Speedup(double workers, IReadOnlyList<double> parameters) =>
        workers - (parameters[0] * (workers - 1));
}

/// <summary>
/// Gunther's universal scalability law (1993): contention σ and coherency κ,
/// S(p) = p / (1 + σ (p − 1) + κ p (p − 1)). With κ &gt; 0 the speedup peaks and then falls.
/// </summary>
/// <remarks>
/// <list type="bullet">
/// <item>Gunther, Neil J. "A simple capacity model of massively parallel transaction systems." Proceedings of the
/// Computer Measurement Group (CMG) Conference, 1993. http://www.perfdynamics.com/Papers/njgCMG93.pdf</item>
/// <item>Gunther, Neil J. Guerrilla Capacity Planning: A Tactical Approach to Planning for Highly Scalable
/// Applications and Services. Berlin: Springer, 2007, chapters 4–6 (the σ, κ form used here).
/// https://doi.org/10.1007/978-3-540-31010-5</item>
/// </list>
/// </remarks>
public sealed class UniversalScalabilityLaw : ScalingLaw
{
    public override string Name => "Gunther USL";

    public override string Formula => "S(p) = p / (1 + σ (p − 1) + κ p (p − 1))";

    public override IReadOnlyList<string> ParameterNames { get; } = ["σ", "κ"];

    public override double[] LowerBounds => [0, 0];

    public override double[] UpperBounds => [1, 1];

    public override IReadOnlyList<double[]> InitialGuesses { get; } = [[0.05, 0.001], [0.3, 0.01], [0.01, 0.1]];

    public override double Speedup(double workers, IReadOnlyList<double> parameters) =>
        workers / (1 + (parameters[0] * (workers - 1)) + (parameters[1] * workers * (workers - 1)));
}
