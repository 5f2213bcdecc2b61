using System.Collections.Frozen;

namespace Timeline.Domain.Languages;

/// <summary>
/// Words to look up, case-insensitively: whole words, and entries with a '*' that stand for every word starting
/// ("прошл*") or ending ("*n't") with the rest.
/// </summary>
public sealed class WordList
{
    private readonly FrozenSet<string> _words;
    private readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> _lookup;
    private readonly string[] _prefixes;
    private readonly string[] _suffixes;

    public WordList(IEnumerable<string> entries)
    {
        var words = new List<string>();
        var prefixes = new List<string>();
        var suffixes = new List<string>();
        foreach (var raw in entries)
        {
            var e = raw.Trim().ToLowerInvariant().Replace('’', '\'');
            if (e.Length == 0) continue;
            if (e.Length > 1 && e[^1] == '*') prefixes.Add(e[..^1]);
            else if (e.Length > 1 && e[0] == '*') suffixes.Add(e[1..]);
            else words.Add(e);
        }
        _words = words.ToFrozenSet(StringComparer.Ordinal);
        _lookup = _words.GetAlternateLookup<ReadOnlySpan<char>>();
        _prefixes = [.. prefixes.Distinct()];
        _suffixes = [.. suffixes.Distinct()];
    }

    public IReadOnlyCollection<string> Words => _words;

    public bool Contains(string word) => Contains(word.AsSpan());

    public bool Contains(ReadOnlySpan<char> word)
    {
        if (word.Length == 0) return false;
        Span<char> lower = word.Length <= 64 ? stackalloc char[word.Length] : new char[word.Length];
        word.ToLowerInvariant(lower);
        lower.Replace('’', '\'');
        return ContainsLowerCase(lower);
    }

    /// <summary>The lookup for a word already in lower case with straight apostrophes: hot loops spare the copy.</summary>
    public bool ContainsLowerCase(ReadOnlySpan<char> lower)
    {
        if (_lookup.Contains(lower)) return true;
        foreach (var p in _prefixes) if (lower.StartsWith(p, StringComparison.Ordinal)) return true;
        foreach (var s in _suffixes) if (lower.EndsWith(s, StringComparison.Ordinal)) return true;
        return false;
    }
}
