namespace ParallelLab.Core.IO;

/// <summary>
/// Reads a user-named input file, turning every way it can fail into an <see cref="InputException"/>.
/// Every input of the lab is text (books, .dat files, JSON results), so the bytes are read in
/// chunks and the reading stops at the first NUL byte: <c>/dev/zero</c> or <c>/dev/urandom</c>
/// given by mistake ends in one line at once, not in gigabytes of memory. A file that cannot end
/// (a FIFO fed forever) stops at <see cref="MaxBytes"/>.
/// </summary>
public static class InputFile
{
    /// <summary>The most any input may hold: a thousand times the largest book of the lesson.</summary>
    public const long MaxBytes = 1_000_000_000;

    private const int ChunkBytes = 1 << 20;

    public static byte[] ReadAllBytes(string path, string role)
    {
        CheckLink(path, role);
        switch (FileStatus.KindOf(path))
        {
            case FileKind.Directory:
                throw new InputException($"{role} '{path}' is a directory, not a file");
            case FileKind.Missing:
                throw new InputException($"{role} '{path}' does not exist");
            case FileKind.Socket:
                throw new InputException($"{role} '{path}' is a socket, not a file");
        }

        try
        {
            using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, bufferSize: 0);
            if (stream.CanSeek && stream.Length > MaxBytes)
            {
                throw TooLarge(path, role);
            }

            return ReadText(stream, path, role);
        }
        catch (UnauthorizedAccessException)
        {
            throw new InputException($"{role} '{path}' cannot be read: permission denied");
        }
        catch (IOException e)
        {
            throw new InputException($"{role} '{path}' cannot be read: {e.Message}");
        }
    }

    /// <summary>A symbolic link that loops or points at nothing, named as such rather than as a missing or unreadable file.</summary>
    private static void CheckLink(string path, string role)
    {
        // A relative link is resolved against the link's own folder, so the path must be full.
        string fullPath = Path.GetFullPath(path);
        if (new FileInfo(fullPath).LinkTarget is null || FileStatus.KindOf(fullPath) != FileKind.Missing)
        {
            // Not a link, or one that leads somewhere (/dev/stdin → a pipe): read it as it is.
            return;
        }

        FileSystemInfo? target;
        try
        {
            target = File.ResolveLinkTarget(fullPath, returnFinalTarget: true);
        }
        catch (IOException)
        {
            throw new InputException($"{role} '{path}' is a symbolic link that loops back on itself");
        }

        if (target is not null && !File.Exists(target.FullName) && !Directory.Exists(target.FullName))
        {
            throw new InputException($"{role} '{path}' is a symbolic link to '{target.FullName}', which does not exist");
        }
    }

    private static byte[] ReadText(Stream stream, string path, string role)
    {
        using var bytes = new MemoryStream();
        var chunk = new byte[ChunkBytes];
        for (int read; (read = stream.Read(chunk)) > 0;)
        {
            ReadOnlySpan<byte> piece = chunk.AsSpan(0, read);
            if (bytes.Length == 0 && Utf16Bom(piece))
            {
                throw Utf16(path, role);
            }

            int nul = piece.IndexOf((byte)0);
            if (nul >= 0)
            {
                // "T\0h\0e\0" (or "\0T\0h\0e"): text in UTF-16 without its byte-order mark.
                throw bytes.Length == 0 && LooksUtf16(piece)
                    ? Utf16(path, role)
                    : new InputException($"{role} '{path}' looks binary (NUL byte at offset {bytes.Length + nul}), not plain text");
            }

            if (bytes.Length + read > MaxBytes)
            {
                throw TooLarge(path, role);
            }

            bytes.Write(piece);
        }

        return bytes.ToArray();
    }

    private static bool Utf16Bom(ReadOnlySpan<byte> start) => start is [0xFF, 0xFE, ..] or [0xFE, 0xFF, ..];

    private static bool LooksUtf16(ReadOnlySpan<byte> start)
    {
        int pairs = Math.Min(start.Length / 2, 64);
        if (pairs < 2)
        {
            return false;
        }

        int zeroFirst = 0;
        int zeroSecond = 0;
        for (int i = 0; i < pairs; i++)
        {
            zeroFirst += start[2 * i] == 0 && start[(2 * i) + 1] != 0 ? 1 : 0;
            zeroSecond += start[2 * i] != 0 && start[(2 * i) + 1] == 0 ? 1 : 0;
        }

        return zeroFirst == pairs || zeroSecond == pairs;
    }

    private static InputException Utf16(string path, string role) =>
        new($"{role} '{path}' is UTF-16 text; it must be UTF-8 (convert it with: iconv -f UTF-16 -t UTF-8)");

    private static InputException TooLarge(string path, string role) =>
        new($"{role} '{path}' holds more than {MaxBytes / 1_000_000} MB; inputs that large are not supported");
}
