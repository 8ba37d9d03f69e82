using System.Text;

namespace ParallelLab.Core.IO;

/// <summary>
/// Writes a whole output file or nothing, and never destroys what the path names. A regular file
/// (or a new one) is written to a temporary file beside it, flushed to disk, and only then renamed
/// over it, so an interrupted run leaves either the old file or the new one, never half of one
/// (inside a <see cref="DurableOutputBatch"/> the flush comes with the batch's, after the rename,
/// which holds for a killed process but not for a power cut until the batch is flushed). A
/// symbolic link is written through, atomically at its target's place, as Python's
/// <c>open(path, 'w')</c> writes through it. A device or a FIFO is written to as it is, as a shell
/// redirection would (renaming over <c>/dev/null</c> would replace the device with a file); a
/// socket is refused.
/// </summary>
public static class AtomicFile
{
    private static readonly UTF8Encoding Utf8NoBom = new(encoderShouldEmitUTF8Identifier: false);

    public static void WriteAllText(string path, string text) => WriteAllBytes(path, Utf8NoBom.GetBytes(text));

    public static void WriteAllBytes(string path, ReadOnlySpan<byte> bytes)
    {
        string target = OutputPaths.Target(path);
        if (OutputPaths.IsSystemPath(target))
        {
            // /dev/stdout and the like may lead to the caller's own redirection file: write into it, never rename over it.
            WriteInPlace(path, target, bytes);
            return;
        }

        switch (FileStatus.KindOf(target))
        {
            case FileKind.Directory:
                throw new InputException($"output '{path}' is a directory");
            case FileKind.Socket:
                throw new InputException($"output '{path}' is a socket; give a file");
            case FileKind.CharacterDevice or FileKind.BlockDevice or FileKind.Fifo:
                WriteInPlace(path, target, bytes);
                return;
            default:
                WriteAndRename(path, target, bytes);
                return;
        }
    }

    private static void WriteAndRename(string path, string target, ReadOnlySpan<byte> bytes)
    {
        string directory = Path.GetDirectoryName(target) ?? ".";
        if (!Directory.Exists(directory))
        {
            throw new InputException($"output directory '{directory}' does not exist");
        }

        // Short on purpose: a long output name plus a long suffix could exceed the name limit.
        string temporary = Path.Combine(directory, $".plab-{Guid.NewGuid().ToString("N")[..12]}.tmp");
        DurableOutputBatch? batch = DurableOutputBatch.Current; // null: on disk before the rename
        try
        {
            using (var stream = new FileStream(temporary, FileMode.CreateNew, FileAccess.Write, FileShare.None))
            {
                stream.Write(bytes);
                stream.Flush(flushToDisk: batch is null);
                if (batch is not null)
                {
                    DurableOutputBatch.StartWriteBack(stream.SafeFileHandle);
                }
            }

            File.Move(temporary, target, overwrite: true);
            batch?.Add(target);
        }
        catch (Exception e) when (e is UnauthorizedAccessException or IOException)
        {
            throw CannotWrite(path, e);
        }
        finally
        {
            if (File.Exists(temporary))
            {
                File.Delete(temporary);
            }
        }
    }

    private static void WriteInPlace(string path, string target, ReadOnlySpan<byte> bytes)
    {
        try
        {
            // A regular file behind /dev/stdout is the caller's redirection: appended to, as the shell's own writes are.
            FileMode mode = FileStatus.KindOf(target) == FileKind.Regular ? FileMode.Append : FileMode.Open;
            using var stream = new FileStream(target, mode, FileAccess.Write, FileShare.ReadWrite, bufferSize: 0);
            stream.Write(bytes);
        }
        catch (Exception e) when (e is UnauthorizedAccessException or IOException)
        {
            throw CannotWrite(path, e);
        }
    }

    private static InputException CannotWrite(string path, Exception e) => e is UnauthorizedAccessException
        ? new InputException($"output '{path}' cannot be written: permission denied")
        : new InputException($"output '{path}' cannot be written: {e.Message}");
}
