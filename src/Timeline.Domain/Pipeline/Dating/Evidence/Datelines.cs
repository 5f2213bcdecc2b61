using Timeline.Domain.Pipeline.Temporal;

namespace Timeline.Domain.Pipeline.Dating.Evidence;

/// <summary>
/// "KYIV, Nov 11 (Reuters) -": a dateline is the day of writing but has no year. The other evidence gives the range of
/// years; when it allows several, the lead's own "on Saturday" picks the one whose date is that weekday, as news reports
/// what happened that day.
/// </summary>
internal sealed class Datelines : IDatingEvidence
{
    public void Propose(DatingContext c)
    {
        foreach (var e in c.Doc.Temporal)
            if (e.Kind == TemporalKind.DayMonth && e.Weekday is null && c.From is { } from && DatePlacement.IsDateline(c.Text, e)
                && DatelineDay(c, e, from, c.To ?? c.Today) is { } day)
                c.Candidates.Add(day);
    }

    private static DatingCandidate? DatelineDay(DatingContext c, TemporalExpression e, DateOnly from, DateOnly to)
    {
        var doc = c.Doc;
        var fits = new List<DateOnly>();
        for (var y = from.Year; y <= to.Year; y++)
            if (e.Day <= DateTime.DaysInMonth(y, e.Month!.Value) && new DateOnly(y, e.Month.Value, e.Day!.Value) is var d && c.InRange(d))
                fits.Add(d);
        var what = $"the dateline '{e.Text.Trim()}'";
        if (fits.Count == 1) return new(fits[0], c.Weights.Dateline, $"{what} in the only year the other evidence allows");
        var lead = doc.SentenceAt(e.Start);
        var onWeekday = new List<DateOnly>();
        foreach (var w in doc.Temporal)
            if (w.Kind == TemporalKind.Weekday && w.Anchor == Anchor.Nearest && !doc.Quoted[w.Start] && doc.SentenceAt(w.Start) == lead)
                foreach (var d in fits)
                    if (d.DayOfWeek == w.Weekday && !onWeekday.Contains(d)) onWeekday.Add(d);
        return onWeekday.Count == 1
            ? new(onWeekday[0], c.Weights.Dateline, $"{what} is a {onWeekday[0].DayOfWeek} only in {onWeekday[0].Year}, and the lead says '{onWeekday[0].DayOfWeek}'")
            : null;
    }
}
