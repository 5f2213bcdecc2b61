using System.Buffers;
using Timeline.Domain.Model;
using Timeline.Domain.Text;

namespace Timeline.Domain.Knowledge;

/// <summary>An event-trigger phrase found in text.</summary>
public sealed record TriggerHit(EventType Type, int Start, int End, int TokenIndex, int TokenCount, string Phrase);

/// <summary>
/// Matches the trigger vocabulary ("agreed", "will send", "pledg*") over tokens.
/// Longer phrases win, so "expedite the delivery" (a pledge) beats "delivery".
/// </summary>
public sealed class TriggerMatcher
{
    private sealed record Entry(EventType Type, string[] Parts, bool LastIsPrefix, string Phrase);

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
            var raw = phrase.Trim().ToLowerInvariant();
            var prefix = raw.EndsWith('*');
            if (prefix) raw = raw[..^1];
            var parts = raw.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            if (parts.Length == 0) continue;
            var entry = new Entry(type, parts, prefix, phrase);
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
        foreach (var l in _exactFirst.Values) l.Sort((a, b) => b.Parts.Length.CompareTo(a.Parts.Length));
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
                    if (Matches(e, lower, offset, tokens, i)) { best = e; break; }
            if (best is null && key.Length >= 3 && _prefixFirstSpan.TryGetValue(key[..3], out var pl))
                foreach (var e in pl)
                    if (key.StartsWith(e.Parts[0], StringComparison.Ordinal)) { best = e; break; }
            if (best is null) continue;
            var last = tokens[i + best.Parts.Length - 1];
            hits.Add(new TriggerHit(best.Type, tokens[i].Start, last.End, i, best.Parts.Length, best.Phrase));
            i += best.Parts.Length - 1;
        }
        ArrayPool<char>.Shared.Return(lower);
        return hits;
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
