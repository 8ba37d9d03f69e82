using ParallelLab.Core.Text;

namespace ParallelLab.Core.WordCount;

/// <summary>
/// <c>wordcount.py BOOK OUT.dat [MIN_LENGTH]</c> from file to file: the unit of the lesson's
/// workflow, shared by the CLI command and the workflow engine's in-process jobs.
/// </summary>
public static class WordCountFiles
{
    public static void Write(string bookPath, string datPath, int minLength = 1)
    {
        IO.OutputPaths.RefuseInputs(datPath, bookPath);
        TokenizedBook text;
        using (IO.RentedBytes book = IO.InputFile.ReadAllBytesRented(bookPath, "book"))
        {
            text = Tokenizer.CountUtf8(book.Span, bookPath);
        }

        DatFile.Write(datPath, text, minLength);
    }
}
