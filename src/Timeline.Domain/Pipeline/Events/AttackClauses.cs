using Timeline.Domain.Languages;
using Timeline.Domain.Model;
using Timeline.Domain.Pipeline.Sentences;
using Timeline.Domain.Pipeline.Temporal;
using Timeline.Domain.Text;

namespace Timeline.Domain.Pipeline.Events;

/// <summary>Which of a sentence's clauses a date phrase belongs to, when one of them tells attacks and another the news.</summary>
internal static class AttackClauses
{
    /// <summary>
    /// "Die Ankunft fällt in eine Zeit schwerer Angriffe: Am Montag hatte Russland Städte beschossen": the date is in a clause
    /// of its own (after a colon, a semicolon or a dash) that tells the attacks, not the sentence's news.
    /// </summary>
    public static bool Dates(ArticleReading reading, SentenceReading s, TemporalExpression e)
    {
        if (s.Trigger is not { } main || s.Type == EventType.Attack) return false;
        var (start, end) = ClauseAround(reading.Text, s.Sentence, e.Start);
        var mainInClause = main.Start >= start && main.Start < end;
        foreach (var t in s.Triggers)
        {
            if (t.Type != EventType.Attack || t.Start < start || t.Start >= end) continue;
            if (!mainInClause) return true;
            // "... to reinforce its air defence, after the massive bombings of this week": the phrase follows an attack told
            // in a subordinate clause after the main verb, and dates the attack.
            if (t.Start > main.Start && t.Start < e.Start && SubordinatorBefore(reading.Text, Math.Max(main.End, start), t.Start)) return true;
        }
        return false;
    }

    /// <summary>
    /// "NATO launched a new activity on Friday, two days after allied jets shot down Russian drones": every attack the sentence
    /// tells comes after the date phrase, in a clause a subordinating word opens. The phrase dates the main clause, not them.
    /// </summary>
    public static bool OnlyInClauseAfter(ArticleReading reading, SentenceReading s, TemporalExpression e)
    {
        var attacks = s.Triggers.Where(t => t.Type == EventType.Attack).ToList();
        return attacks.Count > 0 && attacks.All(t => t.Start > e.End && SubordinatorBefore(reading.Text, e.End, t.Start));
    }

    /// <summary>
    /// "While Russia keeps attacking Ukraine's infrastructure, the United States is today welcoming Zelensky": every attack
    /// the sentence tells is in a clause a subordinating word opens before the phrase's clause. The phrase dates the main one.
    /// </summary>
    public static bool OnlyInClauseBefore(ArticleReading reading, SentenceReading s, TemporalExpression e)
    {
        var attacks = s.Triggers.Where(t => t.Type == EventType.Attack).ToList();
        return attacks.Count > 0 && attacks.All(t => t.End <= e.Start && reading.Text.AsSpan(t.End, e.Start - t.End).Contains(',')
            && SubordinatorBefore(reading.Text, s.Sentence.Start, t.Start));
    }

    /// <summary>
    /// "power cuts continue today while engineers repair damage from last month's strikes": every attack has its own date
    /// phrase right before it, and another phrase of the sentence does not date them.
    /// </summary>
    public static bool DatedByOther(ArticleReading reading, SentenceReading s, TemporalExpression e)
    {
        var text = reading.Text;
        var attacks = s.Triggers.Where(t => t.Type == EventType.Attack).ToList();
        return attacks.Count > 0 && attacks.All(t => reading.DatePhrases(s.Index).Any(other => other != e && other.End <= t.Start
            && text.AsSpan(other.End, t.Start - other.End).Trim() is var gap && (gap.IsEmpty || gap is "'s" or "’s")));
    }

    /// <summary>A subordinating word ("after", "since", "nachdem") among the few words before an offset.</summary>
    private static bool SubordinatorBefore(string text, int from, int at)
    {
        var words = Tokens.Of(text, from, at);
        for (var k = words.Count - 1; k >= 0 && k >= words.Count - 4; k--)
            if (Lexicon.Default.Subordinators.Contains(words[k].In(text))) return true;
        return false;
    }

    private static readonly char[] ClauseMarks = [':', ';', '—', '–'];

    private static (int Start, int End) ClauseAround(string text, Sentence s, int at)
    {
        var before = text.AsSpan(s.Start, at - s.Start).LastIndexOfAny(ClauseMarks);
        var after = text.AsSpan(at, s.End - at).IndexOfAny(ClauseMarks);
        return (before < 0 ? s.Start : s.Start + before + 1, after < 0 ? s.End : at + after);
    }

}
