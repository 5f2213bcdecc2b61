using System.Buffers;
using System.Text.RegularExpressions;

namespace Timeline.Domain.Pipeline.Temporal;

/// <summary>
/// A pattern that opens with one of a list of phrases ("yesterday", "the night of"): each phrase's longest word is found
/// with one vectorised search, the whole phrase is checked around it in code, and the pattern is tried, anchored, only at
/// the starts found so, leftmost first, as a scanning regex would (<see cref="Matches"/> gives what
/// <c>(?&lt;!\p{L})</c> + the pattern's <see cref="Regex.Matches(string)"/> gives).
/// </summary>
/// <remarks>
/// Left to scan on its own, a pattern that opens with a long case-insensitive alternation is tried at nearly every
/// position, and interpreted it backtracks through each phrase: 30-80 ms a pass over 2,000 articles for each of these.
/// Searching for the phrases' first words instead still stops at every "the", "on" and "at" (180,000 stops, 40 ms); their
/// longest words are rare. Compiling the patterns instead cost more than it saved (see <see cref="TieredRegex"/>).
/// </remarks>
internal sealed class PhraseLedPattern
{
    /// <summary>A phrase as words (lower case when case is ignored, apostrophes as '), and which of them is searched for.</summary>
    private sealed record Phrase(string[] Words, int Key);

    private readonly SearchValues<string>? _keys;
    private readonly Dictionary<string, List<Phrase>> _byKey;
    private readonly TieredRegex _anchored;
    private readonly bool _ignoreCase;
    private readonly int _shortestKey;

    /// <summary>The pattern from its first phrase on, as given (tests compare it with a scanning regex).</summary>
    public string Pattern { get; }

    /// <param name="phrases">The phrases the pattern opens with, as the language file lists them (a trailing '*': any further letters).</param>
    /// <param name="ignoreCase">Whether the phrases match in any case.</param>
    /// <param name="pattern">The pattern from its first phrase on, without a leading lookbehind (the word start is checked here).</param>
    /// <param name="compile">Builds the regex.</param>
    public PhraseLedPattern(IEnumerable<string> phrases, bool ignoreCase, string pattern, Func<string, TieredRegex> compile)
    {
        Pattern = pattern;
        _ignoreCase = ignoreCase;
        _byKey = new Dictionary<string, List<Phrase>>(ignoreCase ? StringComparer.OrdinalIgnoreCase : StringComparer.Ordinal);
        var searchable = true;
        foreach (var text in phrases.Where(p => !string.IsNullOrWhiteSpace(p)))
        {
            var words = text.Trim().Replace('’', '\'').Split(' ', StringSplitOptions.RemoveEmptyEntries)
                .Select(w => ignoreCase ? w.ToLowerInvariant() : w).ToArray();
            // The longest plain word (letters, maybe an apostrophe inside: "п'ятницю"), the later one of equals ("last week": "week").
            var key = -1;
            for (var i = 0; i < words.Length; i++)
                if (IsPlainWord(words[i]) && (key < 0 || words[i].Length >= words[key].Length)) key = i;
            if (key < 0)
            {
                // A phrase of stems or numbers only: the pattern scans by itself.
                searchable = false;
                break;
            }
            var phrase = new Phrase(words, key);
            // Either apostrophe stands in a text for the one in the phrase.
            foreach (var form in words[key].Contains('\'') ? new[] { words[key], words[key].Replace('\'', '’') } : [words[key]])
            {
                if (!_byKey.TryGetValue(form, out var list)) _byKey[form] = list = [];
                list.Add(phrase);
            }
        }
        if (searchable && _byKey.Count > 0)
        {
            _keys = SearchValues.Create([.. _byKey.Keys], ignoreCase ? StringComparison.OrdinalIgnoreCase : StringComparison.Ordinal);
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
        // Every place a phrase starts, then the pattern at each, leftmost first: where phrases overlap, the one a scanning
        // regex would take (the earliest start, and there the alternation's own choice).
        var starts = Starts(text);
        var done = 0;
        foreach (var start in starts)
        {
            if (start < done) continue;
            var m = regex.Match(text, start);
            if (!m.Success) continue;
            done = m.Index + m.Length;
            yield return m;
        }
    }

    private List<int> Starts(string text)
    {
        var lookup = _byKey.GetAlternateLookup<ReadOnlySpan<char>>();
        var starts = new List<int>();
        var from = 0;
        while (from < text.Length)
        {
            var i = text.AsSpan(from).IndexOfAny(_keys!);
            if (i < 0) break;
            var at = from + i;
            from = at + 1;
            if (at > 0 && char.IsLetter(text[at - 1])) continue;
            var end = WordEnd(text, at);
            // The word may go on where the pattern allows it ("Donnerstagabend", a weekday and a part of the day).
            for (var length = end - at; length >= _shortestKey; length--)
            {
                if (!lookup.TryGetValue(text.AsSpan(at, length), out var phrases)) continue;
                foreach (var phrase in phrases)
                    if (StartOf(text, at, phrase) is var s && s >= 0 && Words(text, s, phrase.Words)) starts.Add(s);
                break;
            }
        }
        starts.Sort();
        return starts;
    }

    /// <summary>Where the word at <paramref name="at"/> ends: letters, and an apostrophe between letters.</summary>
    private static int WordEnd(string text, int at)
    {
        var end = at;
        while (end < text.Length && (char.IsLetter(text[end]) || (IsApostrophe(text[end]) && end + 1 < text.Length && char.IsLetter(text[end + 1]) && end > at))) end++;
        return end;
    }

    /// <summary>
    /// Where the phrase starts if its key word is at <paramref name="at"/>: as many words back, a quotation mark or bracket
    /// before the first not counted; -1 if the text has fewer words there.
    /// </summary>
    private static int StartOf(string text, int at, Phrase phrase)
    {
        var p = at;
        for (var w = phrase.Key - 1; w >= 0; w--)
        {
            var q = p - 1;
            if (q < 0 || !char.IsWhiteSpace(text[q])) return -1;
            while (q >= 0 && char.IsWhiteSpace(text[q])) q--;
            while (q >= 0 && !char.IsWhiteSpace(text[q])) q--;
            p = q + 1;
            if (w == 0)
                while (p < at && text[p] is '\'' or '’' or '"' or '“' or '‘' or '«' or '„' or '(' or '[') p++;
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
                if (c == '\'' ? !IsApostrophe(t) : (_ignoreCase ? char.ToLowerInvariant(t) : t) != c) return false;
            }
            if (stem)
                while (p < text.Length && char.IsLetter(text[p])) p++;
        }
        return true;
    }

    private static bool IsApostrophe(char c) => c is '\'' or '’';

    /// <summary>Letters, with apostrophes only between them.</summary>
    private static bool IsPlainWord(string word) =>
        word.Length > 0 && char.IsLetter(word[0]) && char.IsLetter(word[^1]) && word.All(c => char.IsLetter(c) || c == '\'');
}
