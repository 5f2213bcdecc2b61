using Timeline.Domain.Languages;

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
    private readonly WordList _abbreviations;
    /// <summary>Month names of languages that write a day as an ordinal with a full stop ("am 16. Juli").</summary>
    private readonly string[] _ordinalMonths;

    public SentenceSplitter(Lexicon? lexicon = null)
    {
        lexicon ??= Lexicon.Default;
        _abbreviations = lexicon.Abbreviations;
        _ordinalMonths = [.. lexicon.Languages.Where(l => l.DaySuffixes.Contains(".")).SelectMany(l => l.Months.SelectMany(f => f)).Distinct()];
    }

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

    /// <summary>German writes a date's day as an ordinal: "Am 16. Juli" is one sentence.</summary>
    private bool IsOrdinalDate(string text, int dot, int next)
    {
        var d = dot - 1;
        while (d >= 0 && char.IsDigit(text[d])) d--;
        if (dot - d - 1 is not (1 or 2)) return false;
        foreach (var m in _ordinalMonths)
            if (text.AsSpan(next).StartsWith(m, StringComparison.Ordinal)) return true;
        return false;
    }

    private bool IsAbbreviation(string text, int dot)
    {
        var s = dot - 1;
        while (s >= 0 && (char.IsLetter(text[s]) || text[s] == '.')) s--;
        var word = text.AsSpan((s + 1)..dot);
        if (word.Length == 0) return false;
        // An initial: "Charles Q. Brown"; not the letter ending a system's name ("... missiles for the IRIS-T. Berlin said").
        if (word.Length == 1 && char.IsUpper(text[dot - 1])) return s < 0 || text[s] is not ('-' or '/');
        return _abbreviations.Contains(word);
    }

    private static void Add(List<Sentence> list, string text, int start, int end)
    {
        while (start < end && char.IsWhiteSpace(text[start])) start++;
        while (end > start && char.IsWhiteSpace(text[end - 1])) end--;
        if (end > start) list.Add(new Sentence(start, end));
    }
}
