using Timeline.Domain.Model;
using Timeline.Domain.Pipeline.Temporal;
using Timeline.Domain.Text;

namespace Timeline.Domain.Pipeline.Dating.Evidence;

/// <summary>
/// "KYIV, Nov 11 (Reuters) -": a dateline is the day of writing but has no year. The other evidence gives the range of
/// years; when it allows several, the lead's own "on Saturday" picks the one whose date is that weekday, as news reports
/// what happened that day, but a report filed overnight names the day before, so another year where it does weakens it.
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
        // "БУХАРЕСТ, 3 октября. Комплекс ... прибыл": a dateline ended by a full stop is a sentence of its own before the lead.
        if (lead >= 0 && c.Text.AsSpan(e.End, doc.Sentences[lead].End - e.End).Trim().Trim('.').IsEmpty) lead++;
        // The lead's weekday is the dateline's day, or the day before when the report was filed overnight ("KYIV, Nov 8 -
        // ... said on Monday" was written on Tuesday, 8 November 2022). The year where it is the day is the likelier; when
        // another year fits the overnight reading, the year is still a fair guess for "May 4" but must not date the news.
        var sameDay = new List<DateOnly>();
        var overnight = new List<DateOnly>();
        // The lead is the dateline's sentence, and the next when it says who told it and when ("Это в четверг подтвердил ...").
        var told = lead + 1 < doc.Sentences.Count && doc.Sentences[lead + 1] is var next
            && c.Knowledge.TriggerMatcher.Find(c.Text, Tokens.Of(c.Text, next.Start, next.End)).Exists(h => h.Type == EventType.Statement);
        foreach (var w in doc.Temporal)
            if (w.Kind == TemporalKind.Weekday && w.Anchor == Anchor.Nearest && !doc.Quoted[w.Start]
                && (doc.SentenceAt(w.Start) == lead || told && doc.SentenceAt(w.Start) == lead + 1))
                foreach (var d in fits)
                {
                    if (d.DayOfWeek == w.Weekday && !sameDay.Contains(d)) sameDay.Add(d);
                    if (d.AddDays(-1).DayOfWeek == w.Weekday && !overnight.Contains(d)) overnight.Add(d);
                }
        if (sameDay.Count != 1) return null;
        var day = sameDay[0];
        var alone = overnight.TrueForAll(d => d == day);
        return new(day, alone ? c.Weights.Dateline : c.Weights.DatelineOvernightToo,
            $"{what} is a {day.DayOfWeek} only in {day.Year}, and the lead says '{day.DayOfWeek}'"
            + (alone ? "" : $" (in {string.Join(", ", overnight.Select(d => d.Year))} it is the day after)"), ReadsLeadWeekday: true);
    }
}
