using Microsoft.Extensions.Hosting;

namespace ParallelLab.Paradigms.Http;

/// <summary>
/// A host lifetime that leaves process signals alone. The book server lives inside a benchmark, a
/// test or a CLI command that decides when it stops; the default console lifetime would take
/// Ctrl+C and SIGTERM for itself and stop the server behind its owner's back.
/// </summary>
internal sealed class EmbeddedLifetime : IHostLifetime
{
    public Task WaitForStartAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
