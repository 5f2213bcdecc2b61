using Timeline.Domain.Knowledge;
using Timeline.Domain.Pipeline.Temporal;

namespace Timeline.Domain.Pipeline.Dating.Evidence;

/// <summary>
/// A known meeting a sentence reports as happening ("leaders gathered in Washington for the summit"): the keyword and the
/// place in one sentence outside quotes, not in the future tense. The report is written while it runs.
/// </summary>
internal sealed class MeetingsUnderWay : IDatingEvidence
{
    public void Propose(DatingContext c)
    {
        foreach (var meeting in Found(c))
            if (c.InRange(meeting.Start) || c.InRange(meeting.End))
                c.Propose(c.InRange(meeting.Start) ? meeting.Start : meeting.End, c.Weights.MeetingUnderWay,
                    $"reports the {meeting.Name} ({meeting.Start:yyyy-MM-dd}..{meeting.End:yyyy-MM-dd}) as under way");
    }

    /// <summary>
    /// "At the NATO summit in The Hague last week, ...": a meeting the sentence dates before the report is over by then.
    /// </summary>
    private static bool TellsAsPast(AnalysedDocument doc, Sentences.Sentence s) =>
        doc.Temporal.Any(e => e.Start >= s.Start && e.End <= s.End
            && (e.Kind is TemporalKind.RelativeDay or TemporalKind.RelativeWeek or TemporalKind.RelativeMonth && e.Offset < 0
                || e.Kind is TemporalKind.Weekday or TemporalKind.Month && e.Anchor == Anchor.Last));

    private static List<KnownMeeting> Found(DatingContext c)
    {
        var found = new List<KnownMeeting>();
        var (doc, text) = (c.Doc, c.Text);
        // Most texts name none of the places: one search of the whole text spares a case-insensitive search per sentence.
        var named = c.Knowledge.Meetings.Where(m => text.Contains(m.Place, StringComparison.Ordinal)).ToList();
        if (named.Count == 0) return found;
        foreach (var s in doc.Sentences)
        {
            var span = text.AsSpan(s.Start, s.Length);
            foreach (var meeting in named)
            {
                if (span.IndexOf(meeting.Place, StringComparison.Ordinal) < 0) continue;
                var at = -1;
                foreach (var k in meeting.Keywords)
                    if (span.IndexOf(k, StringComparison.OrdinalIgnoreCase) is >= 0 and var i) { at = s.Start + i; break; }
                if (at < 0 || doc.Quoted[at] || TemporalResolver.MentionsFuture(span) || TellsAsPast(doc, s)) continue;
                found.Add(meeting);
            }
        }
        return found;
    }
}
