using System.Globalization;
using Timeline.Domain.Pipeline.Temporal;

namespace Timeline.Domain.Pipeline.Dating.Evidence;

/// <summary>
/// Dates near the top: a full date on a header, byline or dateline line is the day of writing; one inside a sentence
/// ("Recall that Washington promised ... on 21 December 2022") is more often an earlier event. A weekday with a day and
/// month ("Wednesday, Oct. 12") fits only some years. A caption's or a teaser's date is not the day; an update stamp is
/// read by <see cref="UpdateStamps"/>.
/// </summary>
/// <param name="headersOnly">Only dates on a line of their own (a header, "Published April 26, 2024"): a month given in the front
/// matter takes its day from these, not from the lead's "Tuesday, May 16", which is its event's.</param>
internal sealed class DatesNearTop(bool headersOnly = false) : IDatingEvidence
{
    public void Propose(DatingContext c)
    {
        var doc = c.Doc;
        foreach (var e in doc.Temporal)
        {
            if (doc.Quoted[e.Start] || e.Start > c.Lead || c.IsFurniture(e.Start)) continue;
            if (e.Kind == TemporalKind.FullDate && e.Year >= 1990)
            {
                var d = new DateOnly(e.Year!.Value, e.Month!.Value, e.Day!.Value);
                if (PastBounds.IsUpdateStamp(c.Text, e.Start) || !c.InRange(d)) continue;
                if (DatePlacement.InProse(c.Text, e)) { if (!headersOnly) c.Propose(d, c.Weights.DateInProse, $"the date '{e.Text}' in a sentence near the top"); }
                else c.Propose(d, c.Weights.DateNearTop, $"the date '{e.Text}' near the top");
            }
            else if (!headersOnly && e.Kind == TemporalKind.DayMonth && e.Weekday is { } wd)
            {
                var years = new List<int>();
                var last = (c.To ?? c.Today).Year + 1;
                for (var y = c.From?.Year ?? 1990; y <= last; y++)
                {
                    if (e.Day > DateTime.DaysInMonth(y, e.Month!.Value)) continue;
                    var d = new DateOnly(y, e.Month.Value, e.Day!.Value);
                    if (d.DayOfWeek == wd && c.InRange(d)) years.Add(y);
                }
                if (years.Count == 0) continue;
                // It fixes the year all the same; but after a lead that gives its news another weekday ("launched missiles on
                // Monday, ... two days after Ukrainians marked Independence Day on Saturday, Aug. 24") the day is an earlier event's.
                var earlierNews = doc.Temporal.Any(o => o.Kind == TemporalKind.Weekday && o.Start < e.Start && o.Anchor == Anchor.Nearest
                    && o.Weekday != wd && !doc.Quoted[o.Start] && !c.IsFurniture(o.Start));
                c.Propose(new DateOnly(years[^1], e.Month!.Value, e.Day!.Value),
                    years.Count > 1 ? c.Weights.WeekdayDayMonthSeveralYears : earlierNews ? c.Weights.DateInProse : c.Weights.WeekdayDayMonthOneYear,
                    $"'{e.Text.Trim()}': {wd} {e.Day} {CultureInfo.InvariantCulture.DateTimeFormat.GetMonthName(e.Month.Value)} fits {string.Join(", ", years)}");
            }
        }
    }
}

