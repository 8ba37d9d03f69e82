using ParallelLab.Paradigms.Mpi;
using ParallelLab.Paradigms.Processes;

namespace ParallelLab.Paradigms.Engines;

/// <summary>The one registry of the names the engines' options go by, as mpi4py and multiprocessing users know them.</summary>
public static class OptionNames
{
    /// <summary>How the MPI ACF's rows reach rank 0: the lesson's point-to-point and gather versions, and a reduce.</summary>
    public static NameTable<AcfCombine> Combine { get; } = new(("p2p", AcfCombine.PointToPoint), ("gather", AcfCombine.Gather), ("reduce", AcfCombine.Reduce));

    /// <summary>mpi4py's lower-case (pickled objects) and upper-case (typed buffers) calls.</summary>
    public static NameTable<MessageKind> Messages { get; } = new(("objects", MessageKind.Objects), ("buffers", MessageKind.Buffers));

    /// <summary>The text sent once per worker (<c>functools.partial</c>) or with every item.</summary>
    public static NameTable<SharedArguments> Shared { get; } = new(("once", SharedArguments.Once), ("per-item", SharedArguments.PerItem));
}
