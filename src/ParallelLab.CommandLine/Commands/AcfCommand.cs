using ParallelLab.Core.Autocorrelation;
using ParallelLab.Core.WordCount;

namespace ParallelLab.Cli.Commands;

/// <summary><c>parallellab acf BOOK DAT OUT</c>, the drop-in for <c>python autocorrelation.py BOOK DAT OUT</c>.</summary>
internal static class AcfCommand
{
    /// <summary>A million lags is already far past where a word ACF carries information.</summary>
    private const int MaxTimesteps = 1_000_000;

    public static Command Create(CommandContext context)
    {
        var book = new Argument<string>("BOOK") { Description = "Plain-text book (UTF-8)." };
        var dat = new Argument<string>("DAT") { Description = "The book's .dat file; its first lines choose the words." };
        var output = new Argument<string>("OUT") { Description = "CSV to write: lag label (1..T) and the average ACF, as np.savetxt writes them." };
        var words = new Option<int>("--words") { Description = "How many top words to average over.", DefaultValueFactory = _ => AcfFiles.DefaultWords }.InRange(1, int.MaxValue);
        var timesteps = new Option<int>("--timesteps") { Description = "How many lags (0..T-1) to compute.", DefaultValueFactory = _ => AcfFiles.DefaultTimesteps }.InRange(1, MaxTimesteps);
        var kernel = KernelOption.Create("reference: the lesson's double loop, O(text × lags); fast: from occurrence positions. Same numbers.");

        var command = new Command("acf", "Average word-autocorrelation function of a book's top words, as autocorrelation.py computes it.")
        {
            book, dat, output, words, timesteps, kernel,
        };
        command.SetAction(parse => context.Guard(() =>
        {
            TimeSpan elapsed = AcfFiles.Write(
                parse.GetValue(book)!, parse.GetValue(dat)!, parse.GetValue(output)!,
                parse.GetValue(kernel)!, parse.GetValue(words), parse.GetValue(timesteps));
            context.Output.WriteLine(AcfFiles.TimingLine(elapsed));
        }));
        return command;
    }
}
