using System.Runtime.CompilerServices;
using Microsoft.EntityFrameworkCore;
using Timeline.Domain.Export;
using Timeline.Data.Entities;
using Timeline.Data.Store;
using Timeline.Domain.Model;

namespace Timeline.Data.Queries;

/// <summary>Streams the events a filter selects, in timeline order, with their sources, for CSV and JSON export.</summary>
public static class ExportQueries
{
    private const int PageSize = 1000;

    /// <summary>
    /// The page's actors, systems and evidence, read for the filter's events of the page's days (an index range) and kept
    /// for the page's events. EF's split Include repeated the keyset query inside each join, and a list of the page's ids
    /// is a thousand parameters per query: both cost more than reading the few other events of the first and last day.
    /// </summary>
    private static async Task AttachRelationsAsync(TimelineDbContext db, EventFilter filter, List<EventEntity> page, CancellationToken ct)
    {
        if (page.Count == 0) return;
        var (first, last) = (page[0].Date, page[^1].Date);
        var byId = page.ToDictionary(e => e.Id);
        var days = db.Events.Filter(filter).Where(e => e.Date >= first && e.Date <= last);
        foreach (var r in await days.SelectMany(e => e.Actors, (e, a) => new { e.Id, a.Name, a.Kind }).ToListAsync(ct))
            if (byId.TryGetValue(r.Id, out var e)) e.Actors.Add(new ActorEntity { Name = r.Name, Kind = r.Kind });
        foreach (var r in await days.SelectMany(e => e.Systems, (e, s) => new { e.Id, s.Name }).ToListAsync(ct))
            if (byId.TryGetValue(r.Id, out var e)) e.Systems.Add(new SystemEntity { Name = r.Name });
        foreach (var v in await days.SelectMany(e => e.Evidence).AsNoTracking().ToListAsync(ct))
            if (byId.TryGetValue(v.EventId, out var e)) e.Evidence.Add(v);
    }

    public static async IAsyncEnumerable<ExportEvent> StreamAsync(
        TimelineDbContext db, EventFilter filter, [EnumeratorCancellation] CancellationToken ct = default)
    {
        // Keyset pages keep memory flat for any size of export while each page is one query with its relations.
        DateOnly? lastDate = null;
        string? lastId = null;
        while (true)
        {
            var query = db.Events.AsNoTracking().Filter(filter);
            if (lastDate is { } d && lastId is { } id)
            {
                query = query.Where(e => e.Date > d || (e.Date == d && string.Compare(e.Id, id) > 0));
            }
            var page = await query.InTimelineOrder().Take(PageSize).ToListAsync(ct);
            await AttachRelationsAsync(db, filter, page, ct);
            await ArticleHeaders.AttachAsync(db, page, ct);
            foreach (var e in page)
            {
                yield return new ExportEvent(
                    e.ToDomain(),
                    e.Evidence.OrderBy(v => v.ArticleId).ThenBy(v => v.Start).Select(v => new ExportSource(
                        v.ArticleId, v.Article!.FileName, v.Article.Title, v.Article.Url, v.Article.Publisher,
                        v.Article.PublishedDate is { } p ? EventDate.Iso(p, v.Article.PublishedPrecision) : null,
                        v.Quote, v.Start, v.End)).ToList());
            }
            if (page.Count < PageSize)
            {
                yield break;
            }
            lastDate = page[^1].Date;
            lastId = page[^1].Id;
        }
    }
}
