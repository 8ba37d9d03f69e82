using System.Buffers;

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
        (byte[] buffer, int length) = Read(path, role, pool: null);
        return length == buffer.Length ? buffer : buffer.AsSpan(0, length).ToArray();
    }

    /// <summary>
    /// The same bytes, checked the same way, in an array rented from
    /// <see cref="ArrayPool{T}.Shared"/> that <see cref="RentedBytes.Dispose"/> gives back: for a
    /// file read, used and dropped, one after another (the workflow's books, 33 MB a run of the
    /// Gutenberg corpus, which as fresh arrays on the large object heap set off full collections).
    /// </summary>
    public static RentedBytes ReadAllBytesRented(string path, string role)
    {
        (byte[] buffer, int length) = Read(path, role, ArrayPool<byte>.Shared);
        return new RentedBytes(buffer, length);
    }

    private static (byte[] Buffer, int Length) Read(string path, string role, ArrayPool<byte>? pool)
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

            return ReadText(stream, path, role, pool);
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

    /// <summary>
    /// Reads into one array of the size the file says it has (a book is read once, not copied
    /// through growing buffers), a chunk at a time so that a binary or UTF-16 file is refused at its
    /// first chunk; a stream without a size, or a file that grew, goes on in a doubling array.
    /// </summary>
    private static (byte[] Buffer, int Length) ReadText(Stream stream, string path, string role, ArrayPool<byte>? pool)
    {
        long size = stream.CanSeek ? stream.Length : 0;
        byte[] buffer = Allocate(size > 0 ? (int)size : ChunkBytes, pool);
        FreshPages.Populate(buffer, size > 0 ? (int)size : ChunkBytes); // mapped in one call, not a fault per page as the read fills it
        try
        {
            // The call first: it may replace the buffer, and a tuple reads its items in order.
            int length = ReadText(stream, ref buffer, path, role, pool);
            return (buffer, length);
        }
        catch when (pool is not null)
        {
            pool.Return(buffer);
            throw;
        }
    }

    /// <summary>Reads into <paramref name="buffer"/>, replaced by a larger one as needed; returns how many bytes it holds.</summary>
    private static int ReadText(Stream stream, ref byte[] buffer, string path, string role, ArrayPool<byte>? pool)
    {
        int length = 0;
        Span<byte> probe = stackalloc byte[1];
        while (true)
        {
            if (length == buffer.Length)
            {
                // Full: read one more byte to tell the end of the file from a file that goes on.
                if (stream.Read(probe) == 0)
                {
                    break;
                }

                if ((long)length + 1 > MaxBytes)
                {
                    throw TooLarge(path, role);
                }

                byte[] larger = Allocate((int)Math.Min(MaxBytes + 1, (long)buffer.Length * 2), pool);
                buffer.AsSpan(0, length).CopyTo(larger);
                pool?.Return(buffer);
                buffer = larger;
                buffer[length] = probe[0];
                Check(buffer.AsSpan(length, 1), length, path, role);
                length++;
                continue;
            }

            int read = stream.Read(buffer, length, Math.Min(buffer.Length - length, ChunkBytes));
            if (read == 0)
            {
                break;
            }

            Check(buffer.AsSpan(length, read), length, path, role);
            length += read;
            if (length > MaxBytes)
            {
                throw TooLarge(path, role);
            }
        }

        return length;
    }

    private static byte[] Allocate(int length, ArrayPool<byte>? pool) =>
        pool is null ? GC.AllocateUninitializedArray<byte>(length) : pool.Rent(length);

    /// <summary>Refuses a chunk at <paramref name="offset"/> that shows the file is UTF-16 or binary.</summary>
    private static void Check(ReadOnlySpan<byte> piece, int offset, string path, string role)
    {
        if (offset == 0 && Utf16Bom(piece))
        {
            throw Utf16(path, role);
        }

        int nul = piece.IndexOf((byte)0);
        if (nul >= 0)
        {
            // "T\0h\0e\0" (or "\0T\0h\0e"): text in UTF-16 without its byte-order mark.
            throw offset == 0 && LooksUtf16(piece)
                ? Utf16(path, role)
                : new InputException($"{role} '{path}' looks binary (NUL byte at offset {offset + nul}), not plain text");
        }
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
