using Timeline.Domain.Model;
using Timeline.Domain.Pipeline.Temporal;

namespace Timeline.Domain.Pipeline.Events;

/// <summary>How one article's candidate events are made one event or kept apart, and turned into candidates for the merger.</summary>
internal static class EventDrafts
{
    /// <summary>
    /// Candidates of one article that are one event: an undated lead and a dated candidate of the same systems (the stated
    /// date wins); candidates of one date and the same systems, or both without systems but with a common actor.
    /// </summary>
    public static List<EventDraft> Consolidate(List<EventDraft> drafts)
    {
        var result = new List<EventDraft>();
        foreach (var d in drafts.Where(x => !x.Approximate).OrderBy(x => x.Sentence))
        {
            // In one report, one day's air-defence news without a system is one story (the coalition, its signing).
            var i = result.FindIndex(r => r.Date.Start == d.Date.Start && r.Date.Precision == d.Date.Precision && Compatible(r.Type, d.Type)
                && !OtherGivers(r, d) && !(r.Type == EventType.Attack && d.Type == EventType.Attack && r.Location is not null && d.Location is not null && r.Location != d.Location)
                && (SameContent(r, d) || (r.Systems.Count == 0 && d.Systems.Count == 0 && (r.Type == EventType.Attack) == (d.Type == EventType.Attack))
                    // one night's attack and what air defence shot down of it are one event (two places hit are two, above)
                    || (r.Type == EventType.Attack && d.Type == EventType.Attack)));
            if (i >= 0) result[i] = result[i].Absorb(d);
            else result.Add(d);
        }
        foreach (var lead in drafts.Where(x => x.Approximate).OrderBy(x => x.Sentence))
        {
            var same = result.FindIndex(r => r.Approximate && r.Systems.SequenceEqual(lead.Systems) && (r.Systems.Count > 0 || r.Type == lead.Type));
            if (same >= 0) { result[same] = result[same].Absorb(lead); continue; }
            // The lead's stated date is in another sentence when it is near the publication ("On Friday, Japan amended ...");
            // a date months before it is background, and the lead is news of its own.
            var i = result.FindIndex(r => (SameContent(r, lead) && r.Systems.Count > 0 && Near(r.Date, lead.Date)
                // a meeting that discusses deliveries is not the delivery the lead reports, nor a request the decision
                && (r.Type == EventType.Meeting) == (lead.Type == EventType.Meeting) && Compatible(r.Type, lead.Type)
                // "Allies committed to give more Patriots, Stoltenberg said. ... Germany said last Saturday it would send a
                // third Patriot": a country's pledge or decision the lead does not name, when the lead names who acts, is
                // another story the report recalls ("Pistorius announced a third Patriot" names no one else: it may be Germany's)
                && (r.Type is not (EventType.Pledge or EventType.Decision) || r.Givers.Count == 0 || lead.Institutions.Count == 0
                    || r.Givers.Any(lead.Actors.Contains)))
                // one report's meeting of the week without a system: its dated and its undated sentences tell one meeting
                || (r.Type == EventType.Meeting && lead.Type == EventType.Meeting && r.Systems.Count == 0 && lead.Systems.Count == 0 && Near(r.Date, lead.Date))
                // one report's night of strikes and, undated, what air defence shot down of it ("Overnight into Sunday Russia
                // launched 810 drones ... Air defence units shot down 747 of them")
                || (r.Type == EventType.Attack && lead.Type == EventType.Attack && r.Systems.Count == 0 && lead.Systems.Count == 0 && Near(r.Date, lead.Date))
                // news without a system by the same institution or country, told dated and undated ("EU ministers agreed on
                // Monday ...", "the money is earmarked for air defence, the EU said")
                || (r.Systems.Count == 0 && lead.Systems.Count == 0 && Near(r.Date, lead.Date) && Compatible(r.Type, lead.Type)
                    && (r.Type == lead.Type || r.Type == EventType.Statement || lead.Type == EventType.Statement)
                    && r.Actors.Any(a => a is not ("Ukraine" or "Russia") && lead.Actors.Contains(a))));
            if (i >= 0) result[i] = result[i].Absorb(lead);
            else result.Add(lead);
        }
        return result;
    }

    /// <summary>Within the week a weekday phrase reaches back: "on Tuesday" in a Tuesday's report is today, at most six days ago.</summary>
    public static bool Near(EventDate stated, EventDate publication) =>
        stated.Start <= publication.LastDay && stated.Start >= publication.Start.AddDays(-6);

    /// <summary>
    /// Whether two kinds can be one event told with different verbs: a pledge, a delivery and a decision can ("will send",
    /// "sent", "approved the transfer"), and a statement about any of them; a request is another party's act.
    /// </summary>
    public static bool Compatible(EventType a, EventType b) =>
        a == b || a is EventType.Statement or EventType.Other || b is EventType.Statement or EventType.Other
        || (a != EventType.Request && b != EventType.Request);

