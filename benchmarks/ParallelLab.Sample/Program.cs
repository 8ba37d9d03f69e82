using BenchmarkDotNet.Running;

BenchmarkSwitcher.FromAssembly(typeof(Sample.ParallelSum).Assembly).Run(args);
