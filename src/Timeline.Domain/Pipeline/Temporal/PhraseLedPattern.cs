using System.Buffers;
using System.Text.RegularExpressions;

namespace Timeline.Domain.Pipeline.Temporal;

/// <summary>
/// A pattern that opens with one of a list of phrases ("yesterday", "the night of"): each phrase's longest word is found
/// with one vectorised search, the whole phrase is checked around it in code, and only then is the pattern tried,
/// anchored at the phrase's start, for the rest (the weekday after "the night of").
/// </summary>
/// <remarks>
/// Left to scan on its own, a pattern that opens with a long case-insensitive alternation is tried at nearly every
/// position, and interpreted it backtracks through each phrase: 30-80 ms a pass over 2,000 articles for each of these.
/// Searching for the phrases' first words instead still stops at every "the", "on" and "at" (180,000 stops, 40 ms); their
/// longest words are rare. Compiling the patterns instead cost more than it saved (see <see cref="TieredRegex"/>).
/// </remarks>
internal sealed class PhraseLedPattern
{
    /// <summary>A phrase as words (lower case when case is ignored), and which of them is searched for.</summary>
    private sealed record Phrase(string[] Words, int Key);

    private readonly SearchValues<string>? _keys;
    private readonly Dictionary<string, List<Phrase>> _byKey;
    private readonly TieredRegex _anchored;
    private readonly StringComparison _comparison;
    private readonly bool _ignoreCase;
    private readonly int _shortestKey;

    /// <param name="phrases">The phrases the pattern opens with, as the language file lists them (a trailing '*': any further letters).</param>
    /// <param name="ignoreCase">Whether the phrases match in any case.</param>
    /// <param name="pattern">The pattern from its first phrase on, without a leading lookbehind (the word start is checked here).</param>
    /// <param name="compile">Builds the regex.</param>
    public PhraseLedPattern(IEnumerable<string> phrases, bool ignoreCase, string pattern, Func<string, TieredRegex> compile)
    {
        _ignoreCase = ignoreCase;
        _comparison = ignoreCase ? StringComparison.OrdinalIgnoreCase : StringComparison.Ordinal;
        _byKey = new Dictionary<string, List<Phrase>>(ignoreCase ? StringComparer.OrdinalIgnoreCase : StringComparer.Ordinal);
        var searchable = true;
        foreach (var text in phrases.Where(p => !string.IsNullOrWhiteSpace(p)))
        {
            var words = text.Trim().Replace('’', '\'').Split(' ', StringSplitOptions.RemoveEmptyEntries)
                .Select(w => ignoreCase ? w.ToLowerInvariant() : w).ToArray();
            // The longest plain word, the later one of equals ("last week": "week"); stems and apostrophes only when all are so.
            var key = -1;
            for (var i = 0; i < words.Length; i++)
                if (words[i].All(char.IsLetter) && (key < 0 || words[i].Length >= words[key].Length)) key = i;
            if (key < 0)
            {
                searchable = false;
                break;
            }
            if (!_byKey.TryGetValue(words[key], out var list)) _byKey[words[key]] = list = [];
            list.Add(new Phrase(words, key));
        }
        if (searchable && _byKey.Count > 0)
        {
            _keys = SearchValues.Create([.. _byKey.Keys], _comparison);
            _shortestKey = _byKey.Keys.Min(k => k.Length);
        }
        _anchored = compile(_keys is null ? @"(?<!\p{L})" + pattern : @"\G" + pattern);
    }

    public TieredRegex Regex => _anchored;

    /// <summary>The pattern's matches, left to right, not overlapping, as <see cref="Regex.Matches(string)"/> gives them.</summary>
    public IEnumerable<Match> Matches(string text)
    {
        // Once a text, so the tiers count texts, not tries.
        var regex = _anchored.Value;
        if (_keys is null)
        {
            foreach (Match m in regex.Matches(text)) yield return m;
            yield break;
        }
        var lookup = _byKey.GetAlternateLookup<ReadOnlySpan<char>>();
        var from = 0;
        var done = 0;
        while (from < text.Length)
        {
            var i = text.AsSpan(from).IndexOfAny(_keys);
            if (i < 0) yield break;
            var at = from + i;
            var end = at;
            while (end < text.Length && char.IsLetter(text[end])) end++;
            from = at + 1;
            if ((at > 0 && char.IsLetter(text[at - 1])) || Phrases(lookup, text, at, end) is not { } phrases) continue;
            // The earliest start of a phrase around this word: the longest phrase, as the pattern's alternation prefers.
            var start = -1;
            foreach (var phrase in phrases)
                if (StartOf(text, at, phrase) is var s && s >= done && (start < 0 || s < start) && Words(text, s, phrase.Words)) start = s;
            if (start < 0) continue;
            var m = regex.Match(text, start);
            if (!m.Success) continue;
            done = m.Index + m.Length;
            from = Math.Max(from, done);
            yield return m;
        }
    }

    /// <summary>
    /// The phrases whose key word the word at [at, end) is, or begins with: a word can go on where the pattern allows it
    /// ("Donnerstagabend", a weekday and a part of the day).
    /// </summary>
    private List<Phrase>? Phrases(Dictionary<string, List<Phrase>>.AlternateLookup<ReadOnlySpan<char>> lookup, string text, int at, int end)
    {
        for (var length = end - at; length >= _shortestKey; length--)
            if (lookup.TryGetValue(text.AsSpan(at, length), out var phrases)) return phrases;
        return null;
    }

    /// <summary>Where the phrase starts if its key word is at <paramref name="at"/>: as many words back; -1 if the text has fewer.</summary>
    private static int StartOf(string text, int at, Phrase phrase)
    {
        var p = at;
        for (var w = phrase.Key - 1; w >= 0; w--)
        {
            var q = p - 1;
            if (q < 0 || !char.IsWhiteSpace(text[q])) return -1;
            while (q >= 0 && char.IsWhiteSpace(text[q])) q--;
            while (q >= 0 && (char.IsLetter(text[q]) || text[q] is '\'' or '’')) q--;
            p = q + 1;
        }
        return p > 0 && char.IsLetter(text[p - 1]) ? -1 : p;
    }

    /// <summary>Whether the phrase's words are at <paramref name="p"/>, any white space between them.</summary>
    private bool Words(string text, int p, string[] words)
    {
        for (var w = 0; w < words.Length; w++)
        {
            if (w > 0)
            {
                if (p >= text.Length || !char.IsWhiteSpace(text[p])) return false;
                while (p < text.Length && char.IsWhiteSpace(text[p])) p++;
            }
            var word = words[w];
            var stem = word.Length > 1 && word[^1] == '*';
            var length = stem ? word.Length - 1 : word.Length;
            for (var k = 0; k < length; k++, p++)
            {
                if (p >= text.Length) return false;
                var (c, t) = (word[k], text[p]);
                if (c == '\'' ? t is not ('\'' or '’') : (_ignoreCase ? char.ToLowerInvariant(t) : t) != c) return false;
            }
            if (stem)
                while (p < text.Length && char.IsLetter(text[p])) p++;
        }
        return true;
    }
}
