using Timeline.Domain.Knowledge;
using Timeline.Domain.Model;
using Timeline.Domain.Pipeline.Dating;
using Timeline.Domain.Pipeline.Temporal;
using Timeline.Domain.Text;

namespace Timeline.Domain.Pipeline.Events;

/// <summary>The kind and the day of the event a sentence tells: which verb a date phrase belongs to, and what dates nothing.</summary>
public sealed partial class EventExtractor
{
    private static bool IsApposition(string text, int end, int nextStart)
    {
        if (nextStart - end > 6) return false;
        var between = text.AsSpan(end, nextStart - end).Trim();
        return between is "," or ", on" or "—" or "-" or "(" || between.StartsWith(", on", StringComparison.Ordinal);
    }

    /// <summary>The type of the event a date phrase dates: the kind of the trigger nearest to it, when the sentence has several.</summary>
    private static EventType TypeNear(ArticleReading reading, SentenceReading s, TemporalExpression? e)
    {
        if (e is not null && AttackClauses.Dates(reading, s, e)) return EventType.Attack;
        if (e is null || s.Triggers.Count < 2 || s.Type == EventType.Statement) return s.Type;
        var nearest = s.Triggers.MinBy(t => Math.Abs(t.Start - e.Start))!;
        // Not a verb across a clause boundary when one stands before the date in its own clause ("IRIS-T, promised by
        // Scholz on 1 June, reached Ukraine"); "met on Tuesday and agreed to send" stays one clause.
        if (nearest.Start >= e.End && reading.Text.AsSpan(e.End, nearest.Start - e.End).IndexOfAny(Clauses.Boundaries) >= 0
            && s.Triggers.LastOrDefault(t => t.End <= e.Start && reading.Text.AsSpan(t.End, e.Start - t.End).IndexOfAny(Clauses.Boundaries) < 0) is { } before)
            nearest = before;
        // "Bulgaria agreed on 2 May to send Hawk launchers": the infinitive after the date is what was agreed or asked for, and
        // the date is the agreeing's.
        if (nearest.Start >= e.End && IsInfinitive(reading.Text, s.Sentence.Start, nearest)
            && s.Triggers.LastOrDefault(t => t.End <= e.Start && t.Type is EventType.Decision or EventType.Request
                && reading.Text.AsSpan(t.End, e.Start - t.End).IndexOfAny(Clauses.Boundaries) < 0) is { } governing)
            nearest = governing;
        // "During Zelensky's visit to Washington on 21 December, the United States said it would send ...": the occasion's
        // date is the main clause's act's.
        if (nearest.Type == EventType.Meeting && s.Trigger is { } main && main.Start > e.End && reading.InOccasionPhrase(s, nearest)) return s.Type;
        // "X will deliver IRIS-T, the minister said on Monday": what was said is the event, dated by the saying. But "On
        // Wednesday, Stoltenberg said the missile that exploded had been fired by ...": the saying comes first, its clause
        // is the main one, and what it says of an attack is a statement of that day, not an attack on it.
        if (nearest.Type == EventType.Statement)
        {
            if (s.Type == EventType.Attack && s.Triggers.Where(t => t.Type == EventType.Attack).All(t => t.Start > nearest.End)) return EventType.Statement;
            // "Robles told reporters today that two more Hawk launchers will go to Ukraine, on top of the four that were
            // delivered last week": the day of the saying is the day of what was said, the verb after it in its clause.
            var said = s.Triggers.FirstOrDefault(t => t.Start > nearest.End && t.Type is not (EventType.Statement or EventType.Attack));
            return said is not null && reading.Text.AsSpan(nearest.End, said.Start - nearest.End).IndexOfAny(Clauses.Boundaries) < 0 ? said.Type : s.Type;
        }
        return nearest.Type == EventType.Attack && s.Type != EventType.Attack && !reading.IsInterception(nearest) ? s.Type : nearest.Type;
    }

    /// <summary>"to send", "zu liefern": a trigger that is, or follows, an infinitive marker.</summary>
    private static bool IsInfinitive(string text, int sentenceStart, TriggerHit t)
    {
        var first = t.Phrase.AsSpan();
        var space = first.IndexOf(' ');
        if (space > 0 && Languages.Lexicon.Default.InfinitiveMarkers.Contains(first[..space])) return true;
        return Languages.Lexicon.Default.InfinitiveMarkers.Contains(WordBefore(text, sentenceStart, t.Start).Word);
    }

    private static DateOnly LastDay(DateOnly d, DatePrecision precision) => precision switch
    {
        DatePrecision.Month => new DateOnly(d.Year, d.Month, DateTime.DaysInMonth(d.Year, d.Month)),
        DatePrecision.Year => new DateOnly(d.Year, 12, 31),
        _ => d,
    };

