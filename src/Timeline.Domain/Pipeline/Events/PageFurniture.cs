using Timeline.Domain.Knowledge;
using Timeline.Domain.Pipeline.Sentences;
using Timeline.Domain.Text;

namespace Timeline.Domain.Pipeline.Events;

/// <summary>
/// Which sentences are page furniture rather than the report: headings, navigation, bylines, photo captions and credits,
/// teasers of other stories. They may date an article (the publication-date stage reads them); they never state an event.
/// </summary>
public static partial class PageFurniture
{
    /// <summary>A line this short without a closing full stop is a heading, a teaser, a byline or a menu entry.</summary>
    private const int MaxHeadingWords = 16;

    public static bool[] Of(string text, IReadOnlyList<Sentence> sentences, KnowledgeBase knowledge)
    {
        var result = new bool[sentences.Count];
        // What holds for a whole line is read once per line: a line of thousands of sentences would otherwise be read once
        // for each of them.
        var (lastLine, lineFurniture) = (-1, false);
        for (var i = 0; i < sentences.Count; i++)
        {
            var (lineStart, lineEnd) = LineAround(text, sentences[i].Start);
            if (lineStart != lastLine)
            {
                var line = text.AsSpan(lineStart, lineEnd - lineStart).Trim();
                (lastLine, lineFurniture) = (lineStart, knowledge.FurnitureMarkers.In(line) || IsHeading(line) || HasCreditAtEnd(line, knowledge));
            }
            result[i] = lineFurniture || IsCaption(text, sentences[i], knowledge);
        }
        return result;
    }

    /// <summary>
    /// A photo caption without a credit: a paragraph of one sentence, in the present tense of a caption ("meet", "speaks"),
    /// with a year ("Blinken and Zelensky meet on Sept. 8, 2022, in Kyiv."). News tells dated events in the past tense.
    /// </summary>
    public static bool IsCaption(string text, Sentence sentence, KnowledgeBase knowledge)
    {
        var (lineStart, lineEnd) = LineAround(text, sentence.Start);
        var line = text.AsSpan(lineStart, lineEnd - lineStart).Trim();
        if (line.Length > sentence.Length + 2 || !HasYear(line)) return false;
        // A caption's verb follows who is shown: "Stand: 24.11.2022" opens with a label, not with a verb.
        return EndsWithCaptionDate(line)
            || knowledge.CaptionVerbs.Find(text, Tokens.Of(text, sentence.Start, sentence.End)).Any(v => text.AsSpan(sentence.Start, v.Start - sentence.Start).Trim().Length > 0);
    }

    /// <summary>
    /// A photo credit closing a line: agency and photographer ("... October 10, 2022. EastWire/Serhiy Hrytsenko"), or an
    /// agency after a bar ("... in August 2017. | KYODO").
    /// </summary>
    private static bool HasCreditAtEnd(ReadOnlySpan<char> line, KnowledgeBase knowledge)
    {
        // Both forms have a slash or a bar; most lines have neither, and the pattern would try every capital.
        if (line.IndexOfAny('/', '|') < 0) return false;
        foreach (var m in CreditAtEnd().EnumerateMatches(line))
        {
            // "... and Italy one more SAMP/T.": a system's name with a slash closes a sentence, not a credit.
            var credit = line.Slice(m.Index, m.Length).Trim();
            var slashed = credit[..(credit.IndexOfAny(' ', '.') is var end and > 0 ? end : credit.Length)];
            return knowledge.FindByAlias(slashed.ToString()) is not { Kind: EntityKind.System };
        }
        return false;
    }

    [System.Text.RegularExpressions.GeneratedRegex(@"\s\p{Lu}[\p{L}\d.-]*/\p{Lu}[\p{L}.'-]*(?:\s\p{Lu}[\p{L}.'-]*){0,3}\s*$|[.!?]\s*\|\s*\p{Lu}[\p{L}.'-]*(?:\s\p{Lu}[\p{L}.'-]*){0,3}\s*$")]
    private static partial System.Text.RegularExpressions.Regex CreditAtEnd();

    /// <summary>A header ("Wednesday, 12 October 2022") also ends with a date after a comma; a caption says what the photo shows first.</summary>
    private const int MinCaptionWords = 7;

