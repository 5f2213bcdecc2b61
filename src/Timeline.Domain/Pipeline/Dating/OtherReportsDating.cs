using System.Globalization;
using Timeline.Domain.Knowledge;
using Timeline.Domain.Model;
using Timeline.Domain.Pipeline.Entities;
using Timeline.Domain.Pipeline.Events;
using Timeline.Domain.Pipeline.Temporal;
using Timeline.Domain.Text;

namespace Timeline.Domain.Pipeline.Dating;

public interface IOtherReportsDating
{
    /// <summary>
    /// The publication date of an article its own text could not date, from the events other reports have dated; null
    /// when none of its weekdays is the day of one of those events.
    /// </summary>
    PublicationDate? Infer(AnalysedDocument doc, Func<DateOnly, DateOnly, IReadOnlyList<TimelineEvent>> stored);

    /// <summary>The days whose stored events <see cref="Infer"/> looks at for this article.</summary>
    (DateOnly From, DateOnly To) Range(AnalysedDocument doc);
}

/// <summary>
/// "On Wednesday, Lithuania's president announced that his country bought two NASAMS launchers": a report without a date
/// whose sentence names the systems and the people or countries of an event another report dates to a Wednesday was
/// written in the week after that Wednesday. The earliest day every such match allows is the publication date; then the
/// article's other relative dates ("yesterday", "last November") resolve against it.
/// </summary>
/// <remarks>
/// A system and a weekday alone match too many events among thousands; a match needs the system and two more of: a
/// second system, a person or country other than Ukraine and Russia, the same kind of event, words of the other report's
/// sentences; words alone never make a match (a system and one more name are enough when no other stored
/// event fits at all; the kind alone with the system is never enough); two reports that each name who acted, with no one in
/// common, never match. Matches that disagree on the week date nothing.
/// </remarks>
public sealed class OtherReportsDating(KnowledgeBase knowledge, IEntityRecogniser entities, TimeProvider? clock = null, DatingWeights? weights = null) : IOtherReportsDating
{
    /// <summary>How far back from today an article with no lower bound of its own is looked for among stored events.</summary>
    private const int YearsBackWithoutBound = 6;
    /// <summary>A system and a name: enough only when nothing else in the store fits the weekday.</summary>
    private const int NeededScore = 2;
    private const int StrongScore = 3;

    private DateOnly Today => DateOnly.FromDateTime((clock ?? TimeProvider.System).GetLocalNow().Date);

    private sealed record Mention(int Sentence, TemporalExpression Phrase, SentenceReading Reading)
    {
        /// <summary>The sentence's longer content words, read once for all the events it is compared with.</summary>
        public HashSet<string>? Words { get; set; }
    }


    private sealed record Match(Mention Mention, TimelineEvent Event, int Score);

    public PublicationDate? Infer(AnalysedDocument doc, Func<DateOnly, DateOnly, IReadOnlyList<TimelineEvent>> stored)
    {
        var reading = ArticleReading.For(doc, knowledge, entities);
        var mentions = Mentions(reading, doc);
        if (mentions.Count == 0) return null;

        var (from, to) = Range(doc);
        if (from > to) return null;
        var matches = new List<Match>();
        var weekdays = 0;
        foreach (var m in mentions) weekdays |= 1 << (int)m.Phrase.Weekday!.Value;
        foreach (var e in stored(from, to))
        {
            if (e.Date.Precision != DatePrecision.Day || e.Systems.Count == 0 || (weekdays & (1 << (int)e.Date.Start.DayOfWeek)) == 0) continue;
            foreach (var m in mentions)
                if (m.Phrase.Weekday == e.Date.Start.DayOfWeek && Score(reading, m, e) is var score && score >= NeededScore)
                    matches.Add(new Match(m, e, score));
        }
        if (matches.Count == 0) return null;
        // The best matches on days more than six apart: no week holds them all, and the weekday says nothing (the check
        // below would find the same; this spares it in a store where a system is reported on many such days).
        var max = matches.Max(m => m.Score);
        var first = DateOnly.MaxValue;
        var last = DateOnly.MinValue;
        foreach (var m in matches)
            if (m.Score == max)
            {
                if (m.Event.Date.Start < first) first = m.Event.Date.Start;
                if (m.Event.Date.Start > last) last = m.Event.Date.Start;
            }
        if (last.DayNumber - first.DayNumber > 6) return null;

        // Each match puts the publication in the six days after its event. The day the matches support best wins, the
        // earliest among equals (news is told soon); a sentence's other weekdays must not fall before its event ("shot down
        // on Thursday night, the air force said on Saturday" is read on Saturday or later).
        DateOnly? best = null;
        var bestSupport = 0;
        List<Match>? bestMatches = null;
        foreach (var day in matches.SelectMany(m => Enumerable.Range(0, 7).Select(k => m.Event.Date.Start.AddDays(k))).Distinct().Order())
        {
            var supporting = matches.Where(m => day >= m.Event.Date.Start && day <= m.Event.Date.Start.AddDays(6) && Consistent(reading, m, day)).ToList();
            var support = supporting.GroupBy(m => m.Mention.Sentence).Sum(g => g.Max(m => m.Score));
            if (support > bestSupport) (best, bestSupport, bestMatches) = (day, support, supporting);
        }
        // The week after an event may reach past the last day the offices allow.
        if (best is not { } date || bestMatches is null || date > to) return null;
        // Another week that fits as well, or a weak match (a system and one name) with any other candidate: the weekday says nothing.
        var top = bestMatches.Max(m => m.Score);
        var elsewhere = matches.Where(m => m.Event.Date.Start > date || m.Event.Date.Start < date.AddDays(-6)).Select(m => m.Score).DefaultIfEmpty(0).Max();
        if (elsewhere >= top || (top < StrongScore && elsewhere > 0)) return null;

        var shown = bestMatches.OrderByDescending(m => m.Score).First();
        var evidence = $"its '{shown.Mention.Phrase.Text.Trim()}' is {shown.Event.Date.Start.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)}, " +
            $"the day another report gives the same event ('{shown.Event.Title}')";
        return new PublicationDate(date, DatePrecision.Day, PublicationDateSource.Inferred, (weights ?? DatingWeights.Default).OtherReportsEvent, evidence)
        {
            NotBefore = doc.Article.Published.NotBefore,
            Possible = doc.Article.Published.Possible,
        };
    }

