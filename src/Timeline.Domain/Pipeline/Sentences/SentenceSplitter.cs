using System.Collections.Frozen;

namespace Timeline.Domain.Pipeline.Sentences;

/// <summary>A sentence as a span of the article text.</summary>
public readonly record struct Sentence(int Start, int End)
{
    public int Length => End - Start;
    public string In(string text) => text[Start..End];
}

public interface ISentenceSplitter
{
    IReadOnlyList<Sentence> Split(string text);
}

/// <summary>
/// Splits at line breaks and at '.', '!' or '?' followed by a space and a capital, digit or quote,
/// except after abbreviations ("Oct.", "U.S.", "Gen.") and initials.
/// </summary>
public sealed class SentenceSplitter : ISentenceSplitter
{
    private static readonly FrozenSet<string> Abbreviations = new[]
    {
        "jan","feb","mar","apr","jun","jul","aug","sep","sept","oct","nov","dec","mon","tue","tues","wed","thu","thurs","fri","sat","sun",
        "mr","mrs","ms","dr","prof","gen","lt","col","maj","capt","sgt","adm","gov","sen","rep","st","no","nos","vol","jr","sr","inc","ltd",
        "co","corp","vs","etc","e.g","i.e","u.s","u.k","u.n","e.u","approx","dept","est","fig","pp","ca","gens","cmdr","pres","rev","hon",
        "г","гг","ул","им","т.е","т.д","ст","р","тис","млн","млрд",
    }.ToFrozenSet(StringComparer.Ordinal);

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> AbbreviationLookup = Abbreviations.GetAlternateLookup<ReadOnlySpan<char>>();

    public IReadOnlyList<Sentence> Split(string text)
    {
        var result = new List<Sentence>(text.Length / 100 + 4);
        var start = 0;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c == '\n') { Add(result, text, start, i); start = i + 1; continue; }
            if (c is not ('.' or '!' or '?')) continue;
            var j = i + 1;
            while (j < text.Length && text[j] is '"' or '”' or '’' or '\'' or ')' or '»' or '.') j++;
            if (j >= text.Length || text[j] != ' ') continue;
            var k = j;
            while (k < text.Length && text[k] == ' ') k++;
            if (k >= text.Length) continue;
            var next = text[k];
            if (!(char.IsUpper(next) || char.IsDigit(next) || next is '"' or '“' or '‘' or '«' or '(' or '\'')) continue;
            if (c == '.' && j == i + 1 && (IsAbbreviation(text, i) || IsOrdinalDate(text, i, k))) continue;
            Add(result, text, start, j);
            start = k;
            i = k - 1;
        }
        Add(result, text, start, text.Length);
        return result;
    }

    private static readonly string[] OrdinalMonths =
        ["Januar", "Jänner", "Februar", "März", "April", "Mai", "Juni", "Juli", "August", "September", "Oktober", "November", "Dezember"];

    /// <summary>German writes a date's day as an ordinal: "Am 16. Juli" is one sentence.</summary>
    private static bool IsOrdinalDate(string text, int dot, int next)
    {
        var d = dot - 1;
        while (d >= 0 && char.IsDigit(text[d])) d--;
        if (dot - d - 1 is not (1 or 2)) return false;
        foreach (var m in OrdinalMonths)
            if (text.AsSpan(next).StartsWith(m, StringComparison.Ordinal)) return true;
        return false;
    }

    private static bool IsAbbreviation(string text, int dot)
    {
        var s = dot - 1;
        while (s >= 0 && (char.IsLetter(text[s]) || text[s] == '.')) s--;
        var word = text.AsSpan((s + 1)..dot);
        if (word.Length == 0) return false;
        if (word.Length == 1 && char.IsUpper(text[dot - 1])) return true; // an initial: "Charles Q. Brown"
        // Short words (all abbreviations are) are looked up without a string per full stop.
        if (word.Length > 16) return Abbreviations.Contains(word.ToString().ToLowerInvariant());
        Span<char> lower = stackalloc char[word.Length];
        word.ToLowerInvariant(lower);
        return AbbreviationLookup.Contains(lower);
    }

    private static void Add(List<Sentence> list, string text, int start, int end)
    {
        while (start < end && char.IsWhiteSpace(text[start])) start++;
        while (end > start && char.IsWhiteSpace(text[end - 1])) end--;
        if (end > start) list.Add(new Sentence(start, end));
    }
}
