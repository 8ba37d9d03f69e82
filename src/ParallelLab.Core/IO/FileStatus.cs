using System.Runtime.InteropServices;

namespace ParallelLab.Core.IO;

/// <summary>
/// The kind and identity (device, inode) of a file, through libc's <c>stat(2)</c>, which follows
/// symbolic links. .NET reports a device, a FIFO and a socket alike as a "Normal" file, yet an
/// output must never be renamed over a device, and an input read from one may never end.
/// </summary>
public static class FileStatus
{
    // struct stat: st_dev and st_ino are the first two 64-bit fields on x86-64 and on the generic
    // Linux ABI of Arm64; st_mode follows st_nlink (8 bytes) on x86-64 and precedes it on Arm64.
    private const int ModeOffsetX64 = 24;
    private const int ModeOffsetArm64 = 16;
    private const int StatSize = 256;

    private const uint TypeMask = 0xF000;

    public static FileKind KindOf(string path)
    {
        int? offset = ModeOffset();
        byte[]? stat = offset is null ? null : Stat(path);
        if (offset is null)
        {
            // Not a platform whose stat layout we know: .NET's own, coarser view.
            return Directory.Exists(path) ? FileKind.Directory : File.Exists(path) ? FileKind.Unknown : FileKind.Missing;
        }

        if (stat is null)
        {
            // Nothing to follow to: missing, a dangling link, or links that loop.
            return FileKind.Missing;
        }

        return (BitConverter.ToUInt32(stat, offset.Value) & TypeMask) switch
        {
            0x8000 => FileKind.Regular,
            0x4000 => FileKind.Directory,
            0x2000 => FileKind.CharacterDevice,
            0x6000 => FileKind.BlockDevice,
            0x1000 => FileKind.Fifo,
            0xC000 => FileKind.Socket,
            _ => FileKind.Unknown,
        };
    }

    /// <summary>The file's (device, inode), the same for every name of it (links, "..", hard links); null when it does not exist.</summary>
    public static (ulong Device, ulong Inode)? IdentityOf(string path) =>
        ModeOffset() is not null && Stat(path) is { } stat ? (BitConverter.ToUInt64(stat, 0), BitConverter.ToUInt64(stat, 8)) : null;

    private static int? ModeOffset() =>
        !OperatingSystem.IsLinux() ? null
        : RuntimeInformation.ProcessArchitecture switch
        {
            Architecture.X64 => ModeOffsetX64,
            Architecture.Arm64 => ModeOffsetArm64,
            _ => null,
        };

    private static byte[]? Stat(string path)
    {
        if (!OperatingSystem.IsLinux())
        {
            return null;
        }

        var buffer = new byte[StatSize];
        try
        {
            return NativeStat(path, buffer) == 0 ? buffer : null;
        }
        catch (EntryPointNotFoundException)
        {
            // glibc before 2.33 exports stat only as __xstat; such a system gets .NET's view.
            return null;
        }
    }

    [DllImport("libc", EntryPoint = "stat", SetLastError = true)]
    [DefaultDllImportSearchPaths(DllImportSearchPath.SafeDirectories)]
    private static extern int NativeStat([MarshalAs(UnmanagedType.LPUTF8Str)] string path, byte[] buffer);
}
