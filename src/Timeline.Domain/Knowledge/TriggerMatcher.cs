using System.Buffers;
using Timeline.Domain.Model;
using Timeline.Domain.Text;

namespace Timeline.Domain.Knowledge;

/// <summary>An event-trigger phrase found in text.</summary>
public sealed record TriggerHit(EventType Type, int Start, int End, int TokenIndex, int TokenCount, string Phrase);

/// <summary>
/// Matches the trigger vocabulary ("agreed", "will send", "pledg*") over tokens.
/// Longer phrases win, so "expedite the delivery" (a pledge) beats "delivery".
/// A phrase with "…" is a verb whose particle closes the clause, as German separable verbs do:
/// "sagte … zu" matches "sagten Dänemark und Schweden ein weiteres Paket zu." The hit covers the verb.
/// </summary>
public sealed class TriggerMatcher
{
    /// <summary>How many words may stand between a verb and the particle that closes its clause.</summary>
    private const int MaxGap = 24;

    private sealed record Entry(EventType Type, string[] Parts, bool LastIsPrefix, string[] Tail, string Phrase)
    {
        public int Length => Parts.Length + Tail.Length;
    }

    private readonly Dictionary<string, List<Entry>> _exactFirst = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<Entry>> _prefixFirst = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<Entry>>.AlternateLookup<ReadOnlySpan<char>> _exactFirstSpan;
    private readonly Dictionary<string, List<Entry>>.AlternateLookup<ReadOnlySpan<char>> _prefixFirstSpan;

    public TriggerMatcher(IEnumerable<(EventType Type, string Phrase)> triggers)
    {
        _exactFirstSpan = _exactFirst.GetAlternateLookup<ReadOnlySpan<char>>();
        _prefixFirstSpan = _prefixFirst.GetAlternateLookup<ReadOnlySpan<char>>();
        foreach (var (type, phrase) in triggers)
        {
            var raw = phrase.Trim().ToLowerInvariant().Replace("...", "…", StringComparison.Ordinal);
            var gap = raw.IndexOf('…');
            var tail = gap < 0 ? [] : raw[(gap + 1)..].Split(' ', StringSplitOptions.RemoveEmptyEntries);
            if (gap >= 0) raw = raw[..gap].TrimEnd();
            var prefix = raw.EndsWith('*');
            if (prefix) raw = raw[..^1];
            var parts = raw.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            if (parts.Length == 0 || (gap >= 0 && tail.Length == 0)) continue;
            var entry = new Entry(type, parts, prefix, tail, phrase);
            if (prefix && parts.Length == 1)
            {
                var k = parts[0].Length >= 3 ? parts[0][..3] : parts[0];
                if (!_prefixFirst.TryGetValue(k, out var l)) _prefixFirst[k] = l = [];
                l.Add(entry);
            }
            else
            {
                if (!_exactFirst.TryGetValue(parts[0], out var l)) _exactFirst[parts[0]] = l = [];
                l.Add(entry);
            }
        }
        // Longer first; on a tie the phrase without a gap ("traf sich", a meeting, before "traf … ein").
        Comparison<Entry> order = (a, b) => a.Length != b.Length ? b.Length.CompareTo(a.Length) : a.Tail.Length.CompareTo(b.Tail.Length);
        foreach (var l in _exactFirst.Values) l.Sort(order);
        foreach (var l in _prefixFirst.Values) l.Sort(order);
    }

    public List<TriggerHit> Find(string text, List<Token> tokens)
    {
        var hits = new List<TriggerHit>();
        if (tokens.Count == 0) return hits;
        // Keys are slices of one lower-cased copy of the tokens' range rather than a string per token.
        var offset = tokens[0].Start;
        var lower = ArrayPool<char>.Shared.Rent(tokens[^1].End - offset);
        Tokens.ToLowerInvariant(text.AsSpan(offset, tokens[^1].End - offset), lower);
        for (var i = 0; i < tokens.Count; i++)
        {
            var key = Key(lower, offset, tokens[i]);
            Entry? best = null;
            if (_exactFirstSpan.TryGetValue(key, out var list))
                foreach (var e in list)
                    if (Matches(e, lower, offset, tokens, i) && ClosesClause(e, text, lower, offset, tokens, i)) { best = e; break; }
            if (best is null && key.Length >= 3 && _prefixFirstSpan.TryGetValue(key[..3], out var pl))
                foreach (var e in pl)
                    if (key.StartsWith(e.Parts[0], StringComparison.Ordinal) && ClosesClause(e, text, lower, offset, tokens, i)) { best = e; break; }
            if (best is null) continue;
            // The hit covers the verb; a particle after a gap is not part of it.
            var last = tokens[i + best.Parts.Length - 1];
            hits.Add(new TriggerHit(best.Type, tokens[i].Start, last.End, i, best.Parts.Length, best.Phrase));
            i += best.Parts.Length - 1;
        }
        ArrayPool<char>.Shared.Return(lower);
        return hits;
    }

    /// <summary>
    /// True for a phrase without a particle, or when the particle follows the verb within the sentence and ends a
    /// clause: "sagte zu Beginn" is no pledge, "sagte der Ukraine zu," is.
    /// </summary>
    private static bool ClosesClause(Entry e, string text, char[] lower, int offset, List<Token> tokens, int i)
    {
        if (e.Tail.Length == 0) return true;
        var from = i + e.Parts.Length;
        for (var j = from; j <= from + MaxGap && j + e.Tail.Length <= tokens.Count; j++)
        {
            // A semicolon, colon or dash before this word starts another clause, and so does a comma, except in a list of
            // names ("sagten Dänemark, Norwegen und Schweden ... zu"): "stellte klar, Berlin sei bereit" is no pledge.
            if (j > from && text.AsSpan(tokens[j - 1].End, tokens[j].Start - tokens[j - 1].End) is var gap
                && (gap.IndexOfAny(";:–—") >= 0 || gap.Contains(',') && !(char.IsUpper(text[tokens[j - 1].Start]) && char.IsUpper(text[tokens[j].Start]))))
                return false;
            var k = 0;
            while (k < e.Tail.Length && Key(lower, offset, tokens[j + k]).SequenceEqual(e.Tail[k])) k++;
            if (k < e.Tail.Length) continue;
            var end = tokens[j + k - 1].End;
            var next = j + k < tokens.Count ? tokens[j + k].Start : text.Length;
            var between = text.AsSpan(end, next - end).Trim();
            if (j + k == tokens.Count || (between.Length > 0 && ".,;:!?)\"»“”".Contains(between[0]))) return true;
        }
        return false;
    }

    private static ReadOnlySpan<char> Key(char[] lower, int offset, Token t) => lower.AsSpan(t.Start - offset, t.Length);

    private static bool Matches(Entry e, char[] lower, int offset, List<Token> tokens, int i)
    {
        if (i + e.Parts.Length > tokens.Count) return false;
        for (var k = 0; k < e.Parts.Length; k++)
        {
            var key = Key(lower, offset, tokens[i + k]);
            var last = k == e.Parts.Length - 1;
            if (last && e.LastIsPrefix ? !key.StartsWith(e.Parts[k], StringComparison.Ordinal) : !key.SequenceEqual(e.Parts[k]))
                return false;
        }
        return true;
    }
}
