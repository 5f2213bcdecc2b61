using System.Buffers;
using System.Text;

namespace Timeline.Domain.Knowledge;

/// <summary>
/// Whether a text contains any of several phrases, ignoring case as <see cref="StringComparison.OrdinalIgnoreCase"/> does.
/// One pass for all phrases instead of one per phrase. Phrases with non-ASCII letters (Cyrillic) make that pass several
/// times slower, so they are searched for only in a text with a character one of them can start with.
/// </summary>
public sealed class PhraseSearch
{
    private readonly SearchValues<string> _ascii;
    private readonly SearchValues<string>? _other;
    /// <summary>Every character equal, ignoring case, to the first one of a non-ASCII phrase; null to always search.</summary>
    private readonly SearchValues<char>? _otherStarts;

    public PhraseSearch(IReadOnlyList<string> phrases)
    {
        _ascii = SearchValues.Create([.. phrases.Where(p => Ascii.IsValid(p))], StringComparison.OrdinalIgnoreCase);
        var other = phrases.Where(p => !Ascii.IsValid(p)).ToArray();
        if (other.Length == 0) return;
        _other = SearchValues.Create(other, StringComparison.OrdinalIgnoreCase);
        if (other.Any(p => char.IsSurrogate(p[0]))) return;
        // All characters but surrogates, searched with the comparison itself: whatever it finds equal to a first character.
        var all = new char[char.MaxValue + 1];
        var n = 0;
        for (var c = 0; c <= char.MaxValue; c++) if (!char.IsSurrogate((char)c)) all[n++] = (char)c;
        var starts = new HashSet<char>();
        foreach (var first in other.Select(p => p[..1]).Distinct())
        {
            var rest = all.AsSpan(0, n);
            for (var i = rest.IndexOf(first, StringComparison.OrdinalIgnoreCase); i >= 0; i = rest.IndexOf(first, StringComparison.OrdinalIgnoreCase))
            {
                starts.Add(rest[i]);
                rest = rest[(i + 1)..];
            }
        }
        _otherStarts = SearchValues.Create([.. starts]);
    }

    public bool In(ReadOnlySpan<char> text) =>
        text.ContainsAny(_ascii) || (_other is not null && (_otherStarts is null || text.ContainsAny(_otherStarts)) && text.ContainsAny(_other));
}
