using System.Globalization;
using System.Text.RegularExpressions;
using Timeline.Domain.Model;

namespace Timeline.Domain.Pipeline.Temporal;

/// <summary>A date phrase resolved against a reference date, with a human explanation of how.</summary>
public sealed record ResolvedDate(TemporalExpression Expression, EventDate Date, string Explanation)
{
    /// <summary>Moved from the phrase's own day by an offset ("two days after"): the phrase is another clause's, not the event's.</summary>
    public bool Shifted { get; init; }
}

public interface ITemporalResolver
{
    /// <summary>Null when the phrase needs a reference date and there is none (relative dates are never guessed).</summary>
    /// <param name="past">the sentence's verb is in the past tense: a day and month is not much after the reference.</param>
    ResolvedDate? Resolve(TemporalExpression e, DateOnly? reference, bool future, bool past = false);
}

/// <summary>
/// Step two of temporal tagging. Weekdays and bare months resolve to the nearest one on or before the reference date
/// (past tense) or on or after it (future tense).
/// </summary>
public sealed partial class TemporalResolver : ITemporalResolver
{
    private static readonly CultureInfo Inv = CultureInfo.InvariantCulture;

    public ResolvedDate? Resolve(TemporalExpression e, DateOnly? reference, bool future, bool past = false)
    {
        switch (e.Kind)
        {
            case TemporalKind.FullDate:
                return Make(e, new EventDate(new DateOnly(e.Year!.Value, e.Month!.Value, e.Day!.Value), null, DatePrecision.Day, false), "an explicit date");
            case TemporalKind.MonthYear:
                return Make(e, new EventDate(new DateOnly(e.Year!.Value, e.Month!.Value, 1), null, DatePrecision.Month, false), "an explicit month");
            case TemporalKind.Year:
                return Make(e, new EventDate(new DateOnly(e.Year!.Value, 1, 1), null, DatePrecision.Year, false), "an explicit year");
        }
        if (reference is not { } r) return null;
        var refText = r.ToString("yyyy-MM-dd", Inv);
        switch (e.Kind)
        {
            case TemporalKind.DayMonth:
            {
                var year = r.Year;
                var date = new DateOnly(year, e.Month!.Value, Math.Min(e.Day!.Value, DateTime.DaysInMonth(year, e.Month.Value)));
                // A day-month long after the reference belongs to the year before, and one long before it in a future context
                // to the year after. Told with a verb in the past tense, a day-month after the reference is last year's: a week
                // allows for a report filed late or a publication date a few days off.
                if (!future && date > r.AddDays(past ? 7 : 45)) date = date.AddYears(-1);
                else if (future && date < r.AddDays(-45)) date = date.AddYears(1);
                var note = e.Weekday is { } wd && date.DayOfWeek != wd ? $" (the text says {wd}, but it is a {date.DayOfWeek})" : "";
                return Make(e, Day(date), $"day and month in the year of the reference date {refText}{note}");
            }
            case TemporalKind.Month:
            {
                var m = e.Month!.Value;
                var year = e.Anchor switch
                {
                    Anchor.Last => m < r.Month ? r.Year : r.Year - 1,
                    Anchor.Next => m > r.Month ? r.Year : r.Year + 1,
                    _ when future && m < r.Month => r.Year + 1,
                    _ when !future && m > r.Month => r.Year - 1,
                    _ => r.Year,
                };
                return Make(e, new EventDate(new DateOnly(year, m, 1), null, DatePrecision.Month, false),
                    $"the {(future ? "next" : "last")} {CultureInfo.InvariantCulture.DateTimeFormat.GetMonthName(m)} relative to {refText}");
            }
            case TemporalKind.Weekday or TemporalKind.NightBetween:
            {
                var wd = e.Weekday!.Value;
                DateOnly date;
                string how;
                switch (e.Anchor)
                {
                    case Anchor.Last:
                        date = Back(r.AddDays(-1), wd); how = $"the last {wd} before {refText}"; break;
                    case Anchor.Next:
                        date = Forward(r.AddDays(1), wd); how = $"the next {wd} after {refText}"; break;
                    case Anchor.This:
                        // "this Friday", or with a week offset "on Tuesday of last week".
                        date = WeekStart(r).AddDays(7 * e.Offset + ((int)wd + 6) % 7);
                        how = e.Offset switch { 0 => $"the {wd} of the week of {refText}", < 0 => $"the {wd} of the week before the week of {refText}", _ => $"the {wd} of the week after the week of {refText}" };
                        break;
                    default:
                        date = future ? Forward(r, wd) : Back(r, wd);
                        how = future ? $"the first {wd} on or after {refText} (future tense)" : $"the {wd} of the article's week ({wd} on or before {refText})";
                        break;
                }
                if (e.Kind == TemporalKind.NightBetween) how = "the morning after the night: " + how;
                return Make(e, Day(date), how);
            }
            case TemporalKind.RelativeDay:
                return Make(e, Day(r.AddDays(e.Offset)), e.Offset switch { 0 => $"the reference date {refText}", < 0 => $"{-e.Offset} day(s) before {refText}", _ => $"{e.Offset} day(s) after {refText}" });
            case TemporalKind.RelativeWeek:
                return Make(e, new EventDate(WeekStart(r).AddDays(7 * e.Offset), null, DatePrecision.Week, false), $"the week starting on Monday, {e.Offset switch { 0 => "this", < 0 => "last", _ => "next" }} week relative to {refText}");
            case TemporalKind.RelativeMonth:
            {
                var first = new DateOnly(r.Year, r.Month, 1).AddMonths(e.Offset);
                return Make(e, new EventDate(first, null, DatePrecision.Month, false), $"month {e.Offset:+0;-0;0} relative to {refText}");
            }
            case TemporalKind.RelativeYear:
                return Make(e, new EventDate(new DateOnly(r.Year + e.Offset, 1, 1), null, DatePrecision.Year, false), $"year {e.Offset:+0;-0;0} relative to {refText}");
        }
        return null;
    }

