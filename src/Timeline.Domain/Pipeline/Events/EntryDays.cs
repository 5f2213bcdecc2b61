using Timeline.Domain.Pipeline.Temporal;

namespace Timeline.Domain.Pipeline.Events;

/// <summary>
/// A live blog heads each day's entries with a line that is only a date ("Wednesday 12 October 2022"): an entry's news is
/// of its heading's day, not of the page's last update, and its "on Wednesday evening" is counted from that day. It takes
/// two such lines: one alone is a page's date line, for which the publication date already stands.
/// </summary>
internal static class EntryDays
{
    /// <summary>Per sentence, the day of the heading above it; all null before the first heading or without two headings.</summary>
    public static DateOnly?[] Of(AnalysedDocument doc, ArticleReading reading)
    {
        var days = new DateOnly?[doc.Sentences.Count];
        var headings = 0;
        DateOnly? current = null;
        for (var si = 0; si < days.Length; si++)
        {
            if (Heading(doc, reading, si) is { } day)
            {
                current = day;
                headings++;
            }
            days[si] = current;
        }
        return headings >= 2 ? days : new DateOnly?[days.Length];
    }

    /// <summary>The day a line that holds a full date and nothing else names.</summary>
    private static DateOnly? Heading(AnalysedDocument doc, ArticleReading reading, int si)
    {
        var phrases = reading.DatePhrases(si);
        if (phrases.Count != 1 || phrases[0] is not { Kind: TemporalKind.FullDate, Year: { } y, Month: { } m, Day: { } d } date
            || d > DateTime.DaysInMonth(y, m)) return null;
        var text = doc.Article.Text;
        var s = doc.Sentences[si];
        if (!LineEdge(text, s.Start - 1, -1) || !LineEdge(text, s.End, 1)) return null;
        for (var i = s.Start; i < s.End; i++)
            if (char.IsLetterOrDigit(text[i]) && (i < date.Start || i >= date.End)) return null;
        return new DateOnly(y, m, d);
    }

    /// <summary>Whether only spaces stand between <paramref name="from"/> and the line's end in that direction.</summary>
    private static bool LineEdge(string text, int from, int step)
    {
        for (var i = from; i >= 0 && i < text.Length; i += step)
        {
            if (text[i] == '\n') return true;
            if (!char.IsWhiteSpace(text[i])) return false;
        }
        return true;
    }
}
