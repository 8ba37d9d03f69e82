using System.CommandLine;
using System.CommandLine.Parsing;
using System.Globalization;

namespace ParallelLab.Cli.Commands;

/// <summary>Argument checks shared by commands, reported as usage errors before anything runs.</summary>
internal static class Validators
{
    public static T AtLeast<T>(this T symbol, int minimum)
        where T : Symbol
    {
        switch (symbol)
        {
            case Option<int> option:
                option.Validators.Add(result =>
                {
                    if (IsBelow(result.Tokens, minimum))
                    {
                        result.AddError($"{option.Name} must be at least {minimum}");
                    }
                });
                break;
            case Argument<int> argument:
                argument.Validators.Add(result =>
                {
                    if (IsBelow(result.Tokens, minimum))
                    {
                        result.AddError($"{argument.Name} must be at least {minimum}");
                    }
                });
                break;
            default:
                throw new ArgumentException($"no minimum check for {symbol.GetType().Name}", nameof(symbol));
        }

        return symbol;
    }

    /// <summary>
    /// Reads the token itself: a value that is not a number at all is reported by the parser's own
    /// conversion error, and asking the result for its value would throw instead.
    /// </summary>
    private static bool IsBelow(IReadOnlyList<Token> tokens, int minimum) =>
        tokens.Count == 1
        && int.TryParse(tokens[0].Value, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out int value)
        && value < minimum;
}
