namespace ParallelLab.Core.IO;

/// <summary>Reads a user-named input file, turning every way it can fail into an <see cref="InputException"/>.</summary>
public static class InputFile
{
    public static byte[] ReadAllBytes(string path, string role)
    {
        if (Directory.Exists(path))
        {
            throw new InputException($"{role} '{path}' is a directory, not a file");
        }

        if (!File.Exists(path))
        {
            throw new InputException($"{role} '{path}' does not exist");
        }

        try
        {
            return File.ReadAllBytes(path);
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
}
