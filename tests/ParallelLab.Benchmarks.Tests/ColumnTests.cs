using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Running;
using ParallelLab.BenchmarkDotNet;
using ParallelLab.Benchmarks.Configuration;
using ParallelLab.Benchmarks.Workloads;
using ParallelLab.Core.Linear;

namespace ParallelLab.Benchmarks.Tests;

public class ColumnTests
{
    [Fact]
    public void The_lab_columns_share_one_shape_and_have_distinct_ids()
    {
        IColumn[] columns = [new CorpusThroughputColumn(), ScalingPointColumn.Speedup(ScalingOptions.Default), ScalingPointColumn.Efficiency(ScalingOptions.Default), new GflopsColumn(), new DgemmPeakColumn(), new ThreadsInEffectColumn(), new MachineColumn(ScalingOptions.Default)];

        Assert.All(columns, c => Assert.Equal(ColumnCategory.Custom, c.Category));
        Assert.All(columns, c => Assert.True(c.IsNumeric));
        Assert.Equal(columns.Length, columns.Select(c => c.Id).Distinct().Count());
        Assert.Equal(["MB/s", "Speedup", "Efficiency", "GFLOP/s", "% of dgemm", "Threads used", "Machine"], columns.Select(c => c.ColumnName));
    }

    [Fact]
    public void Each_blas_row_counts_the_flops_of_what_it_times()
    {
        BenchmarkCase[] cases = BenchmarkConverter.TypeToBenchmarks(typeof(NativeBlas), LabConfig.Create(LabArguments.Extract([]))).BenchmarksCases;

        Assert.NotEmpty(cases);
        Assert.All(cases, c =>
        {
            int n = ((BlasCase)c.Parameters["Case"]).Size;
            double expected = c.Descriptor.WorkloadMethod.Name == nameof(NativeBlas.Multiply) ? TestMatrices.MultiplyFlops(n) : TestMatrices.InversionFlops(n, MatrixKind.Symmetric);
            Assert.Equal(expected, GflopsColumn.Flops(c));
        });
        Assert.Contains(cases, c => c.Descriptor.WorkloadMethod.Name == nameof(NativeBlas.Multiply));
    }

    [Fact]
    public void A_matrix_product_counts_its_own_flops()
    {
        // dgemm: n² dot products of n multiply-adds, whatever an inversion costs.
        Assert.Equal(2e9, TestMatrices.MultiplyFlops(1000));
        Assert.Equal(1e9, TestMatrices.InversionFlops(1000, MatrixKind.SymmetricPositiveDefinite));
    }
}