    /// <summary>
    /// "Romania decided to donate a Patriot ... The United States decided to move Ukraine up the queue for Patriot
    /// interceptors": two countries' own acts on one day, about one system, are two events. Told as statements they may
    /// be one (a welcome of the decision), and a delivery names the makers' countries too ("Italian-made"), so this holds
    /// only for decisions and pledges.
    /// </summary>
    public static bool OtherGivers(EventDraft a, EventDraft b) => OtherGivers(a.Type, a.Givers, b.Type, b.Givers);

    /// <summary>The rule above for any two events, given the countries (other than Ukraine and Russia) each names.</summary>
    public static bool OtherGivers(EventType a, IEnumerable<string> countriesA, EventType b, IEnumerable<string> countriesB)
    {
        if (a is not (EventType.Decision or EventType.Pledge) || b is not (EventType.Decision or EventType.Pledge)) return false;
        var ga = countriesA.ToList();
        var gb = countriesB.ToList();
        return ga.Count > 0 && gb.Count > 0 && !ga.Intersect(gb, StringComparer.Ordinal).Any();
    }

    public static bool SameContent(EventDraft a, EventDraft b) =>
        a.Systems.Count > 0 || b.Systems.Count > 0
            ? a.Systems.Intersect(b.Systems).Any()
            : a.Actors.Intersect(b.Actors).Any();

    /// <summary>One candidate per sentence of the event, all in one group: the merger keeps them one event.</summary>
    public static IEnumerable<EventCandidate> ToCandidates(AnalysedDocument doc, EventDraft d, int group)
    {
        var text = doc.Article.Text;
        var published = doc.Article.Published.Confidence;
        foreach (var source in d.Sources)
        {
            var (si, explanation, e, date) = (source.Sentence, source.Explanation, source.Expression, source.Resolved);
            // As stored: a day and a precision; approximation is the basis's, a night's range the event's.
            var resolved = new EventDate(date.Start, null, date.Precision, false);
            // The sentence, or the clause of it that tells this event.
            var s = doc.Sentences[si];
            if (source.Start is { } start && source.End is { } end) s = new Sentences.Sentence(start, end);
            var confidence = d.Approximate ? 0.3 + 0.3 * published : e is { IsRelative: true } ? Math.Min(0.9, 0.4 + 0.5 * published) : 0.9;
            yield return new EventCandidate(d.Date, d.Type, Math.Round(confidence, 2), d.Actors, d.Systems, d.Location,
                new Evidence(doc.Article.ContentHash, s.Start, s.End, text[s.Start..s.End], explanation, e?.Text.Trim(), resolved,
                    e is null ? DatingBasis.Publication : e.IsRelative ? DatingBasis.Relative : DatingBasis.Explicit, d.Type),
                e?.Start ?? s.Start, e?.End ?? s.Start, group);
        }
    }
}

/// <summary>A sentence that reports an event, with how it dates it.</summary>
internal sealed record DraftSource(int Sentence, string Explanation, TemporalExpression? Expression, EventDate Resolved)
{
    /// <summary>The clause that tells the event, when it is not the whole sentence (see <see cref="CoordinatedClauses"/>).</summary>
    public int? Start { get; init; }
    public int? End { get; init; }
}

internal sealed record EventDraft(IReadOnlyList<DraftSource> Sources, EventDate Date, bool Approximate, EventType Type, IReadOnlyList<string> Systems,
    IReadOnlyList<string> Actors)
{
    public EventDraft(int sentence, EventDate date, bool approximate, EventType type, IReadOnlyList<string> systems, IReadOnlyList<string> actors,
        string explanation, TemporalExpression? expression)
        : this([new DraftSource(sentence, explanation, expression, date)], date, approximate, type, systems, actors) { }

    public int Sentence => Sources[0].Sentence;

    /// <summary>The countries the event's sentences name, besides Ukraine and Russia: who gives, decides or delivers.</summary>
    public IReadOnlyList<string> Givers { get; init; } = [];

    /// <summary>The countries and organisations the event's sentences name, besides Ukraine and Russia.</summary>
    public IReadOnlyList<string> Institutions { get; init; } = [];

    public string? Location { get; init; }

    public EventDraft Absorb(EventDraft other) => this with
    {
        Sources = [.. Sources, .. other.Sources.Where(o => !Sources.Any(x => x.Sentence == o.Sentence))],
        Systems = Systems.Union(other.Systems).ToList(),
        Actors = Actors.Union(other.Actors).ToList(),
        Givers = Givers.Union(other.Givers).ToList(),
        Institutions = Institutions.Union(other.Institutions).ToList(),
        Location = Location ?? other.Location,
        Type = Array.IndexOf(ArticleReading.Preference, other.Type) < Array.IndexOf(ArticleReading.Preference, Type) && Approximate ? other.Type : Type,
    };
}
