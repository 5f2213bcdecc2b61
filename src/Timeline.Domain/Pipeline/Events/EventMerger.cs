using System.Security.Cryptography;
using System.Text;
using Timeline.Domain.Knowledge;
using Timeline.Domain.Model;
using Timeline.Domain.Text;

namespace Timeline.Domain.Pipeline.Events;

/// <summary>The events to store for one article: new ones and stored ones it adds evidence to.</summary>
public sealed record MergeResult(IReadOnlyList<TimelineEvent> Upserts, int Created, int Updated);

public interface IEventMerger
{
    MergeResult Merge(IReadOnlyList<EventCandidate> candidates, Func<DateOnly, DateOnly, IReadOnlyList<TimelineEvent>> stored);

    /// <summary>Whether two events are one real-world event.</summary>
    bool SameEvent(TimelineEvent a, TimelineEvent b);

    /// <summary>
    /// A stored event made again, keeping its id, after some of its evidence went: from the candidates of the sentences
    /// that still support it when they cover its remaining evidence, else from its own fields with that evidence.
    /// </summary>
    TimelineEvent Rebuild(TimelineEvent e, IReadOnlyList<Evidence> remaining, IReadOnlyList<EventCandidate> candidates);
}

/// <summary>
/// Merges an article's candidates with each other and with stored events: same date (within precision; ±1 day only for
/// clearly the same story), compatible type, no conflicting systems, and shared actors or wording.
/// A merged event keeps the stored id, the best-supported date, and the union of actors, systems and evidence.
/// </summary>
public sealed partial class EventMerger(IEventWriter writer, KnowledgeBase? knowledge = null) : IEventMerger
{
    /// <summary>Country names other than Ukraine and Russia: two countries' own acts on one day are two events.</summary>
    private readonly HashSet<string> _countries = knowledge is null ? []
        : [.. knowledge.Entities.Where(e => e.Kind == EntityKind.Country && e.Name is not ("Ukraine" or "Russia")).Select(e => e.Name)];

    private static readonly EventType[] Preference = [EventType.Decision, EventType.Pledge, EventType.Delivery, EventType.Attack, EventType.Meeting, EventType.Request, EventType.Other, EventType.Statement];


    public MergeResult Merge(IReadOnlyList<EventCandidate> candidates, Func<DateOnly, DateOnly, IReadOnlyList<TimelineEvent>> stored)
    {
        // Within an article the extractor has grouped the sentences of one event.
        var drafts = new List<TimelineEvent>();
        var groups = new List<int>();
        foreach (var c in candidates.OrderBy(c => c.Evidence.Start).ThenBy(c => c.DateStart))
        {
            var draft = new TimelineEvent(NewId(c), c.Date, c.Confidence, c.Type, "", "", c.Location, c.Actors, c.Systems, [c.Evidence]);
            var target = groups.IndexOf(c.Group);
            if (target >= 0) drafts[target] = Combine(drafts[target], draft);
            else { drafts.Add(draft); groups.Add(c.Group); }
        }

        var upserts = new Dictionary<string, TimelineEvent>(StringComparer.Ordinal);
        var order = new List<string>();
        var createdCount = 0;
        var updated = 0;
        foreach (var draft in drafts)
        {
            var from = draft.Date.Start.AddDays(-1);
            var to = draft.Date.LastDay.AddDays(1);
            TimelineEvent? best = null;
            var bestScore = 0.0;
            foreach (var s in stored(from, to))
            {
                var current = upserts.GetValueOrDefault(s.Id) ?? s;
                var score = Score(current, draft);
                if (score > bestScore) { best = current; bestScore = score; }
            }
            // Events of this article already chosen this run are candidates too.
            foreach (var u in upserts.Values)
            {
                var score = Score(u, draft);
                if (score > bestScore) { best = u; bestScore = score; }
            }
            var result = best is null ? draft : Combine(best, draft);
            if (!upserts.ContainsKey(result.Id))
            {
                order.Add(result.Id);
                if (best is null || best.Id == draft.Id) createdCount++; else updated++;
            }
            upserts[result.Id] = result;
        }
        var final = order.Select(id => writer.Write(upserts[id])).ToList();
        return new MergeResult(final, createdCount, updated);
    }

    public bool SameEvent(TimelineEvent a, TimelineEvent b) => Score(a, b) > 0;