/// <summary>
/// Further down, a weekday with a day and month, or a day and month after what the text tells as past: the report is
/// written on or after it, and its first fitting year is the likeliest (news reports what is recent).
/// </summary>
internal sealed class DaysFurtherDown : IDatingEvidence
{
    public void Propose(DatingContext c)
    {
        foreach (var e in c.Doc.Temporal)
        {
            if (c.Doc.Quoted[e.Start] || e.Kind != TemporalKind.DayMonth || (e.Start <= c.Lead && e.Weekday is not null) || Events.PageFurniture.MarksLine(c.Text, e.Start, c.Knowledge)) continue;
            // A dateline is the day of writing, weighed by Datelines; the first year after the past is no year for it.
            if (DatePlacement.IsDateline(c.Text, e)) continue;
            // Only the text's own past bounds a day and month from below: terms of office span too many years, and a year
            // alone ("in 2018") is too coarse to place a day and month, and a photo's day may be years older than the report.
            var bound = c.Past is { Coarse: false, FilePhoto: false } p ? p.Date : (DateOnly?)null;
            if (bound is null && e.Weekday is null) continue;
            // The first year after what the text tells as past, and within what the offices, eras and anniversaries allow.
            var after = e.Weekday is not null ? c.From : c.From is { } f && f > bound ? f : bound;
            // The day an era began ("the invasion on Feb. 24") says nothing of when a report on it was written.
            if (FirstFitting(e, after, c.To, c.Today) is not { } first || !c.InRange(first) || c.Knowledge.Eras.Any(era => era.Start == first)) continue;
            c.Propose(first, e.Weekday is null ? c.Weights.FirstFittingYear : c.Weights.LatestFittingWeekday, e.Weekday is null
                ? $"'{e.Text.Trim()}' in the first year after {bound:yyyy-MM-dd} (what the text tells as past)"
                : $"'{e.Text.Trim()}': the latest year in which {e.Day} {CultureInfo.InvariantCulture.DateTimeFormat.GetMonthName(e.Month!.Value)} is a {e.Weekday}");
        }
    }

    /// <summary>
    /// Where a day and month without a year falls: with a weekday, the latest year it is that weekday (within the range);
    /// without one, the first time on or after the lower bound, when there is one.
    /// </summary>
    private static DateOnly? FirstFitting(TemporalExpression e, DateOnly? from, DateOnly? to, DateOnly today)
    {
        var last = (to ?? today).Year;
        DateOnly? found = null;
        for (var y = from?.Year ?? 1990; y <= last; y++)
        {
            if (e.Day > DateTime.DaysInMonth(y, e.Month!.Value)) continue;
            var d = new DateOnly(y, e.Month.Value, e.Day!.Value);
            if ((from is { } f && d < f) || (to is { } t && d > t)) continue;
            if (e.Weekday is { } wd) { if (d.DayOfWeek == wd) found = d; continue; }
            if (from is null) return null;
            return d;
        }
        return found;
    }
}

/// <summary>A full date far down the article: weaker evidence than one at the top, but evidence all the same.</summary>
internal sealed class DatesFarDown : IDatingEvidence
{
    public void Propose(DatingContext c)
    {
        foreach (var e in c.Doc.Temporal)
            if (e.Start > c.Lead && !c.Doc.Quoted[e.Start] && e.Kind == TemporalKind.FullDate && e.Year >= 1990 && !c.IsFurniture(e.Start)
                && !PastBounds.IsUpdateStamp(c.Text, e.Start)
                && new DateOnly(e.Year!.Value, e.Month!.Value, e.Day!.Value) is var late && c.InRange(late)
                && (e.Weekday is null || e.Weekday == late.DayOfWeek))
                c.Propose(late, c.Weights.DateFurtherDown, $"the date '{e.Text}' in the text");
    }
}

/// <summary>
/// A page's update stamp ("Updated Jan. 11, 2023"), at the top or the foot, is when it was last changed: the publication is
/// that day or before. It counts only where the page shows no other full date near the top (its own publication stamp).
/// </summary>
internal sealed class UpdateStamps : IDatingEvidence
{
    public void Propose(DatingContext c)
    {
        var doc = c.Doc;
        foreach (var e in doc.Temporal)
            if (e.Kind == TemporalKind.FullDate && e.Year >= 1990 && !doc.Quoted[e.Start] && PastBounds.IsUpdateStamp(c.Text, e.Start)
                && new DateOnly(e.Year!.Value, e.Month!.Value, e.Day!.Value) is var stamp && c.InRange(stamp)
                && !doc.Temporal.Any(o => o.Kind == TemporalKind.FullDate && o.Start <= c.Lead && !doc.Quoted[o.Start] && !PastBounds.IsUpdateStamp(c.Text, o.Start) && !c.IsFurniture(o.Start)))
            {
                c.Propose(stamp, c.Weights.UpdateStamp, $"the update stamp '{e.Text}'");
                return;
            }
    }
}
