using Timeline.Domain.Knowledge;
using Timeline.Domain.Languages;
using Timeline.Domain.Pipeline.Temporal;
using Timeline.Domain.Text;

namespace Timeline.Domain.Pipeline.Events;

/// <summary>
/// "The United States announced on Wednesday it will provide a Patriot battery, as Zelensky made his first trip abroad
/// since the war started in February": a date in a clause that "since" or "before" opens after the main verb dates what
/// that clause tells, which is no event of the sentence; an event verb of its own would make it one.
/// </summary>
internal static class SideClauseDates
{
    public static bool Dates(ArticleReading reading, SentenceReading s, TemporalExpression e, KnowledgeBase knowledge)
    {
        if (s.Trigger is not { } main || main.End > e.Start) return false;
        var text = reading.Text;
        var tokens = Tokens.Of(text, main.End, e.Start);
        for (var k = tokens.Count - 1; k >= 0; k--)
        {
            if (s.Triggers.Any(t => t.Start == tokens[k].Start)) return false;
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
            if (before.EndsWith(phrase, StringComparison.OrdinalIgnoreCase)) return true;
        return false;
    }
}
