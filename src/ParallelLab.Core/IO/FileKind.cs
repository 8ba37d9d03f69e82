namespace ParallelLab.Core.IO;

/// <summary>What a path names, after following symbolic links, as <c>stat(2)</c>'s <c>S_IFMT</c> bits say.</summary>
public enum FileKind
{
    Missing,
    Regular,
    Directory,
    CharacterDevice,
    BlockDevice,
    Fifo,
    Socket,

    /// <summary>Something .NET cannot tell apart here (not Linux on x64 or Arm64): treated as a regular file.</summary>
    Unknown,
}
