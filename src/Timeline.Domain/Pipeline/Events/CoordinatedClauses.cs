using Timeline.Domain.Languages;
using Timeline.Domain.Model;
using Timeline.Domain.Pipeline.Sentences;
using Timeline.Domain.Text;

namespace Timeline.Domain.Pipeline.Events;

/// <summary>
/// "Germany said in April that it would send a third Patriot, and Romania's council decided last month to donate one": one
/// sentence, two events, each told in a clause of its own with its own actor and date. The clauses are cut at a semicolon
/// and at a comma followed by a coordinating word ("and", "but", "und", "а"), where each side has a verb of its own.
/// </summary>
internal static class CoordinatedClauses
{
    /// <summary>The clause of <paramref name="s"/> that holds offset <paramref name="at"/>; the whole sentence when it has one.</summary>
    public static (int Start, int End) Around(string text, Sentence s, int at, IReadOnlyList<int> verbs)
    {
        var cuts = Cuts(text, s);
        var start = s.Start;
        var end = s.End;
        foreach (var (cut, next) in cuts)
        {
            // A cut counts only between two verbs: "radars, missiles and launchers" is one clause's list.
            if (!verbs.Any(v => v >= s.Start && v < cut) || !verbs.Any(v => v >= next && v < s.End)) continue;
            if (cut <= at) start = Math.Max(start, next);
            else { end = Math.Min(end, cut); break; }
        }
        // A piece without a verb of its own belongs to its neighbour.
        if (!verbs.Any(v => v >= start && v < end)) return (s.Start, s.End);
        return (start, end);
    }

    /// <summary>
    /// Drafts <paramref name="from"/> onwards were made from one sentence, one per date phrase. Where the phrases sit in
    /// different clauses, each draft keeps its own clause: its words as the evidence, its actors and systems.
    /// </summary>
    public static void Separate(ArticleReading reading, SentenceReading s, List<EventDraft> drafts, int from)
    {
        if (drafts.Count - from < 2) return;
        var verbs = s.Triggers.Select(t => t.Start).ToList();
        var spans = new List<(int Start, int End)>();
        for (var k = from; k < drafts.Count; k++)
        {
            if (drafts[k].Sources[0].Expression is not { } e) return;
            spans.Add(Around(reading.Text, s.Sentence, e.Start, verbs));
        }
        if (spans.Distinct().Count() < 2) return;
        for (var k = from; k < drafts.Count; k++)
        {
            var (start, end) = spans[k - from];
            if (start == s.Sentence.Start && end == s.Sentence.End) continue;
            var named = reading.NamedIn(start, end);
            var d = drafts[k];
            // The clause's own verb says what it tells ("said it would send" a pledge, "decided to donate" a decision).
            var own = s.Triggers.Where(t => t.Start >= start && t.Start < end && t.Type is not (EventType.Statement or EventType.Attack))
                .Select(t => t.Type).OrderBy(t => Array.IndexOf(ArticleReading.Preference, t)).FirstOrDefault(d.Type);
            drafts[k] = d with
            {
                Sources = [d.Sources[0] with { Start = start, End = end }],
                Actors = named.Actors.Count > 0 ? named.Actors : d.Actors,
                // A draft kept without systems (the attacks a clause tells) stays without.
                Systems = d.Systems.Count == 0 ? [] : named.Systems.Count > 0 ? named.Systems : d.Systems,
                Location = named.Location ?? d.Location,
                Type = d.Type == EventType.Attack ? d.Type : own,
            };
        }
    }

    /// <summary>Where a clause ends and where the next begins (after the semicolon or the coordinating word).</summary>
    private static List<(int Cut, int Next)> Cuts(string text, Sentence s)
    {
        var cuts = new List<(int, int)>();
        var tokens = Tokens.Of(text, s.Start, s.End);
        for (var i = 0; i < tokens.Count; i++)
        {
            var t = tokens[i];
            var mark = PreviousMark(text, s.Start, t.Start);
            if (mark < 0) continue;
            if (text[mark] == ';') cuts.Add((mark, t.Start));
            else if (i + 1 < tokens.Count && Lexicon.Default.Coordinators.Contains(t.In(text))) cuts.Add((mark, tokens[i + 1].Start));
        }
        return cuts;
    }

    /// <summary>Where the comma or semicolon right before a word is (spaces skipped), or -1.</summary>
    private static int PreviousMark(string text, int from, int at)
    {
        var k = at - 1;
        while (k >= from && char.IsWhiteSpace(text[k])) k--;
        return k >= from && text[k] is ';' or ',' ? k : -1;
    }
}