    /// <summary>
    /// The attacks another clause of the sentence tells are not the speaker's or the sentence's other actors' acts ("NATO chief
    /// Jens Stoltenberg said ... after the bridge explosion last Saturday"): only the countries named stay.
    /// </summary>
    private List<string> Countries(IReadOnlyList<string> actors) => [.. actors.Where(a => knowledge.Find(a)?.Kind == EntityKind.Country)];

    /// <summary>
    /// "since Moscow launched its invasion on Feb. 24": a day and month without a year that is an era's first day, in a
    /// sentence naming the era, is that day; without a publication date it would otherwise be read in a later year.
    /// </summary>
    private bool IsEraStart(ArticleReading reading, SentenceReading s, TemporalExpression e)
    {
        if (e.Kind != TemporalKind.DayMonth) return false;
        foreach (var era in knowledge.Eras)
            if (era.Start.Month == e.Month && era.Start.Day == e.Day
                && era.Keywords.Any(k => reading.Text.AsSpan(s.Sentence.Start, s.Sentence.Length).Contains(k, StringComparison.OrdinalIgnoreCase)))
                return true;
        return false;
    }

    /// <summary>
    /// "since February", "until 2027", "ab 2027", "from the middle of October": the phrase bounds a period rather than dating
    /// an event (an article may stand between the word and the phrase).
    /// </summary>
    private bool IsBound(string text, int sentenceStart, TemporalExpression e)
    {
        // The phrase may hold its preposition itself ("since October").
        var own = e.Text.TrimStart();
        var first = own[..Math.Max(0, own.IndexOf(' '))];
        if (first.Length > 0 && knowledge.DateBoundWords.Contains(first)) return !NotUntil(text, sentenceStart, e.Start, first);
        var (start, word) = WordBefore(text, sentenceStart, e.Start);
        // "from the middle of October", "since the end of March": the words of a part of the period stand between.
        for (var i = 0; i < 3 && PartOfPeriod.Contains(word); i++) (start, word) = WordBefore(text, sentenceStart, start);
        return word.Length > 0 && knowledge.DateBoundWords.Contains(word) && !NotUntil(text, sentenceStart, start, word);
    }

    /// <summary>"did not cross the border until 25 July": the day it happened at last, not the end of a period.</summary>
    private static bool NotUntil(string text, int sentenceStart, int at, string word)
    {
        if (!Languages.Lexicon.Default.NotUntilWords.Contains(word)) return false;
        var clause = text.AsSpan(sentenceStart, at - sentenceStart);
        var comma = clause.LastIndexOfAny(Clauses.Boundaries);
        foreach (var t in Tokens.Of(text, comma < 0 ? sentenceStart : sentenceStart + comma + 1, at))
            if (Languages.Lexicon.Default.Negators.Contains(t.In(text))) return true;
        return false;
    }

    private static readonly HashSet<string> PartOfPeriod = new(StringComparer.OrdinalIgnoreCase)
    { "the", "of", "middle", "end", "beginning", "start", "der", "dem", "den", "Mitte", "Ende", "Anfang" };

    private static (int Start, string Word) WordBefore(string text, int sentenceStart, int at)
    {
        var i = at - 1;
        while (i >= sentenceStart && char.IsWhiteSpace(text[i])) i--;
        var end = i + 1;
        while (i >= sentenceStart && Tokens.IsWordChar(text[i])) i--;
        return (i + 1, text[(i + 1)..end]);
    }

    /// <summary>The day an undated report's news is put on: the publication's, when it is given or sure enough to anchor.</summary>
    private static EventDate? PublicationDay(PublicationDate pub) => pub switch
    {
        // A guessed publication date ("May 4" in the first year that fits) gives a phrase its year, not a report its day.
        { Source: PublicationDateSource.Inferred, Confidence: < PublicationDateInferrer.DayConfidence } => null,
        { Date: { } d, Precision: DatePrecision.Day } => new EventDate(d, null, DatePrecision.Day, true),
        { Date: { } d, Precision: DatePrecision.Month } => new EventDate(new DateOnly(d.Year, d.Month, 1), null, DatePrecision.Month, true),
        _ => null,
    };

    /// <summary>
    /// The day of news a sentence tells without a date: that of the live-blog entry it is in, else the publication's.
    /// </summary>
    private static (EventDate Date, string Explanation)? UndatedDay(ArticleReading reading, int si, PublicationDate pub)
    {
        var phrase = reading.At(si).Trigger?.Phrase ?? "";
        if (reading.EntryDay(si) is { } entry)
            return (new EventDate(entry, null, DatePrecision.Day, true), $"'{phrase}' (no date phrase) → {entry.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture)}: the day of the live blog's entry, approximate");
        if (PublicationDay(pub) is not { } day) return null;
        return (day, $"'{phrase}' (no date phrase) → {pub.Date!.Value.ToString(pub.Precision == DatePrecision.Month ? "yyyy-MM" : "yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture)}: the publication date, approximate");
    }
}
