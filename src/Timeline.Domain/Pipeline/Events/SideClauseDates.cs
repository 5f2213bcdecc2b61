using Timeline.Domain.Knowledge;
using Timeline.Domain.Languages;
using Timeline.Domain.Pipeline.Temporal;
using Timeline.Domain.Text;

namespace Timeline.Domain.Pipeline.Events;

/// <summary>
/// "The United States announced on Wednesday it will provide a Patriot battery, as Zelensky made his first trip abroad
/// since the war started in February": a date in a clause that a subordinator bounding a period opens after the main verb
/// ("since", "before", "после", "після": the language files' subordinators that are also date-bound words) dates what that
/// clause tells, which is no event of the sentence; an event verb of its own would make it one.
/// </summary>
internal static class SideClauseDates
{
    public static bool Dates(ArticleReading reading, SentenceReading s, TemporalExpression e, KnowledgeBase knowledge)
    {
        if (s.Trigger is not { } main || main.End > e.Start) return false;
        var text = reading.Text;
        var tokens = Tokens.Of(text, main.End, e.Start);
        var verbs = s.Triggers.Select(t => t.Start).ToHashSet();
        for (var k = tokens.Count - 1; k >= 0; k--)
        {
            if (verbs.Contains(tokens[k].Start)) return false;
            var word = tokens[k].In(text);
            if (Lexicon.Default.Subordinators.Contains(word) && knowledge.DateBoundWords.Contains(word.ToString()))
                return !EndsOffset(text, s.Sentence.Start, tokens[k].End);
        }
        return false;
    }

    /// <summary>"two days before": an offset from the date, which <see cref="DateOffsets"/> reads.</summary>
    private static bool EndsOffset(string text, int sentenceStart, int end)
    {
        var before = text.AsSpan(sentenceStart, end - sentenceStart);
        foreach (var (phrase, _) in Lexicon.Default.Offsets)
            if (before.EndsWith(phrase, StringComparison.OrdinalIgnoreCase)
                && (before.Length == phrase.Length || !char.IsLetter(before[^(phrase.Length + 1)]))) return true;
        return false;
    }
}
