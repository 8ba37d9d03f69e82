namespace ParallelLab.Paradigms.Engines;

/// <summary>
/// The names a closed set of values goes by on command lines and in engine names, both ways, so
/// that no command spells them again in a switch of its own.
/// </summary>
public sealed class NameTable<T>
    where T : struct, Enum
{
    private readonly (string Name, T Value)[] _entries;

    public NameTable(params (string Name, T Value)[] entries)
    {
        ArgumentNullException.ThrowIfNull(entries);
        _entries = entries;
        Names = [.. entries.Select(e => e.Name)];
        bool oneNameEach = Enum.GetValues<T>().All(v => entries.Count(e => e.Value.Equals(v)) == 1) && entries.All(e => Enum.IsDefined(e.Value));
        if (!oneNameEach || Names.Distinct(StringComparer.Ordinal).Count() != Names.Count)
        {
            throw new ArgumentException($"every {typeof(T).Name} needs exactly one name, and no two the same", nameof(entries));
        }
    }

    /// <summary>The names, in the table's order (the order of a default list).</summary>
    public IReadOnlyList<string> Names { get; }

    public string NameOf(T value)
    {
        foreach ((string name, T known) in _entries)
        {
            if (known.Equals(value))
            {
                return name;
            }
        }

        throw new ArgumentOutOfRangeException(nameof(value), value, $"not a {typeof(T).Name}");
    }

    public T ValueOf(string name)
    {
        foreach ((string known, T value) in _entries)
        {
            if (known == name)
            {
                return value;
            }
        }

        throw new ArgumentException($"unknown {typeof(T).Name} '{name}' (known: {string.Join(", ", Names)})", nameof(name));
    }
}
