using System.Globalization;
using ParallelLab.Paradigms.Engines;

namespace ParallelLab.Cli.Commands;

/// <summary>Comma-separated list options (<c>--workers 1,2,4</c>, <c>--engines plinq,tasks</c>).</summary>
internal static class ListOptions
{
    /// <summary>Worker counts; by default 1, 2, 4, … up to twice the cores (or <paramref name="atLeast"/>).</summary>
    public static Option<int[]> Workers(int atLeast) => new("--workers")
    {
        Description = "Worker counts to try, comma-separated.",
        DefaultValueFactory = _ => [.. WorkerCounts.PowersOfTwo(atLeast)],
        CustomParser = CountParser("--workers"),
    };

    /// <summary>Parses "1,2,4" into distinct counts from 1 to <paramref name="maximum"/>, naming <paramref name="name"/> in errors.</summary>
    public static Func<System.CommandLine.Parsing.ArgumentResult, int[]> CountParser(string name, int maximum = 1024) => result =>
        {
            string text = string.Join(',', result.Tokens.Select(t => t.Value));
            var counts = new List<int>();
            foreach (string item in text.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
            {
                if (!int.TryParse(item, NumberStyles.None, CultureInfo.InvariantCulture, out int workers) || workers < 1 || workers > maximum)
                {
                    result.AddError($"{name}: '{item}' is not a count from 1 to {maximum}");
                    return [];
                }

                counts.Add(workers);
            }

            if (counts.Count == 0)
            {
                result.AddError($"{name}: give at least one count");
            }

            return [.. counts.Distinct()];
        };

    /// <summary>Names from a fixed set; by default all of them, or <paramref name="defaults"/>.</summary>
    public static Option<string[]> Names(string name, string description, IReadOnlyList<string> known, IReadOnlyList<string>? defaults = null) => new(name)
    {
        Description = $"{description} Comma-separated, from: {string.Join(", ", known)}.",
        DefaultValueFactory = _ => [.. defaults ?? known],
        CustomParser = result =>
        {
            string[] names = string.Join(',', result.Tokens.Select(t => t.Value))
                .Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
            string? unknown = names.FirstOrDefault(n => !known.Contains(n));
            if (unknown is not null)
            {
                result.AddError($"{name}: unknown '{unknown}' (known: {string.Join(", ", known)})");
            }
            else if (names.Length == 0)
            {
                result.AddError($"{name}: give at least one of {string.Join(", ", known)}");
            }

            return names.Distinct().ToArray();
        },
    };

    /// <summary>Values by their names in <paramref name="table"/>; by default all of them.</summary>
    public static ValuesOption<T> Values<T>(string name, string description, NameTable<T> table)
        where T : struct, Enum
    {
        ArgumentNullException.ThrowIfNull(table);
        return new ValuesOption<T>(Names(name, description, table.Names), table);
    }
}
