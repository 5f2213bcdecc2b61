using Timeline.Domain.Knowledge;
using Timeline.Domain.Pipeline.Sentences;

namespace Timeline.Domain.Pipeline.Events;

/// <summary>
/// Which sentences are page furniture rather than the report: headings, navigation, bylines, photo captions and credits,
/// teasers of other stories. They may date an article (the publication-date stage reads them); they never state an event.
/// </summary>
public static class PageFurniture
{
    /// <summary>A line this short without a closing full stop is a heading, a teaser, a byline or a menu entry.</summary>
    private const int MaxHeadingWords = 16;

    public static bool[] Of(string text, IReadOnlyList<Sentence> sentences, KnowledgeBase knowledge)
    {
        var result = new bool[sentences.Count];
        for (var i = 0; i < sentences.Count; i++)
        {
            var (lineStart, lineEnd) = LineAround(text, sentences[i].Start);
            var line = text.AsSpan(lineStart, lineEnd - lineStart).Trim();
            result[i] = knowledge.FurnitureMarkers.In(line) || IsHeading(line);
        }
        return result;
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
    public static bool MarksLine(string text, int offset, KnowledgeBase knowledge)
    {
        var (start, end) = LineAround(text, offset);
        return knowledge.FurnitureMarkers.In(text.AsSpan(start, end - start));
    }

    private static (int Start, int End) LineAround(string text, int offset)
    {
        var start = offset > 0 ? text.LastIndexOf('\n', offset - 1) + 1 : 0;
        var end = text.IndexOf('\n', offset);
        return (start, end < 0 ? text.Length : end);
    }
}
