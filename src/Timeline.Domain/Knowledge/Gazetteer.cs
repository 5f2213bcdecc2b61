using System.Buffers;
using System.Collections.Concurrent;
using Timeline.Domain.Text;

namespace Timeline.Domain.Knowledge;

/// <summary>A place in the text where a known name occurs; several entities when the name is ambiguous ("Washington").</summary>
public sealed record Mention(int Start, int End, IReadOnlyList<Entity> Entities, bool Fuzzy);

/// <summary>
/// Finds known names in text: exact alias match (longest first), then typo-tolerant match of single capitalised words,
/// then Cyrillic inflected forms. Proper-noun aliases only match capitalised words so "patriot" the adjective is not a system.
/// </summary>
public sealed class Gazetteer
{
    private sealed class AliasEntry(string[] keys, bool[] needsCapital, string alias)
    {
        public string[] Keys { get; } = keys;
        public bool[] NeedsCapital { get; } = needsCapital;
        public string Alias { get; } = alias;
        public List<Entity> Entities { get; } = [];
    }

    private readonly Dictionary<string, List<AliasEntry>> _byFirst = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<AliasEntry>>.AlternateLookup<ReadOnlySpan<char>> _byFirstSpan;
    private readonly Dictionary<char, List<AliasEntry>> _fuzzyByInitial = [];
    private readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> _nonActors;
    private readonly ConcurrentDictionary<string, AliasEntry?> _fuzzyCache = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, AliasEntry?>.AlternateLookup<ReadOnlySpan<char>> _fuzzyCacheSpan;

    public Gazetteer(IEnumerable<Entity> entities, IReadOnlySet<string> nonActors)
    {
        _nonActors = new HashSet<string>(nonActors, StringComparer.OrdinalIgnoreCase).GetAlternateLookup<ReadOnlySpan<char>>();
        _byFirstSpan = _byFirst.GetAlternateLookup<ReadOnlySpan<char>>();
        _fuzzyCacheSpan = _fuzzyCache.GetAlternateLookup<ReadOnlySpan<char>>();
        var byAlias = new Dictionary<string, AliasEntry>(StringComparer.Ordinal);
        foreach (var entity in entities)
        {
            foreach (var alias in entity.Aliases)
            {
                var tokens = Tokens.Of(alias);
                if (tokens.Count == 0) continue;
                var keys = new string[tokens.Count];
                for (var k = 0; k < keys.Length; k++) keys[k] = Tokens.Key(tokens[k].In(alias));
                var joined = string.Join(' ', keys);
                if (!byAlias.TryGetValue(joined, out var entry))
                {
                    var caps = new bool[tokens.Count];
                    for (var k = 0; k < caps.Length; k++) caps[k] = char.IsUpper(alias[tokens[k].Start]);
                    entry = new AliasEntry(keys, caps, alias);
                    byAlias[joined] = entry;
                    if (!_byFirst.TryGetValue(keys[0], out var list)) _byFirst[keys[0]] = list = [];
                    list.Add(entry);
                    if (keys.Length == 1 && keys[0].Length >= 5 && caps[0])
                    {
                        if (!_fuzzyByInitial.TryGetValue(keys[0][0], out var fl)) _fuzzyByInitial[keys[0][0]] = fl = [];
                        fl.Add(entry);
                    }
                }
                if (!entry.Entities.Contains(entity)) entry.Entities.Add(entity);
            }
        }
        foreach (var list in _byFirst.Values) list.Sort((a, b) => b.Keys.Length.CompareTo(a.Keys.Length));
    }

    public List<Mention> Find(string text, int start = 0, int end = -1) => Find(text, Tokens.Of(text, start, end));

    public List<Mention> Find(string text, List<Token> tokens)
    {
        var found = new List<Mention>();
        // Keys are slices of one lower-cased copy rather than a string per token.
        var lower = ArrayPool<char>.Shared.Rent(text.Length);
        Tokens.ToLowerInvariant(text, lower);
        for (var i = 0; i < tokens.Count;)
        {
            var m = MatchAt(text, lower, tokens, i, out var used);
            if (m is not null) { found.Add(m); i += used; }
            else i++;
        }
        ArrayPool<char>.Shared.Return(lower);
        return found;
    }

    /// <summary>The lower-case key of a token (see <see cref="Tokens.Key"/>) as a slice of the lower-cased text.</summary>
    private static ReadOnlySpan<char> KeyAt(char[] lower, Token t)
    {
        var key = lower.AsSpan(t.Start, t.Length);
        return key.Length > 2 && (key[^2] == '\'' || key[^2] == '’') && key[^1] == 's' ? key[..^2] : key;
    }

