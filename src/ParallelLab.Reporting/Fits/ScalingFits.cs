using MathNet.Numerics.LinearAlgebra;
using MathNet.Numerics.Optimization;

namespace ParallelLab.Reporting.Fits;

/// <summary>
/// Least-squares fits of the scaling laws to (workers, speedup) points with MathNet.Numerics'
/// bounded Levenberg–Marquardt minimiser, from several starting points each. Points at one worker
/// carry no information (every law gives S(1) = 1) and are left out of the count.
/// </summary>
/// <remarks>
/// <list type="bullet">
/// <item>Levenberg, Kenneth. "A method for the solution of certain non-linear problems in least squares."
/// Quarterly of Applied Mathematics 2, no. 2 (1944): 164–168. https://doi.org/10.1090/qam/10666</item>
/// <item>Marquardt, Donald W. "An algorithm for least-squares estimation of nonlinear parameters." Journal of
/// the Society for Industrial and Applied Mathematics 11, no. 2 (1963): 431–441. https://doi.org/10.1137/0111030</item>
/// </list>
/// </remarks>
public static class ScalingFits
{
    public static IReadOnlyList<ScalingLaw> Laws { get; } = [new AmdahlLaw(), new GustafsonLaw(), new UniversalScalabilityLaw()];

    /// <summary>Every law that has at least as many informative points as parameters.</summary>
    public static IReadOnlyList<ScalingFit> FitAll(IReadOnlyList<(double Workers, double Speedup)> points)
    {
        ArgumentNullException.ThrowIfNull(points);
        var informative = points.Where(p => p.Workers > 1).ToArray();
        return [.. Laws.Where(l => informative.Length >= l.ParameterNames.Count).Select(l => Fit(l, informative))];
    }

    /// <summary>
    /// The fit with the lowest AICc; where no fit has enough points for AICc, the lowest AIC among
    /// fits that are not exact; where every fit is exact (as many points as parameters, as on a
    /// two-core machine), the first law, Amdahl's, whose exact fit is the Karp–Flatt fraction. The
    /// earlier law wins a tie.
    /// </summary>
    public static ScalingFit? Best(IReadOnlyList<ScalingFit> fits)
    {
        ArgumentNullException.ThrowIfNull(fits);
        return Lowest(fits.Where(f => double.IsFinite(f.Aicc)), f => f.Aicc)
            ?? Lowest(fits.Where(f => !f.IsExact), f => f.Aic)
            ?? (fits.Count > 0 ? fits[0] : null);
    }

    private static ScalingFit? Lowest(IEnumerable<ScalingFit> fits, Func<ScalingFit, double> score)
    {
        ScalingFit? best = null;
        foreach (ScalingFit fit in fits)
        {
            if (best is null || score(fit) < score(best) - 1e-9)
            {
                best = fit;
            }
        }

        return best;
    }

    public static ScalingFit Fit(ScalingLaw law, IReadOnlyList<(double Workers, double Speedup)> points)
    {
        ArgumentNullException.ThrowIfNull(law);
        ArgumentNullException.ThrowIfNull(points);
        Vector<double> x = Vector<double>.Build.DenseOfEnumerable(points.Select(p => p.Workers));
        Vector<double> y = Vector<double>.Build.DenseOfEnumerable(points.Select(p => p.Speedup));
        Vector<double> lower = Vector<double>.Build.DenseOfArray(law.LowerBounds);
        Vector<double> upper = Vector<double>.Build.DenseOfArray(law.UpperBounds);
        ScalingFit? best = null;
        foreach (double[] guess in law.InitialGuesses)
        {
            IObjectiveModel model = ObjectiveFunction.NonlinearModel(
                (parameters, workers) => workers.Map(p => law.Speedup(p, [.. parameters])),
                x,
                y);
            var minimizer = new LevenbergMarquardtMinimizer(maximumIterations: 2000);
            NonlinearMinimizationResult result = minimizer.FindMinimum(model, Vector<double>.Build.DenseOfArray(guess), lower, upper);
            double[] fitted = [.. result.MinimizingPoint.Select((v, i) => Math.Clamp(v, law.LowerBounds[i], law.UpperBounds[i]))];
            double sumOfSquares = points.Sum(p => Math.Pow(p.Speedup - law.Speedup(p.Workers, fitted), 2));
            if (best is null || sumOfSquares < best.SumOfSquares)
            {
                best = new ScalingFit(law, fitted, sumOfSquares, points.Count);
            }
        }

        return best!;
    }
}
