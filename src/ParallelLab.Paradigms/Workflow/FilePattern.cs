using System.Text;
using System.Text.RegularExpressions;

namespace ParallelLab.Paradigms.Workflow;

/// <summary>
/// A path with <c>{name}</c> wildcards, as Snakemake writes them: <c>processed_data/{book}.dat</c>.
/// Matching a concrete path yields the wildcard values; expanding values yields the path. A
/// wildcard matches one or more characters other than '/', so a pattern never reaches into
/// another folder (Snakemake's default is looser, and the workflows here need no more).
/// </summary>
public sealed partial class FilePattern
{
    private readonly Regex _regex;

    public FilePattern(string pattern)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(pattern);
        Pattern = pattern;
        var names = new List<string>();
        var regex = new StringBuilder("^");
        int literalStart = 0;
        foreach (Match wildcard in WildcardSyntax().Matches(pattern))
        {
            regex.Append(Regex.Escape(pattern[literalStart..wildcard.Index]));
            string name = wildcard.Groups[1].Value;
            regex.Append(names.Contains(name) ? $@"\k<{name}>" : $"(?<{name}>[^/]+)");
            if (!names.Contains(name))
            {
                names.Add(name);
            }

            literalStart = wildcard.Index + wildcard.Length;
        }

        string rest = pattern[literalStart..];
        if (rest.Contains('{', StringComparison.Ordinal) || rest.Contains('}', StringComparison.Ordinal))
        {
            throw new ArgumentException($"pattern '{pattern}' has a brace that is not a {{name}} wildcard", nameof(pattern));
        }

        regex.Append(Regex.Escape(rest)).Append('$');
        _regex = new Regex(regex.ToString(), RegexOptions.CultureInvariant);
        WildcardNames = names;
    }

    public string Pattern { get; }

    public IReadOnlyList<string> WildcardNames { get; }

    public bool HasWildcards => WildcardNames.Count > 0;

    public bool TryMatch(string path, out Wildcards wildcards)
    {
        ArgumentNullException.ThrowIfNull(path);
        Match match = _regex.Match(path);
        wildcards = match.Success
            ? new Wildcards(WildcardNames.Select(n => new KeyValuePair<string, string>(n, match.Groups[n].Value)))
            : Wildcards.None;
        return match.Success;
    }

    public string Expand(Wildcards wildcards)
    {
        ArgumentNullException.ThrowIfNull(wildcards);
        return WildcardSyntax().Replace(Pattern, m => wildcards.TryGetValue(m.Groups[1].Value, out string value)
            ? value
            : throw new ArgumentException($"pattern '{Pattern}' needs wildcard '{m.Groups[1].Value}', which {{{wildcards}}} lacks", nameof(wildcards)));
    }

    public override string ToString() => Pattern;

    [GeneratedRegex(@"\{([A-Za-z_][A-Za-z0-9_]*)\}")]
    private static partial Regex WildcardSyntax();
}
