using System.Text;
using System.Text.RegularExpressions;
using Timeline.Domain.Model;

namespace Timeline.Domain.Pipeline.Events;

public interface IEventWriter
{
    /// <summary>The event with a title and summary written from its best evidence.</summary>
    TimelineEvent Write(TimelineEvent e);
}

/// <summary>
/// Titles (≤ 80 characters) and summaries from the best evidence sentence: the date phrase, quotes, datelines and
/// connectives removed, cut at a clause boundary.
/// </summary>
public sealed partial class EventWriter : IEventWriter
{
    public const int MaxTitle = 80;
    private const int MaxTitleTries = 4;

    private readonly Headline _headline;
    private readonly HeadlineComposer? _composer;
    private readonly Knowledge.TriggerMatcher? _verbs;

    public EventWriter() : this((Knowledge.TriggerMatcher?)null) { }

    /// <param name="triggers">The trigger vocabulary, to find the event's clause; without it titles are trimmed sentences.</param>
    public EventWriter(Knowledge.TriggerMatcher? triggers) => _headline = new Headline(triggers);

    /// <summary>Titles from the event's clause, checked as headlines, else composed from what the event is.</summary>
    public EventWriter(Knowledge.KnowledgeBase knowledge)
    {
        _headline = new Headline(knowledge.TriggerMatcher);
        _composer = new HeadlineComposer(knowledge);
        _verbs = knowledge.Verbs;
    }

    [GeneratedRegex(@"^[A-ZА-ЯІЇЄ][A-ZА-ЯІЇЄ .'’-]{2,}(?:\s*\([^)]*\))?\s+[–—-]\s+")]
    private static partial Regex Dateline();

    [GeneratedRegex(@"^(?:earlier|however|meanwhile|but|and|also|then|still|separately|in addition|moreover),?\s+", RegexOptions.IgnoreCase)]
    private static partial Regex Connective();

    [GeneratedRegex(@"[“""«][^”""»]*[”""»]")]
    private static partial Regex Quoted();

    [GeneratedRegex(@"\s{2,}")]
    private static partial Regex Spaces();

    [GeneratedRegex(@"\s+([,.;:])")]
    private static partial Regex SpaceBeforePunct();

    [GeneratedRegex(@"(?:^|\s)(?:on|in|at|during|overnight on|overnight|since|from)\s*(?=[,.;]|$)", RegexOptions.IgnoreCase)]
    private static partial Regex DanglingPreposition();

    [GeneratedRegex(@"^[,;:\s]+|[,;:\s]+$")]
    private static partial Regex EdgePunct();

    public TimelineEvent Write(TimelineEvent e)
    {
        var best = Best(e.Evidence);
        var sentence = best.Quote.Trim();
        var summary = Headline.Summary(sentence);
        // An event merged with one more report keeps its title while its best sentence stays the same: rewriting it at every
        // report is most of the cost of a much-reported event.
        if (e.Title.Length > 0 && e.Summary == summary) return e;
        var title = _headline.Title(sentence, best.DatePhrase, e.Type);
        if (_composer is not null)
        {
            // Another sentence of the event may make a headline where the best-dated one does not. A few are enough: an
            // event reported a hundred times is rewritten at every report, and trying them all made imports quadratic.
            foreach (var other in e.Evidence.Take(MaxTitleTries))
            {
                if (HeadlineCheck.Problem(title, _verbs) is null) break;
                if (!ReferenceEquals(other, best)) title = _headline.Title(other.Quote.Trim(), other.DatePhrase, e.Type);
            }
            if (HeadlineCheck.Problem(title, _verbs) is not null) title = _composer.Compose(e, sentence);
        }
        // How many sources report it is shown from the evidence, not written into the summary.
        return e with { Title = title, Summary = summary };
    }

    private static Evidence Best(IReadOnlyList<Evidence> evidence)
    {
        Evidence best = evidence[0];
        var bestScore = int.MinValue;
        foreach (var ev in evidence)
        {
            var score = (ev.Basis == DatingBasis.Publication ? 0 : 4)
                        + (ev.Quote.Length is >= 50 and <= 260 ? 2 : 0)
                        - (Quoted().IsMatch(ev.Quote) ? 2 : 0);
            if (score > bestScore) { best = ev; bestScore = score; }
        }
        return best;
    }

    public static string Title(string sentence, string? datePhrase)
    {
        var t = sentence;
        if (datePhrase is { Length: > 3 })
        {
            var i = t.IndexOf(datePhrase, StringComparison.Ordinal);
            if (i >= 0) t = t.Remove(i, datePhrase.Length);
        }
        t = Quoted().Replace(t, " ");
        t = Dateline().Replace(t, "");
        t = DanglingPreposition().Replace(t, "");
        t = SpaceBeforePunct().Replace(Spaces().Replace(t, " "), "$1");
        t = EdgePunct().Replace(t.Trim(), "");
        t = Connective().Replace(t, "");
        t = EdgePunct().Replace(t, "").TrimEnd('.', '!', '?');
        // What is left of a sentence that opened with a quote starts mid-clause: skip to the speaker.
        if (t.Length > 0 && char.IsLower(t[0]) && t.IndexOf(", ", StringComparison.Ordinal) is var comma and > 0 and < 60)
            t = t[(comma + 2)..];
        if (t.Length > MaxTitle) t = Cut(t);
        if (t.Length == 0) t = sentence.Length > MaxTitle ? Cut(sentence) : sentence;
        return char.ToUpperInvariant(t[0]) + t[1..];
    }

    private static string Cut(string t)
    {
        var limit = MaxTitle - 1;
        string[] boundaries = [", ", " as ", " after ", " so ", " while ", " because ", " but ", " which ", " who ", "; ", " – ", " to help ", " to protect "];
        var best = -1;
        foreach (var b in boundaries)
        {
            var i = t.LastIndexOf(b, Math.Min(t.Length - 1, limit), StringComparison.Ordinal);
            if (i >= 30 && i > best) best = i;
        }
        if (best > 0) return EdgePunct().Replace(t[..best], "");
        var space = t.LastIndexOf(' ', limit - 1);
        var sb = new StringBuilder(EdgePunct().Replace(t[..(space > 20 ? space : limit - 1)], ""));
        return sb.Append('…').ToString();
    }
}
