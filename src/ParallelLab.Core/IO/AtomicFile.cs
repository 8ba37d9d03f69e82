using System.Text;

namespace ParallelLab.Core.IO;

/// <summary>
/// Writes a whole output file or nothing: the bytes go to a temporary file beside the target,
/// are flushed to disk, and only then renamed over it. An interrupted run therefore leaves either
/// the old file or the new one, never half of one.
/// </summary>
public static class AtomicFile
{
    private static readonly UTF8Encoding Utf8NoBom = new(encoderShouldEmitUTF8Identifier: false);

    public static void WriteAllText(string path, string text) => WriteAllBytes(path, Utf8NoBom.GetBytes(text));

    public static void WriteAllBytes(string path, ReadOnlySpan<byte> bytes)
    {
        if (string.IsNullOrWhiteSpace(path))
        {
            throw new InputException("output path is empty");
        }

        string fullPath = Path.GetFullPath(path);
        if (Directory.Exists(fullPath))
        {
            throw new InputException($"output '{path}' is a directory");
        }

        string directory = Path.GetDirectoryName(fullPath) ?? ".";
        if (!Directory.Exists(directory))
        {
            throw new InputException($"output directory '{directory}' does not exist");
        }

        // Short on purpose: a long output name plus a long suffix could exceed the name limit.
        string temporary = Path.Combine(directory, $".plab-{Guid.NewGuid().ToString("N")[..12]}.tmp");
        try
        {
            using (var stream = new FileStream(temporary, FileMode.CreateNew, FileAccess.Write, FileShare.None))
            {
                stream.Write(bytes);
                stream.Flush(flushToDisk: true);
            }

            File.Move(temporary, fullPath, overwrite: true);
        }
        catch (UnauthorizedAccessException)
        {
            throw new InputException($"output '{path}' cannot be written: permission denied");
        }
        catch (IOException e)
        {
            throw new InputException($"output '{path}' cannot be written: {e.Message}");
        }
        finally
        {
            if (File.Exists(temporary))
            {
                File.Delete(temporary);
            }
        }
    }
}
