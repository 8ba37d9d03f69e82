namespace ParallelLab.Cluster;

/// <summary>The pending results of a <see cref="LoadBalancedView"/> map (ipyparallel's <c>AsyncMapResult</c>): progress counts items.</summary>
public sealed class AsyncMapResult<T> : PendingResults<T>
{
    private readonly IFarmProgress _farm;

    internal AsyncMapResult(Task<T[]> results, IFarmProgress farm)
        : base(results)
    {
        _farm = farm;
    }

    public override int Count => _farm.Count;

    public override int Progress => _farm.Done;

    public override TimeSpan WallTime => _farm.WallTime;

    public override TimeSpan SerialTime => _farm.SerialTime;
}

/// <summary>What a running map tells its result.</summary>
internal interface IFarmProgress
{
    int Count { get; }

    int Done { get; }

    TimeSpan WallTime { get; }

    TimeSpan SerialTime { get; }
}
