using Timeline.Domain.Knowledge;
using Timeline.Domain.Pipeline.Sentences;
using Timeline.Domain.Pipeline.Temporal;

namespace Timeline.Domain.Pipeline.Dating;

/// <summary>
/// Sentences that name a known meeting: one of its keywords, its place by any of the place's names ("на саммите НАТО в
/// Вашингтоне") and its organisation, outside quotes and not in the future tense. "Zelensky's trip to Washington came days
/// after the EU summit" names no NATO summit.
/// </summary>
internal static class KnownMeetingMentions
{
    public static List<(KnownMeeting Meeting, Sentence Sentence)> In(AnalysedDocument doc, KnowledgeBase knowledge)
    {
        var found = new List<(KnownMeeting, Sentence)>();
        if (knowledge.Meetings.Count == 0 || doc.Mentions.Count == 0) return found;
        var text = doc.Article.Text;
        foreach (var s in doc.Sentences)
        {
            var names = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
            foreach (var m in doc.Mentions)
                if (m.Start >= s.Start && m.End <= s.End && !doc.Quoted[m.Start])
                    foreach (var e in m.Entities) names.Add(e.Name);
            if (names.Count < 2) continue;
            var span = text.AsSpan(s.Start, s.Length);
            foreach (var meeting in knowledge.Meetings)
            {
                if (!names.Contains(meeting.Place) || meeting.Organisation is { } org && !names.Contains(org)) continue;
                var at = -1;
                foreach (var k in meeting.Keywords)
                    if (span.IndexOf(k, StringComparison.OrdinalIgnoreCase) is >= 0 and var i) { at = s.Start + i; break; }
                if (at < 0 || doc.Quoted[at] || TemporalResolver.MentionsFuture(span)) continue;
                found.Add((meeting, s));
            }
        }
        return found;
    }
}