    public TimelineEvent Rebuild(TimelineEvent e, IReadOnlyList<Evidence> remaining, IReadOnlyList<EventCandidate> candidates)
    {
        static bool Same(Evidence a, Evidence b) => a.ArticleHash == b.ArticleHash && a.Start == b.Start && a.End == b.End;
        var used = candidates.Where(c => remaining.Any(v => Same(v, c.Evidence))).ToList();
        // A sentence that no longer yields its candidate (the importer changed since): the event keeps what it was.
        if (used.Count == 0 || !remaining.All(v => used.Any(c => Same(v, c.Evidence)))) return writer.Write(e with { Evidence = remaining });
        TimelineEvent? result = null;
        foreach (var c in used.OrderBy(c => c.Evidence.ArticleHash, StringComparer.Ordinal).ThenBy(c => c.Evidence.Start))
        {
            var draft = new TimelineEvent(e.Id, c.Date, c.Confidence, c.Type, "", "", c.Location, c.Actors, c.Systems, [c.Evidence]);
            result = result is null ? draft : Combine(result, draft);
        }
        return writer.Write(result! with { Id = e.Id });
    }

    /// <summary>
    /// 0 when the two cannot be the same event, otherwise how alike they are. Reports of one event differ in wording and
    /// in the verb they use for it ("will send", "sent", "confirmed the delivery"), so the kind of event only keeps attacks
    /// apart from the rest; what decides is the day and who and what it is about: the same air-defence system, or, for
    /// news without a system, the same actors beyond the two countries at war.
    /// </summary>
    private double Score(TimelineEvent a, TimelineEvent b)
    {
        // Cheap checks first: this runs for every stored event near every new one.
        if ((a.Type == EventType.Attack) != (b.Type == EventType.Attack)) return 0;
        var relation = DateRelation(a.Date, b.Date);
        if (relation == 0) return 0;
        var sharedSystems = Shared(a.Systems, b.Systems);
        if (a.Systems.Count > 0 && b.Systems.Count > 0 && sharedSystems == 0) return 0;
        if (OtherGivers(a, b)) return 0;
        // One sentence that the extractor read as two events, a clause and a date each ("the pledge, disclosed last month,
        // has been honoured: the launchers arrived last week"), stays two; a month and a day in it ("last month, when
        // Zelensky visited on December 21") name one.
        if (!Nested(a.Date, b.Date) && OneSentence(a, b)) return 0;
        // Strikes are Russia's on Ukraine, whichever of the two a report names ("Russia launched", "Ukraine's air force
        // said"): one day's strikes are one event unless two places keep them apart (below).
        var sharedActors = a.Type == EventType.Attack ? 1 + Shared(a.Actors, b.Actors) : SharedActors(a.Actors, b.Actors);
        var sameLocation = a.Location is not null && a.Location == b.Location;
        var otherLocation = a.Location is not null && b.Location is not null && a.Location != b.Location;
        if (sharedActors == 0 && sharedSystems == 0 && !sameLocation) return 0;
        var words = ContentWords.Dice(Words(a), Words(b));
        // Adjacent days: one report's "yesterday" is another's "on Tuesday" only when a date rests on a publication date,
        // or when they tell it in the same words.
        if (relation == 2 && !(a.Date.Approximate || b.Date.Approximate) && words < 0.45) return 0;
        // Two places keep strikes apart; for the same system pledged on the same day, a place is only where it was said
        // ("Washington" in one report, "the United States" in a translation).
        if (otherLocation && words < 0.45 && (a.Type == EventType.Attack || sharedSystems == 0)) return 0;
        var ok = sharedSystems > 0
                 // one system named against none: only the same words make it one report of one event
                 || (a.Systems.Count + b.Systems.Count > 0 ? words >= 0.3 && sharedActors > 0
                     : (sharedActors > 0 || sameLocation) && (a.Type == b.Type || words >= 0.2 || sameLocation));
        return ok ? 0.01 + words + 0.1 * sharedActors + 0.2 * sharedSystems + (sameLocation ? 0.2 : 0) + (relation == 1 ? 0.3 : 0) : 0;
    }

    private static bool Nested(EventDate a, EventDate b) =>
        (a.Start <= b.Start && b.LastDay <= a.LastDay) || (b.Start <= a.Start && a.LastDay <= b.LastDay);

    private static bool OneSentence(TimelineEvent a, TimelineEvent b)
    {
        foreach (var x in a.Evidence)
            foreach (var y in b.Evidence)
                if (x.ArticleHash == y.ArticleHash && x.Start < y.End && y.Start < x.End) return true;
        return false;
    }

