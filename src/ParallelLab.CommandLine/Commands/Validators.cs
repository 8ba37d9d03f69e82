using System.CommandLine.Parsing;
using System.Globalization;

namespace ParallelLab.Cli.Commands;

/// <summary>Range checks on integer arguments and options, reported as usage errors before anything runs.</summary>
internal static class Validators
{
    public static Option<int> InRange(this Option<int> option, int minimum, int maximum)
    {
        ArgumentNullException.ThrowIfNull(option);
        option.Validators.Add(result => Check(result, option.Name, minimum, maximum));
        return option;
    }

    /// <summary>The same check on an option that may be left out.</summary>
    public static Option<int?> InRange(this Option<int?> option, int minimum, int maximum)
    {
        ArgumentNullException.ThrowIfNull(option);
        option.Validators.Add(result => Check(result, option.Name, minimum, maximum));
        return option;
    }

    /// <summary>A number of seconds (or any amount) that must be above zero and finite.</summary>
    public static Option<double?> Positive(this Option<double?> option)
    {
        ArgumentNullException.ThrowIfNull(option);
        option.Validators.Add(result =>
        {
            if (result.Tokens.Count == 1
                && double.TryParse(result.Tokens[0].Value, NumberStyles.Float, CultureInfo.InvariantCulture, out double value)
                && !(value > 0 && double.IsFinite(value)))
            {
                result.AddError($"{option.Name} must be a number above 0");
            }
        });
        return option;
    }

    public static Argument<int> InRange(this Argument<int> argument, int minimum, int maximum)
    {
        ArgumentNullException.ThrowIfNull(argument);
        argument.Validators.Add(result => Check(result, argument.Name, minimum, maximum));
        return argument;
    }

    /// <summary>
    /// Reads the token itself: a value that is not a number at all is reported by the parser's own
    /// conversion error, and asking the result for its value would throw instead.
    /// </summary>
    private static void Check(SymbolResult result, string name, int minimum, int maximum)
    {
        if (result.Tokens.Count == 1
            && int.TryParse(result.Tokens[0].Value, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out int value)
            && (value < minimum || value > maximum))
        {
            result.AddError(maximum == int.MaxValue
                ? $"{name} must be at least {minimum}"
                : $"{name} must be between {minimum} and {maximum}");
        }
    }
}
