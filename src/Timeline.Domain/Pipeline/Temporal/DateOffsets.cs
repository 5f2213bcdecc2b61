using System.Globalization;
using Timeline.Domain.Languages;
using Timeline.Domain.Model;

namespace Timeline.Domain.Pipeline.Temporal;

/// <summary>
/// "The attack came two days after Ukrainians marked Independence Day on Saturday, Aug. 24": the date belongs to the clause
/// the offset opens, and the event the sentence tells is that far from it (Aug. 26). The phrases are the language files'
/// <c>offsets</c>.
/// </summary>
internal static class DateOffsets
{
    /// <summary>
    /// The day-precision date moved by an offset phrase that stands before its phrase in the sentence, with no other date
    /// phrase between them; unchanged otherwise; null when the offset is vague ("less than two weeks after ... on May 4"):
    /// the date is the other clause's, and the sentence's event is on no day it names. Unchanged too when the sentence's
    /// trigger is inside the clause the offset opens ("The reversal comes a week after the halt ... was first reported on
    /// Tuesday last week": the report is the news, on its own day).
    /// </summary>
    public static ResolvedDate? Shift(string text, int sentenceStart, IReadOnlyList<TemporalExpression> phrases, TemporalExpression e, ResolvedDate resolved,
        Lexicon lexicon, int? triggerAt = null)
    {
        if (resolved.Date.Precision != DatePrecision.Day || lexicon.Offsets.Count == 0) return resolved;
        // Only the stretch since the previous date phrase: an offset before that one is that one's.
        var from = sentenceStart;
        foreach (var other in phrases)
            if (other.End <= e.Start && other.End > from) from = other.End;
        var span = text.AsSpan(from, e.Start - from);
        (string Phrase, RelativeUnit Unit, int At)? found = null;
        foreach (var (phrase, unit) in lexicon.Offsets)
        {
            var at = span.LastIndexOf(phrase, StringComparison.OrdinalIgnoreCase);
            if (at < 0 || (at > 0 && char.IsLetter(span[at - 1])) || (at + phrase.Length < span.Length && char.IsLetter(span[at + phrase.Length]))) continue;
            // The nearest to the date, by where it ends; the longest of those ending at one place ("two days after" over
            // "days after").
            var end = at + phrase.Length;
            var foundEnd = found is { } g ? g.At + g.Phrase.Length : -1;
            if (found is null || end > foundEnd || (end == foundEnd && phrase.Length > found.Value.Phrase.Length)) found = (phrase, unit, at);
        }
        if (found is not { } f || (triggerAt is { } t && t > from + f.At && t < e.Start)) return resolved;
        // "The halt came days after Russia's attack on Sunday": some days, no day.
        if (f.Unit.Unit == "vague") return null;
        var before = span[..f.At].TrimEnd();
        var word = before[(before.LastIndexOfAny(' ', '\n', '(') + 1)..];
        if (lexicon.ApproximateWords.Contains(word)) return null;
        var days = f.Unit.Offset * (f.Unit.Unit == "week" ? 7 : 1);
        var day = resolved.Date.Start.AddDays(days);
        return resolved with
        {
            Date = resolved.Date with { Start = day, End = null },
            Explanation = $"{resolved.Explanation}; '{f.Phrase}' it → {day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)}",
            Shifted = true,
        };
    }

    /// <summary>
    /// The phrase opening a sentence that dates it after the sentence before ("A day later, Denmark, Norway and Sweden
    /// announced ..."), as a relative day (offset in days) or month (offset in months); null when the sentence opens with none.
    /// </summary>
    public static TemporalExpression? OpeningLater(string text, int sentenceStart, int sentenceEnd, Lexicon lexicon)
    {
        var span = text.AsSpan(sentenceStart, sentenceEnd - sentenceStart);
        foreach (var (phrase, unit) in lexicon.Later)
        {
            if (!span.StartsWith(phrase, StringComparison.OrdinalIgnoreCase) || (span.Length > phrase.Length && char.IsLetter(span[phrase.Length]))) continue;
            // A month's offset counts months ("later that month": 0, "the following month": 1); a day's and a week's, days.
            var (kind, offset) = unit.Unit == "month" ? (TemporalKind.RelativeMonth, unit.Offset) : (TemporalKind.RelativeDay, unit.Offset * (unit.Unit == "week" ? 7 : 1));
            return new TemporalExpression(sentenceStart, sentenceStart + phrase.Length, text.Substring(sentenceStart, phrase.Length), kind, Offset: offset);
        }
        return null;
    }
}
