using Timeline.Domain.Knowledge;
using Timeline.Domain.Model;
using Timeline.Domain.Pipeline.Temporal;
using Timeline.Domain.Text;

namespace Timeline.Domain.Pipeline.Dating;

/// <summary>
/// What an article tells as past bounds when it was written from below: its own dates and months (photo captions' too),
/// the eras it names, and the systems it reports in combat (not before they reached Ukraine).
/// </summary>
internal sealed record PastBound(DateOnly Date, string Why, bool Coarse, bool Told, bool FilePhoto);

internal sealed class PastBounds(KnowledgeBase knowledge)
{
    /// <summary>
    /// The latest moment the text speaks of as past: explicit dates and months outside quotes and outside sentences about
    /// the future, and the start of an era it names by a distinctive keyword ("invasion", not "war").
    /// </summary>
    /// <remarks>
    /// Coarse: from a year alone, too coarse to place a day and month. Told: a day the text itself tells (not an era's
    /// start or a system's first use, which are background far before the news, nor a photo caption's day). FilePhoto: a
    /// caption's month or year ("during a drill, September 2019"), a file photo's, which bounds the article but may be years
    /// before it, so it places no "in early March"; a caption's full day is the wire photo of the story's days.
    /// </remarks>
    public PastBound? Latest(AnalysedDocument doc, IEnumerable<(KnownMeeting Meeting, Sentences.Sentence Sentence)> knownMeetings)
    {
        var text = doc.Article.Text;
        PastBound? best = null;
        void Consider(DateOnly d, string why, bool coarse, bool told, bool filePhoto = false)
        {
            if (best is null || d > best.Date) best = new(d, why, coarse, told, filePhoto);
        }
        foreach (var e in doc.Temporal)
        {
            if (doc.Quoted[e.Start] || e.Year is not { } y || y < 1990 || e.Kind is not (TemporalKind.FullDate or TemporalKind.MonthYear or TemporalKind.Year)) continue;
            var d = new DateOnly(y, e.Month ?? 1, e.Day ?? 1);
            // Only a later day can move the bound: the sentence's tense is read only then.
            if (best is { } b && d <= b.Date) continue;
            var si = doc.SentenceAt(e.Start);
            if (si < 0 || TemporalResolver.MentionsFuture(text.AsSpan(doc.Sentences[si].Start, doc.Sentences[si].Length))) continue;
            // "26.02.2022 - Updated: 27.02.2022": a page's update stamp comes after its publication.
            if (IsUpdateStamp(text, e.Start)) continue;
            // "Archivbild vom 12. September 2019": an archive photo's day may be years before anything the report tells.
            if (Events.PageFurniture.MarksLine(text, e.Start, knowledge.ArchiveMarkers)) continue;
            // A photo's day bounds the article, but a file photo may be years old: it is not a day the report tells, after
            // which its "on Tuesday" would fall.
            var caption = Events.PageFurniture.IsFurnitureAt(text, doc.Sentences, e.Start, knowledge);
            Consider(d, $"the text speaks of '{e.Text.Trim()}' as past", e.Kind == TemporalKind.Year, e.Kind == TemporalKind.FullDate && !caption, caption && e.Kind != TemporalKind.FullDate);
        }
        foreach (var (system, since) in InterceptionsReported(doc))
            Consider(since, $"reports {system} in combat, which it is only since {since:yyyy-MM}", false, false);
        // A report naming a known meeting ("the NATO summit in Washington") is written while it runs or after, or in the
        // months before it as a preview: no earlier than a year before it.
        foreach (var (meeting, _) in knownMeetings)
            Consider(meeting.Start.AddDays(-MeetingLead), $"names the {meeting.Name} ({meeting.Start:yyyy-MM-dd})", false, false);
        foreach (var era in knowledge.Eras)
            foreach (var k in era.Keywords)
                if (k.Length >= DistinctiveEraKeyword && text.Contains(k, StringComparison.OrdinalIgnoreCase))
                {
                    Consider(era.Start, $"names the {era.Name} ({era.Start:yyyy-MM-dd})", false, false);
                    break;
                }
        return best;
    }

    /// <summary>
    /// Systems a sentence reports shooting down or shot down ("intercepted by the Patriot", "a Kinzhal was downed"), outside
    /// quotes and not about the future: the report is later than the system's first use in the war.
    /// </summary>
    private List<(string System, DateOnly Since)> InterceptionsReported(AnalysedDocument doc)
    {
        var found = new List<(string, DateOnly)>();
        var text = doc.Article.Text;
        var read = -1;
        var intercepts = false;
        foreach (var m in doc.Mentions)
        {
            if (doc.Quoted[m.Start]) continue;
            foreach (var entity in m.Entities)
            {
                if (entity.InUkraineSince is not { } since || found.Exists(f => f.Item1 == entity.Name)) continue;
                var si = doc.SentenceAt(m.Start);
                if (si < 0) continue;
                // Each sentence is read once, however many systems it names.
                if (si != read)
                {
                    read = si;
                    var s = doc.Sentences[si];
                    var tokens = Tokens.Of(text, s.Start, s.End);
                    var triggers = knowledge.TriggerMatcher.Find(text, tokens);
                    // Shooting down, or being struck ("the Patriot in Kyiv was damaged by a strike"), but not the strikes a
                    // pledge or a request answers ("asked for Patriot against the attacks").
                    intercepts = !TemporalResolver.MentionsFuture(text.AsSpan(s.Start, s.Length))
                        && (knowledge.AirDefenceTerms.Find(text, tokens)
                                .Exists(t => knowledge.TriggerMatcher.Find(text, Tokens.Of(text, t.Start, t.End)).Exists(h => h.Type == EventType.Attack))
                            || triggers.Exists(h => h.Type == EventType.Attack && !Capability(text, tokens, h))
                                && !triggers.Exists(h => h.Type is EventType.Pledge or EventType.Decision or EventType.Request or EventType.Delivery));
                }
                if (intercepts) found.Add((entity.Name, since));
            }
        }
        return found;
    }

    /// <summary>"is capable to hit aircraft", "could strike": what a system can do, not what it did.</summary>
    private static bool Capability(string text, List<Token> tokens, TriggerHit h) =>
        h.TokenIndex > 0 && tokens[h.TokenIndex - 1].In(text) is var before
        && (Languages.Lexicon.Default.InfinitiveMarkers.Contains(before) || Languages.Lexicon.Default.Modals.Contains(before));

    /// <summary>How many days before a known meeting a report may already name it.</summary>
    private const int MeetingLead = 365;

    private static readonly string[] UpdateWords = ["updated", "update", "modified", "aktualisiert", "обновлено", "оновлено"];

    public static bool IsUpdateStamp(string text, int at)
    {
        var before = text.AsSpan(Math.Max(0, at - 16), Math.Min(16, at));
        foreach (var w in UpdateWords)
            if (before.Contains(w, StringComparison.OrdinalIgnoreCase)) return true;
        return false;
    }

    /// <summary>Era keywords shorter than this ("war") name too many other things to bound a date ("the Cold War").</summary>
    private const int DistinctiveEraKeyword = 8;
}