    /// <summary>
    /// "Issue 31 · Friday, 8 August 2025": a date after its weekday is a header's or a dateline's; a caption names the
    /// place before the comma ("... in Kyiv, October 10, 2022").
    /// </summary>
    private static bool EndsWithCaptionDate(ReadOnlySpan<char> line)
    {
        if (Words(line) < MinCaptionWords) return false;
        foreach (var m in EndsWithDate().EnumerateMatches(line))
        {
            var before = line[..m.Index].TrimEnd();
            return !Languages.Lexicon.Default.WeekdayNames.Contains(before[(before.LastIndexOfAny(' ', '\t') + 1)..]);
        }
        return false;
    }

    private static int Words(ReadOnlySpan<char> line)
    {
        var words = 1;
        foreach (var c in line) if (c == ' ') words++;
        return words;
    }

    /// <summary>
    /// A wire photo's caption ends with the day it was taken after a comma ("... in central Kyiv, Ukraine, October 10,
    /// 2022."): a word and a day or a day and a word, then a year, closing the line. A report's sentence does not.
    /// </summary>
    [System.Text.RegularExpressions.GeneratedRegex(@",\s+(?:\p{L}+\.?\s+[0-3]?\d,?|[0-3]?\d\.?\s+\p{L}+\.?)\s+(?:19|20)\d{2}\.?\s*$")]
    private static partial System.Text.RegularExpressions.Regex EndsWithDate();

    /// <summary>Whether the caption test applies to the sentence holding an offset (its dates are the photo's).</summary>
    public static bool IsCaptionAt(string text, IReadOnlyList<Sentence> sentences, int offset, KnowledgeBase knowledge)
    {
        foreach (var s in sentences)
            if (offset >= s.Start && offset < s.End) return IsCaption(text, s, knowledge);
        return false;
    }

    private static bool HasYear(ReadOnlySpan<char> line)
    {
        for (var i = 0; i + 4 <= line.Length; i++)
            if ((line[i] == '1' && line[i + 1] == '9' || line[i] == '2' && line[i + 1] == '0') && char.IsAsciiDigit(line[i + 2]) && char.IsAsciiDigit(line[i + 3])
                && (i == 0 || !char.IsAsciiDigit(line[i - 1])) && (i + 4 == line.Length || !char.IsAsciiDigit(line[i + 4])))
                return true;
        return false;
    }

    /// <summary>A short line that does not end as a sentence does ("Germany set to send Ukraine anti-aircraft missiles").</summary>
    public static bool IsHeading(ReadOnlySpan<char> line)
    {
        if (line.Length == 0) return true;
        var last = line[^1];
        if (last is '.' or '!' or '?' or '…' or '"' or '”' or '»' or '\'' or '’' or ')') return false;
        var words = 1;
        foreach (var c in line) if (c == ' ') words++;
        return words <= MaxHeadingWords;
    }

    /// <summary>Whether the line holding an offset carries a caption, credit or teaser marker: its dates are not the article's.</summary>
    public static bool MarksLine(string text, int offset, KnowledgeBase knowledge) => MarksLine(text, offset, knowledge.FurnitureMarkers);

    /// <summary>Whether the line holding an offset carries one of the markers.</summary>
    public static bool MarksLine(string text, int offset, PhraseSearch markers)
    {
        var (start, end) = LineAround(text, offset);
        return markers.In(text.AsSpan(start, end - start));
    }

    /// <summary>
    /// Whether a date at an offset is page furniture's (a caption's, a credit's, a teaser's): when a photo was taken or another
    /// story ran, not what the article tells.
    /// </summary>
    public static bool IsFurnitureAt(string text, IReadOnlyList<Sentence> sentences, int offset, KnowledgeBase knowledge) =>
        MarksLine(text, offset, knowledge) || IsCaptionAt(text, sentences, offset, knowledge);

    private static (int Start, int End) LineAround(string text, int offset)
    {
        var start = offset > 0 ? text.LastIndexOf('\n', offset - 1) + 1 : 0;
        var end = text.IndexOf('\n', offset);
        return (start, end < 0 ? text.Length : end);
    }
}