    /// <summary>Two countries' decisions or pledges, none in common, are two events (<see cref="EventDrafts.OtherGivers(EventDraft, EventDraft)"/>).</summary>
    private bool OtherGivers(TimelineEvent a, TimelineEvent b) =>
        _countries.Count > 0 && EventDrafts.OtherGivers(a.Type, a.Actors.Where(_countries.Contains), b.Type, b.Actors.Where(_countries.Contains));

    /// <summary>Actors two reports share, besides Ukraine and Russia, whom nearly every report names.</summary>
    private static int SharedActors(IReadOnlyList<string> a, IReadOnlyList<string> b)
    {
        var n = 0;
        foreach (var x in a)
            if (x is not ("Ukraine" or "Russia") && b.Contains(x, StringComparer.Ordinal)) n++;
        return n;
    }

    private static int Shared(IReadOnlyList<string> a, IReadOnlyList<string> b)
    {
        var n = 0;
        foreach (var x in a)
            foreach (var y in b)
                if (string.Equals(x, y, StringComparison.Ordinal)) { n++; break; }
        return n;
    }

    /// <summary>1: the dates agree within their precision; 2: adjacent days; 0: different.</summary>
    private static int DateRelation(EventDate a, EventDate b)
    {
        if (a.Precision == DatePrecision.Day && b.Precision == DatePrecision.Day)
        {
            var gap = Math.Abs(a.Start.DayNumber - b.Start.DayNumber);
            return gap == 0 ? 1 : gap == 1 ? 2 : 0;
        }
        // A coarse date contains a finer one; two coarse dates must be the same period.
        if (a.Precision == b.Precision) return a.Start == b.Start ? 1 : 0;
        var (fine, coarse) = a.Precision < b.Precision ? (a, b) : (b, a);
        return fine.Start >= coarse.Start && fine.Start <= coarse.LastDay ? 1 : 0;
    }

    /// <summary>The content words of an event's first few sentences, cached for as long as the (immutable) event lives.</summary>
    internal static HashSet<string> Words(TimelineEvent e) => WordCache.GetValue(e, static ev =>
    {
        var set = new HashSet<string>(StringComparer.Ordinal);
        // The first few sentences carry the gist; comparing against all of a much-reported event would only cost time.
        for (var i = 0; i < ev.Evidence.Count && i < 6; i++)
            foreach (var w in ContentWords.Of(ev.Evidence[i].Quote)) set.Add(w);
        return set;
    });

    private static readonly System.Runtime.CompilerServices.ConditionalWeakTable<TimelineEvent, HashSet<string>> WordCache = new();

    private static TimelineEvent Combine(TimelineEvent kept, TimelineEvent added)
    {
        var evidence = kept.Evidence.ToList();
        foreach (var ev in added.Evidence)
            if (!evidence.Any(x => x.ArticleHash == ev.ArticleHash && x.Start == ev.Start)) evidence.Add(ev);
        var type = Array.IndexOf(Preference, added.Type) < Array.IndexOf(Preference, kept.Type) ? added.Type : kept.Type;
        return kept with
        {
            Date = BestDate(kept.Date, added.Date, evidence),
            Type = type,
            Confidence = Math.Round(Math.Min(0.98, Math.Max(kept.Confidence, added.Confidence) + 0.05), 2),
            Location = kept.Location ?? added.Location,
            Actors = kept.Actors.Union(added.Actors).ToList(),
            Systems = kept.Systems.Union(added.Systems).ToList(),
            Evidence = evidence,
        };
    }

    /// <summary>Finer beats coarser, stated beats approximate, then the day most evidence resolves to.</summary>
    private static EventDate BestDate(EventDate a, EventDate b, List<Evidence> evidence)
    {
        if (a.Precision != b.Precision) return a.Precision < b.Precision ? a : b;
        if (a.Approximate != b.Approximate) return a.Approximate ? b : a;
        if (a.Start == b.Start) return a;
        int Votes(EventDate d) => evidence.Count(ev => ev.Resolved is { } r && r.Start == d.Start && r.Precision == d.Precision);
        return Votes(b) > Votes(a) ? b : a;
    }

    /// <summary>Deterministic: the same sentence of the same article always gets the same id.</summary>
    private static string NewId(EventCandidate c)
    {
        var bytes = SHA256.HashData(Encoding.UTF8.GetBytes($"{c.Evidence.ArticleHash}:{c.Evidence.Start}:{c.DateStart}"));
        return "ev-" + Convert.ToHexStringLower(bytes.AsSpan(0, 6));
    }
}
