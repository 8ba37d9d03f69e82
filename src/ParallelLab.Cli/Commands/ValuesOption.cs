using ParallelLab.Paradigms.Engines;

namespace ParallelLab.Cli.Commands;

/// <summary>A list option whose words are names from a <see cref="NameTable{T}"/>, read back as the values they name.</summary>
internal sealed class ValuesOption<T>(Option<string[]> option, NameTable<T> table)
    where T : struct, Enum
{
    /// <summary>The option itself, to add to a command (its help and defaults show the names).</summary>
    public Option<string[]> Option { get; } = option;

    public T[] GetValues(ParseResult parse)
    {
        ArgumentNullException.ThrowIfNull(parse);
        return [.. parse.GetValue(Option)!.Select(table.ValueOf)];
    }
}
