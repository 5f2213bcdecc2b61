using Microsoft.EntityFrameworkCore;
using Timeline.Domain.Curation;
using Timeline.Domain.Model;

namespace Timeline.Data.Queries;

/// <summary>The curator's work queue and the rejected events.</summary>
public static class ReviewQueries
{
    public enum Reason { DatesDisagree, TypesDisagree, LowConfidence }

    public sealed record Item(string Id, string Title, DateOnly Date, DatePrecision Precision, double Confidence, Reason Reason);

    /// <summary>Below this, an event is worth a curator's look.</summary>
    public const double LowConfidence = 0.5;

    /// <summary>
    /// Events whose sources state different dates or tell different kinds of event (and whose date or type no curator has
    /// set), then those of low confidence.
    /// </summary>
    public static async Task<IReadOnlyList<Item>> QueueAsync(TimelineDbContext db, int limit, CancellationToken ct = default)
    {
        // Events with two stated dates at all, narrowed in memory to real disagreements (DateDisagreement).
        var stated = new[] { DatingBasis.Explicit, DatingBasis.Relative };
        var candidates = await db.Evidence.AsNoTracking()
            .Where(v => v.ResolvedDate != null && stated.Contains(v.DateBasis) && !v.Event!.Rejected)
            .GroupBy(v => v.EventId)
            .Where(g => g.Select(v => v.ResolvedDate).Distinct().Count() > 1)
            .Select(g => g.Key).Take(limit * 4).ToListAsync(ct);
        // And events whose reports give two kinds of event (statements aside), narrowed by TypeDisagreement.
        candidates.AddRange(await db.Evidence.AsNoTracking()
            .Where(v => v.Type != null && v.Type != EventType.Statement && v.Type != EventType.Other && !v.Event!.Rejected)
            .GroupBy(v => v.EventId)
            .Where(g => g.Select(v => v.Type).Distinct().Count() > 1)
            .Select(g => g.Key).Take(limit * 4).ToListAsync(ct));
        var items = new List<Item>();
        // The articles' headers only: their texts can be megabytes (ArticleHeaders).
        var loaded = await db.Events.AsNoTracking().Where(e => candidates.Contains(e.Id)).Include(e => e.Evidence).ToListAsync(ct);
        await ArticleHeaders.AttachAsync(db, loaded, ct);
        foreach (var e in loaded)
        {
            var corrected = EventCuration.FromJson(e.Curation)?.Corrected;
            if (corrected?.Date is null && DateDisagreement.Of(Sources(e.Evidence)).Count > 0)
                items.Add(new Item(e.Id, e.Title, e.Date, e.Precision, e.Confidence, Reason.DatesDisagree));
            else if (corrected?.Type is null && TypeDisagreement.Of(Types(e.Evidence)).Count > 0)
                items.Add(new Item(e.Id, e.Title, e.Date, e.Precision, e.Confidence, Reason.TypesDisagree));
        }
        var low = await db.Events.AsNoTracking().Where(e => !e.Rejected && e.Confidence < LowConfidence && e.Curation == null)
            .OrderBy(e => e.Confidence).ThenBy(e => e.Date).Take(limit)
            .Select(e => new Item(e.Id, e.Title, e.Date, e.Precision, e.Confidence, Reason.LowConfidence)).ToListAsync(ct);
        return [.. items.OrderBy(i => i.Date).Concat(low.Where(l => !items.Exists(i => i.Id == l.Id))).Take(limit)];
    }

    public static async Task<IReadOnlyList<Item>> RejectedAsync(TimelineDbContext db, int limit, CancellationToken ct = default) =>
        await db.Events.AsNoTracking().Where(e => e.Rejected).OrderBy(e => e.Date).Take(limit)
            .Select(e => new Item(e.Id, e.Title, e.Date, e.Precision, e.Confidence, Reason.LowConfidence)).ToListAsync(ct);

    /// <summary>What each source of a loaded event states of its date (needs Evidence.Article).</summary>
    public static IEnumerable<SourceDate> Sources(IEnumerable<Entities.EvidenceEntity> evidence) =>
        evidence.Where(v => v.ResolvedDate is not null && v.ResolvedPrecision is not null)
            .Select(v => new SourceDate(v.ArticleId, v.Article?.Title ?? "", new EventDate(v.ResolvedDate!.Value, null, v.ResolvedPrecision!.Value, false), v.DateBasis, v.Quote));

    /// <summary>What kind of event each source of a loaded event tells (needs Evidence.Article).</summary>
    public static IEnumerable<SourceType> Types(IEnumerable<Entities.EvidenceEntity> evidence) =>
        evidence.Where(v => v.Type is not null).Select(v => new SourceType(v.ArticleId, v.Article?.Title ?? "", v.Type!.Value, v.Quote));
}
