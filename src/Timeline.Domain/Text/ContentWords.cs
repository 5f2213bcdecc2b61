using System.Buffers;
using Timeline.Domain.Languages;

namespace Timeline.Domain.Text;

/// <summary>Content words (stemmed, stop words removed) and their shingles: the basis of every text similarity here.</summary>
public static class ContentWords
{
    /// <summary>The stop words of every language in the shipped lexicon (<see cref="Lexicon.Default"/>).</summary>
    private static readonly WordList Stop = Lexicon.Default.StopWords;

    public static bool IsStopWord(string lower) => Stop.ContainsLowerCase(lower);

    /// <summary>A crude stem: enough to make "defences"/"defense", "attacks"/"attack" and "systems"/"system" agree.</summary>
    public static string Stem(string lower)
    {
        var chars = lower.ToCharArray();
        return new string(chars, 0, Stem(chars));
    }

    /// <summary>
    /// <see cref="Stem(string)"/> in place: stems only shorten or keep letters, so no string is needed per word.
    /// Plain loops rather than span helpers: precompiled code cannot inline those, and this runs for every word.
    /// </summary>
    /// <returns>The length of the stem at the start of <paramref name="s"/>.</returns>
    private static int Stem(Span<char> s)
    {
        for (var i = 0; i < s.Length; i++) if (s[i] == '’') s[i] = '\'';
        var n = s.Length;
        if (EndsWith(s, n, "'s")) n -= 2;
        ReplaceInPlace(s[..n], "defence", "defense");
        ReplaceInPlace(s[..n], "ise", "ize");
        if (n > 5 && EndsWith(s, n, "ies")) { n -= 2; s[n - 1] = 'y'; }
        else if (n > 4 && EndsWith(s, n, "es") && !EndsWith(s, n, "ses")) n -= 1;
        if (n > 3 && s[n - 1] == 's' && !EndsWith(s, n, "ss")) n -= 1;
        if (n > 6 && EndsWith(s, n, "ing")) n -= 3;
        else if (n > 5 && EndsWith(s, n, "ed")) n -= 2;
        if (n > 6 && IsCyrillic(s[0])) n -= 2;
        return n;
    }

    private static bool EndsWith(Span<char> s, int n, string suffix)
    {
        if (n < suffix.Length) return false;
        for (var i = 1; i <= suffix.Length; i++) if (s[n - i] != suffix[^i]) return false;
        return true;
    }

    /// <summary>string.Replace for a replacement of the same length: left to right, never into what it replaced.</summary>
    private static void ReplaceInPlace(Span<char> s, string from, string to)
    {
        for (var i = 0; i + from.Length <= s.Length; i++)
        {
            var k = 0;
            while (k < from.Length && s[i + k] == from[k]) k++;
            if (k < from.Length) continue;
            for (k = 0; k < to.Length; k++) s[i + k] = to[k];
            i += from.Length - 1;
        }
    }

    private static bool IsCyrillic(char c) => c is >= '\u0400' and <= '\u04FF';

    /// <summary>
    /// Stemmed content words of text[start..end) in order, as slices of <paramref name="buffer"/>: the range lower-cased
    /// and each word stemmed where it stands.
    /// </summary>
    private static List<Token> StemsOf(string text, int start, int end, char[] buffer)
    {
        Tokens.ToLowerInvariant(text.AsSpan(start, end - start), buffer);
        // The stems replace the tokens they come from in the same list.
        var stems = Tokens.Of(text, start, end);
        var count = 0;
        for (var i = 0; i < stems.Count; i++)
        {
            var t = stems[i];
            if (t.Length < 2 || char.IsDigit(text[t.Start])) continue;
            var word = buffer.AsSpan(t.Start - start, t.Length);
            if (Stop.ContainsLowerCase(word)) continue;
            stems[count++] = new Token(t.Start - start, Stem(word));
        }
        stems.RemoveRange(count, stems.Count - count);
        return stems;
    }

    /// <summary>Stemmed content words of text[start..end) in order.</summary>
    public static List<string> Of(string text, int start = 0, int end = -1)
    {
        if (end < 0) end = text.Length;
        var buffer = ArrayPool<char>.Shared.Rent(end - start);
        var stems = StemsOf(text, start, end, buffer);
        var words = new List<string>(stems.Count);
        foreach (var w in stems) words.Add(new string(buffer, w.Start, w.Length));
        ArrayPool<char>.Shared.Return(buffer);
        return words;
    }

    public static HashSet<string> SetOf(string text, int start = 0, int end = -1) => [.. Of(text, start, end)];

    /// <summary>Hashes of consecutive content-word triples: statements shared by two articles share shingles even when translated slightly differently.</summary>
    public static HashSet<ulong> Shingles(string text, int size = 3)
    {
        var hashes = ShingleHashes(text, size);
        var set = new HashSet<ulong>(hashes.Count);
        foreach (var h in hashes) set.Add(h);
        return set;
    }

    /// <summary>The hashes of <see cref="Shingles"/> in text order, repeats included.</summary>
    public static List<ulong> ShingleHashes(string text, int size = 3)
    {
        var buffer = ArrayPool<char>.Shared.Rent(text.Length);
        var words = StemsOf(text, 0, text.Length, buffer);
        var hashes = new List<ulong>(Math.Max(0, words.Count - size + 1));
        for (var i = 0; i + size <= words.Count; i++)
        {
            ulong h = 14695981039346656037UL;
            for (var k = 0; k < size; k++)
            {
                foreach (var c in buffer.AsSpan(words[i + k].Start, words[i + k].Length)) { h ^= c; h *= 1099511628211UL; }
                h ^= ' '; h *= 1099511628211UL;
            }
            hashes.Add(h);
        }
        ArrayPool<char>.Shared.Return(buffer);
        return hashes;
    }

    /// <summary>Dice coefficient of two word sets.</summary>
    public static double Dice(IReadOnlySet<string> a, IReadOnlySet<string> b)
    {
        if (a.Count == 0 || b.Count == 0) return 0;
        var (small, large) = a.Count <= b.Count ? (a, b) : (b, a);
        var shared = 0;
        foreach (var w in small) if (large.Contains(w)) shared++;
        return 2.0 * shared / (a.Count + b.Count);
    }
}
