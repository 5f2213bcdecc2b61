using System.Text.RegularExpressions;
using Timeline.Domain.Pipeline.Temporal;

namespace Timeline.Domain.Pipeline.Dating;

/// <summary>Where on the page a date stands: a dateline opening the report, a line of its own, or inside a sentence.</summary>
public static partial class DatePlacement
{
    // Before the date: at most a place ("BERLIN, ", "KYIV, Ukraine, "); after it: an agency in brackets and a dash.
    [GeneratedRegex(@"^[ \t]*(?:\p{Lu}[\p{L}\p{M}.'’ -]{1,40}(?:,[ \t]*\p{Lu}[\p{L}\p{M}.'’ -]{1,40})?,[ \t]*)?$")]
    private static partial Regex DatelinePlace();

    [GeneratedRegex(@"^[ \t]*(?:\([^)\n]{1,40}\)[ \t]*)?[-–—:]")]
    private static partial Regex DatelineEnd();

    /// <summary>"BERLIN, April 13 (Reuters) - ...": a day and month opening one of the first paragraphs, then a dash.</summary>
    public static bool IsDateline(string text, TemporalExpression e)
    {
        if (e.Start > 600) return false;
        var paragraph = e.Start == 0 ? 0 : text.LastIndexOf('\n', e.Start - 1) + 1;
        // Nothing before the date, or a place and a comma: most dates stand after a word, and the pattern's bounded
        // repeats would otherwise backtrack through each of them.
        var before = text.AsSpan(paragraph, e.Start - paragraph).TrimEnd(" \t");
        if (before.Length > 0 && before[^1] != ',') return false;
        if (!DatelinePlace().IsMatch(text.AsSpan(paragraph, e.Start - paragraph))) return false;
        var after = text.AsSpan(e.End, Math.Min(60, text.Length - e.End));
        // "МАДРИД, 10 ноября. Испания ...", "MADRID, 10 November. /TASS/": an agency's place in capitals ends its dateline
        // with a full stop.
        return DatelineEnd().IsMatch(after) || after.TrimStart(" \t").StartsWith('.') && IsCapitals(before.TrimEnd(','));
    }

    private static bool IsCapitals(ReadOnlySpan<char> place)
    {
        var letters = 0;
        foreach (var c in place)
        {
            if (char.IsLower(c)) return false;
            if (char.IsLetter(c)) letters++;
        }
        return letters >= 3;
    }

    /// <summary>
    /// Whether a date stands inside a sentence of the report rather than on a line of its own, at the start of a line or
    /// paragraph (a header, a byline, "Kyiv, 30 December 2023 -").
    /// </summary>
    public static bool InProse(string text, TemporalExpression e)
    {
        if (IsDateline(text, e)) return false;
        var lineStart = e.Start == 0 ? 0 : text.LastIndexOf('\n', e.Start - 1) + 1;
        var lineEnd = text.IndexOf('\n', e.End);
        var line = text.AsSpan(lineStart, (lineEnd < 0 ? text.Length : lineEnd) - lineStart);
        if (text.AsSpan(lineStart, e.Start - lineStart).Trim().Length == 0) return false;
        // Separators are no words: "By A. Writer | 26 April 2022, 18:40 BST | 4 min read" is a byline, not a sentence.
        var trimmed = line.Trim();
        var words = 0;
        foreach (var range in trimmed.Split(' '))
            if (trimmed[range].ContainsAnyExcept("|·•–—-/")) words++;
        return words > 12;
    }
}
