namespace ParallelLab.Paradigms.Processes;

/// <summary>The messages of the pool's pipe protocol.</summary>
internal enum FrameKind : byte
{
    /// <summary>Parent → worker: the kernel to run and the arguments shared by all items (sent once).</summary>
    Setup = 1,

    /// <summary>Parent → worker: a chunk of items, each an index and its arguments.</summary>
    Work = 2,

    /// <summary>Parent → worker: finish and exit.</summary>
    Stop = 3,

    /// <summary>Worker → parent: started and listening.</summary>
    Ready = 10,

    /// <summary>Worker → parent: one item's result.</summary>
    Result = 11,

    /// <summary>Worker → parent: one item failed, with the reason.</summary>
    Failed = 12,
}