    /// <summary>From what the text tells as past (else some years back) to today, within what its offices allow.</summary>
    public (DateOnly From, DateOnly To) Range(AnalysedDocument doc)
    {
        var published = doc.Article.Published;
        var (from, to) = (published.NotBefore ?? Today.AddYears(-YearsBackWithoutBound), Today);
        if (published.Possible is { } possible)
            (from, to) = (possible.From > from ? possible.From : from, possible.To < to ? possible.To : to);
        return (from, to);
    }

    /// <summary>Report sentences that name an air-defence system and tell what happened on a weekday (past tense).</summary>
    private static List<Mention> Mentions(ArticleReading reading, AnalysedDocument doc)
    {
        var found = new List<Mention>();
        for (var si = 0; si < doc.Sentences.Count; si++)
        {
            if (reading.Furniture[si] || !reading.HasDatePhrase(si)) continue;
            SentenceReading? s = null;
            foreach (var e in reading.DatePhrases(si))
            {
                if (e.Kind is not (TemporalKind.Weekday or TemporalKind.NightBetween) || e.Anchor != Anchor.Nearest || reading.IsQuoted(e.Start)) continue;
                s ??= reading.At(si);
                if (s.Systems.Count == 0 || TemporalResolver.IsFuture(reading.Text, s.Sentence.Start, e.Start)) break;
                found.Add(new Mention(si, e, s));
            }
        }
        return found;
    }

    private static int Score(ArticleReading reading, Mention m, TimelineEvent e)
    {
        var s = m.Reading;
        // Loops: this runs for every stored event on the weekday of every undated sentence.
        var systems = 0;
        foreach (var x in s.Systems)
            foreach (var y in e.Systems)
                if (string.Equals(x, y, StringComparison.Ordinal)) { systems++; break; }
        if (systems == 0) return 0;
        var actors = 0;
        var named = false;
        foreach (var x in s.Set.Actors)
            if (x is not ("Ukraine" or "Russia"))
            {
                named = true;
                foreach (var y in e.Actors)
                    if (string.Equals(x, y, StringComparison.Ordinal)) { actors++; break; }
            }
        // Both name who acted, and no one in common: Latvia's purchase is not Estonia's, however alike the words.
        if (actors == 0 && named && e.Actors.Any(y => y is not ("Ukraine" or "Russia"))) return 0;
        var type = s.Trigger is not null && s.Type == e.Type ? 1 : 0;
        var score = systems + actors + type;
        if (score >= StrongScore || score < NeededScore) return score;
        // Words are the costly part and only strengthen a match the names already make (at most two more).
        score += SharedWords(reading, m, e);
        // A weak match needs a name: a system and the kind alone ("a Patriot decision on a Wednesday") fit a report of
        // other buyers in another year.
        return score < StrongScore && actors == 0 && systems < 2 ? 0 : score;
    }

    /// <summary>Reports of one event in one language share its words ("hypersonic", "Kinzhal", "first time"): 1 for three, 2 for six.</summary>
    private static int SharedWords(ArticleReading reading, Mention m, TimelineEvent e)
    {
        m.Words ??= [.. ContentWords.Of(reading.Text, m.Reading.Sentence.Start, m.Reading.Sentence.End).Where(w => w.Length >= 5)];
        // The merger's words of the event, most of them read already when it was merged.
        var other = EventMerger.Words(e);
        var shared = 0;
        foreach (var w in m.Words) if (other.Contains(w)) shared++;
        return shared >= 6 ? 2 : shared >= 3 ? 1 : 0;
    }

    private static bool Consistent(ArticleReading reading, Match m, DateOnly publication)
    {
        foreach (var e in reading.DatePhrases(m.Mention.Sentence))
        {
            if (e.Kind != TemporalKind.Weekday || e.Anchor != Anchor.Nearest || e == m.Mention.Phrase) continue;
            var back = ((int)publication.DayOfWeek - (int)e.Weekday!.Value + 7) % 7;
            if (publication.AddDays(-back) < m.Event.Date.Start) return false;
        }
        return true;
    }
}
