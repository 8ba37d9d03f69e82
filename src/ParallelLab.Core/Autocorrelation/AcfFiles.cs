using System.Diagnostics;
using ParallelLab.Core.Text;
using ParallelLab.Core.WordCount;

namespace ParallelLab.Core.Autocorrelation;

/// <summary>
/// <c>autocorrelation.py BOOK DAT OUT</c> from file to file: the top words come from the book's
/// .dat, the average ACF goes to OUT. Shared by the CLI command and the workflow's in-process jobs.
/// </summary>
public static class AcfFiles
{
    public const int DefaultWords = 16;
    public const int DefaultTimesteps = 100;

    /// <summary>Computes and writes the ACF; returns the kernel's time alone, as the reference prints it.</summary>
    public static TimeSpan Write(string bookPath, string datPath, string outputPath, AcfKernel kernel, int words = DefaultWords, int timesteps = DefaultTimesteps)
    {
        (TokenizedBook text, int[] topWords) = Prepare(bookPath, datPath, outputPath, words);
        var stopwatch = Stopwatch.StartNew();
        double[] acf = AcfAverage.Compute(kernel, text, topWords, timesteps);
        stopwatch.Stop();

        AcfCsv.Write(outputPath, acf);
        return stopwatch.Elapsed;
    }

    /// <summary>
    /// Everything before the kernel: the output checked not to be an input, the book tokenised,
    /// its top words read from the .dat.
    /// </summary>
    public static (TokenizedBook Text, int[] TopWords) Prepare(string bookPath, string datPath, string outputPath, int words = DefaultWords)
    {
        IO.OutputPaths.RefuseInputs(outputPath, bookPath, datPath);
        TokenizedBook text = Tokenizer.TokenizeFile(bookPath);
        return (text, TopWords.FromDat(text, DatFile.Read(datPath), words, datPath));
    }

    /// <summary>The line autocorrelation.py prints after the kernel: <c>serial time: 0.123</c>.</summary>
    public static string TimingLine(TimeSpan kernelTime) => $"serial time: {WordCount.PythonFloat.Repr(kernelTime.TotalSeconds)}";
}
