using BenchmarkDotNet.Validators;

namespace ParallelLab.Benchmarks.Configuration;

/// <summary>
/// Refuses to run jobs that set environment variables on the in-process toolchain, which ignores
/// them: every "thread count" would silently run with the host's settings.
/// </summary>
internal sealed class EnvironmentNeedsOwnProcessValidator : IValidator
{
    public bool TreatsWarningsAsErrors => true;

    public IEnumerable<ValidationError> Validate(ValidationParameters validationParameters)
    {
        ArgumentNullException.ThrowIfNull(validationParameters);
        return validationParameters.Benchmarks
            .Where(b => b.Job.Environment.EnvironmentVariables is { Count: > 0 } && b.Job.Infrastructure.Toolchain is { IsInProcess: true })
            .Select(b => new ValidationError(
                isCritical: true,
                $"{b.Job.Id}: its environment variables (OMP_NUM_THREADS) are ignored by the in-process toolchain; run NativeBlas out of process (drop --inProcess)",
                b));
    }
}
