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
    /// "At the NATO summit in The Hague last week, ...": a meeting the sentence dates before the report is over by then. So
    /// is one it gives the month of ("promised at the NATO summit in Washington in July"): a report from the summit says
    /// "today", not the month.
    /// </summary>
    private static bool TellsAsPast(AnalysedDocument doc, Sentences.Sentence s, KnownMeeting meeting) =>
        doc.Temporal.Any(e => e.Start >= s.Start && e.End <= s.End
            && (e.Kind is TemporalKind.RelativeDay or TemporalKind.RelativeWeek or TemporalKind.RelativeMonth && e.Offset < 0
                || e.Kind is TemporalKind.Weekday or TemporalKind.Month && e.Anchor == Anchor.Last
                || e.Kind is TemporalKind.Month && e.Month == meeting.Start.Month));

    private static IEnumerable<KnownMeeting> Found(DatingContext c) =>
        c.KnownMeetings.Where(m => !TellsAsPast(c.Doc, m.Sentence, m.Meeting)).Select(m => m.Meeting);
}
