namespace ParallelLab.Reporting.Fits;

/// <summary>A law fitted to measured speedups: its parameters, residual sum of squares, and predictions.</summary>
public sealed record ScalingFit(ScalingLaw Law, IReadOnlyList<double> Parameters, double SumOfSquares, int Points)
{
    public double Speedup(double workers) => Law.Speedup(workers, Parameters);

    /// <summary>
    /// Akaike's information criterion for least squares, n ln(RSS/n) + 2k (Akaike, 1974): lower
    /// is better, and each parameter must earn its place. RSS is floored so an exact fit is finite.
    /// k counts the law's parameters only; counting the residual variance as well, as Burnham and
    /// Anderson do, would add 2 to every law's AIC alike and change no ranking.
    /// </summary>
    /// <remarks>
    /// <list type="bullet">
    /// <item>Akaike, Hirotugu. "A new look at the statistical model identification." IEEE Transactions on
    /// Automatic Control 19, no. 6 (1974): 716–723. https://doi.org/10.1109/TAC.1974.1100705</item>
    /// <item>Burnham, Kenneth P., and David R. Anderson. Model Selection and Multimodel Inference: A Practical
    /// Information-Theoretic Approach. 2nd ed. New York: Springer, 2002 (the least-squares form).
    /// https://doi.org/10.1007/b97636</item>
    /// </list>
    /// </remarks>
    public double Aic => (Points * Math.Log(Math.Max(SumOfSquares, 1e-12 * Points) / Points)) + (2 * Parameters.Count);

    /// <summary>
    /// AIC corrected for small samples, AIC + 2k(k + 1)/(n − k − 1) (Hurvich and Tsai, 1989): the
    /// fits here have a handful of points, where plain AIC favours extra parameters. Defined only
    /// for n &gt; k + 1; otherwise infinite, so such a fit is never chosen over one where it is defined.
    /// </summary>
    /// <remarks>
    /// Hurvich, Clifford M., and Chih-Ling Tsai. "Regression and time series model selection in small
    /// samples." Biometrika 76, no. 2 (1989): 297–307. https://doi.org/10.1093/biomet/76.2.297
    /// </remarks>
    public double Aicc
    {
        get
        {
            int k = Parameters.Count;
            return Points > k + 1 ? Aic + ((2.0 * k * (k + 1)) / (Points - k - 1)) : double.PositiveInfinity;
        }
    }

    /// <summary>As many points as parameters: the curve passes through every point and proves nothing.</summary>
    public bool IsExact => Points <= Parameters.Count;

    /// <summary>"s = 0.052" or "σ = 0.031, κ = 0.0004".</summary>
    public string ParameterText => string.Join(", ", Law.ParameterNames.Zip(Parameters, (n, v) => $"{n} = {Format.Number(v)}"));
}