    [GeneratedRegex(@"\b(will|shall|’ll|'ll|is to|are to|scheduled|planned|plans to|plan to|set to|due to|expected to|going to|upcoming|next|ahead of|hopes?|looks? forward|будет|будут|буде|будуть|планирует|планує|планують|состоится|відбудеться|voraussichtlich|künftig|soll(?:en)?\s(?:\S+\s){0,8}?(?:werden|folgen)|wird\s(?:\S+\s){0,8}?(?:liefern|schicken|erhalten|bekommen|folgen))\b", RegexOptions.IgnoreCase)]
    private static partial Regex FutureMarker();

    /// <summary>Whether the words just before a date phrase (same sentence) put it in the future: "will meet on Thursday".</summary>
    public static bool IsFuture(string text, int sentenceStart, int exprStart)
    {
        // The clause can be long ("is expected to declare Ukraine's path to membership irreversible on Wednesday").
        var from = Math.Max(sentenceStart, exprStart - 100);
        var window = text.AsSpan(from, exprStart - from);
        // only the clause the phrase is in
        var cut = window.LastIndexOfAny(",;:");
        if (cut >= 0 && window.Length - cut > 3) window = window[(cut + 1)..];
        return FutureMarker().IsMatch(window);
    }

    /// <summary>Whether a sentence speaks of the future anywhere ("I hope the summit in Vilnius will bring ...").</summary>
    public static bool MentionsFuture(ReadOnlySpan<char> sentence) => FutureMarker().IsMatch(sentence);

    private static EventDate Day(DateOnly d) => new(d, null, DatePrecision.Day, false);

    private static DateOnly Back(DateOnly from, DayOfWeek wd) => from.AddDays(-(((int)from.DayOfWeek - (int)wd + 7) % 7));

    private static DateOnly Forward(DateOnly from, DayOfWeek wd) => from.AddDays(((int)wd - (int)from.DayOfWeek + 7) % 7);

    private static DateOnly WeekStart(DateOnly d) => d.AddDays(-(((int)d.DayOfWeek + 6) % 7));

    private static ResolvedDate Make(TemporalExpression e, EventDate d, string how) =>
        new(e, d, $"'{e.Text}' → {(d.Precision == DatePrecision.Week ? d.Start.ToString("yyyy-MM-dd", Inv) + " (week)" : d.ToIso())}: {how}");
}
