using System.Collections.Frozen;

namespace Timeline.Domain.Text;

/// <summary>Content words (stemmed, stop words removed) and their shingles: the basis of every text similarity here.</summary>
public static class ContentWords
{
    private static readonly FrozenSet<string> Stop = new[]
    {
        "the","a","an","and","or","but","of","to","in","on","at","for","with","by","from","as","is","are","was","were","be","been","being",
        "it","its","this","that","these","those","he","she","they","we","you","i","his","her","their","our","your","my","him","them","us",
        "has","have","had","will","would","can","could","should","may","might","must","shall","do","does","did","not","no","so","if","than",
        "then","there","here","which","who","whom","whose","what","when","where","while","after","before","also","about","into","over",
        "under","more","most","such","some","any","all","each","other","said","says","say","told","very","just","only","even","still",
        "however","meanwhile","earlier","later","now","up","out","own","per","via","since","until","against","during","between","both",
        "и","в","во","на","с","со","по","к","у","о","об","от","до","за","из","не","что","как","это","для","а","но","же","его","ее","их",
        "і","та","й","з","із","що","як","це","для","від","його","її","також","він","она","вона","они","вони",
    }.ToFrozenSet(StringComparer.Ordinal);

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> StopLookup = Stop.GetAlternateLookup<ReadOnlySpan<char>>();

    public static bool IsStopWord(string lower) => Stop.Contains(lower);

    /// <summary>A crude stem: enough to make "defences"/"defense", "attacks"/"attack" and "systems"/"system" agree.</summary>
    public static string Stem(string lower)
    {
        var s = lower;
        // Replace allocates even when nothing matches; most words need none of these rewrites.
        if (s.Contains('’')) s = s.Replace('’', '\'');
        if (s.EndsWith("'s", StringComparison.Ordinal)) s = s[..^2];
        if (s.Contains("defence", StringComparison.Ordinal)) s = s.Replace("defence", "defense", StringComparison.Ordinal);
        if (s.Contains("ise", StringComparison.Ordinal)) s = s.Replace("ise", "ize", StringComparison.Ordinal);
        if (s.Length > 5 && s.EndsWith("ies", StringComparison.Ordinal)) s = s[..^3] + "y";
        else if (s.Length > 4 && s.EndsWith("es", StringComparison.Ordinal) && !s.EndsWith("ses", StringComparison.Ordinal)) s = s[..^1];
        if (s.Length > 3 && s.EndsWith('s') && !s.EndsWith("ss", StringComparison.Ordinal)) s = s[..^1];
        if (s.Length > 6 && s.EndsWith("ing", StringComparison.Ordinal)) s = s[..^3];
        else if (s.Length > 5 && s.EndsWith("ed", StringComparison.Ordinal)) s = s[..^2];
        if (s.Length > 6 && IsCyrillic(s[0])) s = s[..^2];
        return s;
    }

    private static bool IsCyrillic(char c) => c is >= '\u0400' and <= '\u04FF';

    /// <summary>Stemmed content words of text[start..end) in order.</summary>
    public static List<string> Of(string text, int start = 0, int end = -1)
    {
        var tokens = Tokens.Of(text, start, end);
        var words = new List<string>(tokens.Count);
        Span<char> buffer = stackalloc char[64];
        foreach (var t in tokens)
        {
            if (t.Length < 2 || char.IsDigit(text[t.Start])) continue;
            // Lower-case into a stack buffer first: stop words (most tokens) then cost no allocation.
            var span = t.In(text);
            if (span.Length <= buffer.Length)
            {
                var lowered = buffer[..span.Length];
                span.ToLowerInvariant(lowered);
                if (StopLookup.Contains(lowered)) continue;
                words.Add(Stem(lowered.ToString()));
                continue;
            }
            var lower = span.ToString().ToLowerInvariant();
            if (Stop.Contains(lower)) continue;
            words.Add(Stem(lower));
        }
        return words;
    }

    public static HashSet<string> SetOf(string text, int start = 0, int end = -1) => [.. Of(text, start, end)];

    /// <summary>Hashes of consecutive content-word triples: statements shared by two articles share shingles even when translated slightly differently.</summary>
    public static HashSet<ulong> Shingles(string text, int size = 3)
    {
        var words = Of(text);
        var set = new HashSet<ulong>();
        for (var i = 0; i + size <= words.Count; i++)
        {
            ulong h = 14695981039346656037UL;
            for (var k = 0; k < size; k++)
            {
                foreach (var c in words[i + k]) { h ^= c; h *= 1099511628211UL; }
                h ^= ' '; h *= 1099511628211UL;
            }
            set.Add(h);
        }
        return set;
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
