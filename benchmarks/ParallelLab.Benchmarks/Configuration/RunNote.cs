using BenchmarkDotNet.EventProcessors;

namespace ParallelLab.Benchmarks.Configuration;

/// <summary>A line printed when the benchmarks start to run (not for <c>--list</c>, <c>--help</c> or <c>--info</c>, which run nothing).</summary>
internal sealed class RunNote(string line) : EventProcessor
{
    public override void OnStartRunStage() => Console.WriteLine(line);
}
