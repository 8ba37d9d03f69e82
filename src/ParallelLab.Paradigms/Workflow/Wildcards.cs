using System.Collections;

namespace ParallelLab.Paradigms.Workflow;

/// <summary>The values a job's wildcards took, e.g. <c>book=pg10</c>; equal when every pair is equal.</summary>
public sealed class Wildcards : IEquatable<Wildcards>, IEnumerable<KeyValuePair<string, string>>
{
    private readonly SortedDictionary<string, string> _values;

    public Wildcards(IEnumerable<KeyValuePair<string, string>> values)
    {
        _values = new SortedDictionary<string, string>(StringComparer.Ordinal);
        foreach ((string name, string value) in values)
        {
            _values[name] = value;
        }
    }

    public static Wildcards None { get; } = new([]);

    public bool IsEmpty => _values.Count == 0;

    public string this[string name] => _values.TryGetValue(name, out string? value)
        ? value
        : throw new KeyNotFoundException($"no wildcard '{name}' in {{{this}}}");

    public static Wildcards Of(string name, string value) => new([new(name, value)]);

    public bool TryGetValue(string name, out string value)
    {
        bool found = _values.TryGetValue(name, out string? existing);
        value = existing ?? string.Empty;
        return found;
    }

    public bool Equals(Wildcards? other) =>
        other is not null && _values.Count == other._values.Count && _values.All(p => other._values.TryGetValue(p.Key, out string? v) && v == p.Value);

    public override bool Equals(object? obj) => Equals(obj as Wildcards);

    public override int GetHashCode()
    {
        var hash = default(HashCode);
        foreach ((string name, string value) in _values)
        {
            hash.Add(name, StringComparer.Ordinal);
            hash.Add(value, StringComparer.Ordinal);
        }

        return hash.ToHashCode();
    }

    /// <summary>"book=pg10, part=2", as Snakemake prints them.</summary>
    public override string ToString() => string.Join(", ", _values.Select(p => $"{p.Key}={p.Value}"));

    public IEnumerator<KeyValuePair<string, string>> GetEnumerator() => _values.GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
}
