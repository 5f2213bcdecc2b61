using Timeline.Domain.Knowledge;
using Timeline.Domain.Pipeline.Sentences;
using Timeline.Domain.Pipeline.Temporal;

namespace Timeline.Domain.Pipeline.Dating;

/// <summary>
/// Sentences that name a known meeting: one of its keywords and its place, by any of the place's names ("на саммите НАТО
/// в Вашингтоне"), outside quotes and not in the future tense.
/// </summary>
internal static class KnownMeetingMentions
{
    public static List<(KnownMeeting Meeting, Sentence Sentence)> In(AnalysedDocument doc, KnowledgeBase knowledge)
    {
        var found = new List<(KnownMeeting, Sentence)>();
        var text = doc.Article.Text;
        // Most texts name none of the places: one search of the whole text spares a case-insensitive search per sentence.
        var named = new List<(KnownMeeting Meeting, string[] Names)>();
        foreach (var m in knowledge.Meetings)
        {
            IEnumerable<string> names = knowledge.Find(m.Place) is { Kind: EntityKind.Place } place ? place.Aliases : [m.Place];
            var present = names.Where(n => text.Contains(n, StringComparison.Ordinal)).ToArray();
            if (present.Length > 0) named.Add((m, present));
        }
        if (named.Count == 0) return found;
        foreach (var s in doc.Sentences)
        {
            var span = text.AsSpan(s.Start, s.Length);
            foreach (var (meeting, names) in named)
            {
                var placed = false;
                foreach (var n in names) placed |= span.Contains(n, StringComparison.Ordinal);
                if (!placed) continue;
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