    private Mention? MatchAt(string text, char[] lower, List<Token> tokens, int i, out int used)
    {
        used = 1;
        var tok = tokens[i];
        var key = KeyAt(lower, tok);
        if (_byFirstSpan.TryGetValue(key, out var entries))
        {
            foreach (var e in entries)
            {
                if (i + e.Keys.Length > tokens.Count) continue;
                var ok = true;
                for (var k = 0; k < e.Keys.Length && ok; k++)
                {
                    var t = tokens[i + k];
                    ok = KeyAt(lower, t).SequenceEqual(e.Keys[k])
                         && (!e.NeedsCapital[k] || char.IsUpper(text[t.Start]))
                         // names inside one phrase are written without sentence punctuation between them
                         && (k == 0 || !HasBreak(text, tokens[i + k - 1].End, t.Start));
                }
                if (!ok) continue;
                var end = tokens[i + e.Keys.Length - 1].End;
                if (_nonActors.Contains(text.AsSpan(tok.Start, end - tok.Start))) return null;
                used = e.Keys.Length;
                return new Mention(tok.Start, end, e.Entities, false);
            }
        }
        if (!char.IsUpper(text[tok.Start]) || _nonActors.Contains(key)) return null;

        // "US-led", "Kyiv-based": the name before a lower-case hyphen suffix.
        var hyphen = key.LastIndexOf('-');
        // German compounds capitalise the suffix ("Patriot-Systeme"): a weapon system's name still heads them.
        var firstHyphen = key.IndexOf('-');
        foreach (var cut in (ReadOnlySpan<int>)[hyphen, firstHyphen])
        {
            if (cut <= 0 || cut >= key.Length - 2 || !_byFirstSpan.TryGetValue(key[..cut], out var head)) continue;
            var lowerSuffix = char.IsLower(text[tok.Start + cut + 1]);
            foreach (var e in head)
                if (e.Keys.Length == 1 && (lowerSuffix || e.Entities.TrueForAll(x => x.Kind == EntityKind.System)))
                    return new Mention(tok.Start, tok.Start + cut, e.Entities, false);
        }

        // Tooltips glued to a name by a scraper: "PatriotPhased Array ...", "NATONorth Atlantic ...".
        for (var cut = 2; cut < key.Length - 1; cut++)
        {
            var (a, b) = (text[tok.Start + cut - 1], text[tok.Start + cut]);
            var glued = (char.IsLower(a) && char.IsUpper(b)) || (char.IsUpper(a) && char.IsUpper(b) && cut + 1 < key.Length && char.IsLower(text[tok.Start + cut + 1]));
            if (!glued || !_byFirstSpan.TryGetValue(key[..cut], out var glue)) continue;
            foreach (var e in glue)
                if (e.Keys.Length == 1) return new Mention(tok.Start, tok.Start + cut, e.Entities, false);
        }

        if (IsCyrillic(key[0]))
        {
            // Slavic inflection: "Харькове", "Пэтриотов" are an alias plus a short ending.
            for (var cut = 1; cut <= 3 && key.Length - cut >= 4; cut++)
                if (_byFirstSpan.TryGetValue(key[..^cut], out var stem))
                    foreach (var e in stem)
                        if (e.Keys.Length == 1) return new Mention(tok.Start, tok.End, e.Entities, true);
        }

        var fuzzy = FuzzyLookup(key);
        return fuzzy is null ? null : new Mention(tok.Start, tok.End, fuzzy.Entities, true);
    }

    private AliasEntry? FuzzyLookup(ReadOnlySpan<char> key)
    {
        var max = Fuzzy.AllowedEdits(key.Length);
        if (max == 0) return null;
        if (_fuzzyCacheSpan.TryGetValue(key, out var cached)) return cached;
        AliasEntry? best = null;
        if (_fuzzyByInitial.TryGetValue(key[0], out var candidates))
        {
            var bestDistance = max + 1;
            foreach (var c in candidates)
            {
                var allowed = Math.Min(max, Fuzzy.AllowedEdits(c.Keys[0].Length));
                if (allowed == 0) continue;
                var d = Fuzzy.Distance(key, c.Keys[0], allowed);
                if (d <= allowed && d < bestDistance) { best = c; bestDistance = d; }
            }
        }
        _fuzzyCache.TryAdd(key.ToString(), best);
        return best;
    }

    private static bool HasBreak(string text, int from, int to)
    {
        for (var p = from; p < to; p++)
            if (text[p] is '.' or ',' or ';' or ':' or '\n' or '(' or ')' or '"' or '“' or '”') return true;
        return false;
    }

    private static bool IsCyrillic(char c) => c is >= '\u0400' and <= '\u04FF';
}
