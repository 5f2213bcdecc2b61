using Timeline.Domain.Pipeline.Temporal;

namespace Timeline.Domain.Pipeline.Dating.Evidence;

/// <summary>
/// "... on Nov. 4 ... the Pentagon announced Thursday": when the only days found are what the text tells as past, the report
/// was written on or after the latest of them, and the weekday its lead gives the news is the first one after it. Runs after
/// the other evidence, and only when none of it is strong enough to anchor "on Thursday".
/// </summary>
internal sealed class WeekdayAfterTold : IDatingEvidence
{
    public void Propose(DatingContext c)
    {
        // The bound counts too: a photo caption's "9 January 2023" is a day the text tells as past.
        DateOnly? told = c.Past is { Told: true } p ? p.Date : null;
        foreach (var candidate in c.Candidates)
        {
            if (candidate.Confidence >= PublicationDateInferrer.AnchorConfidence) return;
            // A dateline whose year the lead's weekday chose is that weekday already: counting from it would confirm itself.
            if (!candidate.ReadsLeadWeekday && (told is null || candidate.Date > told)) told = candidate.Date;
        }
        if (told is not { } since) return;
        var doc = c.Doc;
        DateOnly? best = null;
        string? phrase = null;
        foreach (var e in doc.Temporal)
        {
            if (e.Start > c.Lead || doc.Quoted[e.Start] || e.Kind != TemporalKind.Weekday || e.Anchor != Anchor.Nearest || c.IsFurniture(e.Start)) continue;
            var si = doc.SentenceAt(e.Start);
            if (si < 0 || TemporalResolver.IsFuture(c.Text, doc.Sentences[si].Start, e.Start)) continue;
            var day = since.AddDays(((int)e.Weekday!.Value - (int)since.DayOfWeek + 7) % 7);
            // The lead's latest weekday is the day of writing or close to it.
            if (best is null || day > best) (best, phrase) = (day, e.Text.Trim());
        }
        if (best is not { } d || !c.InRange(d)) return;
        c.Propose(d, c.Weights.WeekdayAfterTold, $"the lead's '{phrase}' is the first {d.DayOfWeek} on or after {since:yyyy-MM-dd}, the latest day the text tells as past");
    }
}
