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

    /// <summary>
    /// The names and dates of the page's articles not read yet, only the columns a source prints (and the hash that orders an
    /// event's evidence), hung on the page's evidence.
    /// </summary>
    private static async Task LoadSourcesAsync(TimelineDbContext db, List<EventEntity> page, Dictionary<int, (ExportSource Source, ArticleEntity Header)> sources, CancellationToken ct)
    {
        var missing = page.SelectMany(e => e.Evidence).Select(v => v.ArticleId).Where(id => !sources.ContainsKey(id)).Distinct().ToList();
        if (missing.Count > 0)
        {
            var read = await db.Articles.AsNoTracking().Where(a => missing.Contains(a.Id))
                .Select(a => new { a.Id, a.ContentHash, a.FileName, a.Title, a.Url, a.Publisher, a.PublishedDate, a.PublishedPrecision }).ToListAsync(ct);
            foreach (var a in read)
                sources[a.Id] = (new ExportSource(a.Id, a.FileName, a.Title, a.Url, a.Publisher, a.PublishedDate is { } p ? EventDate.Iso(p, a.PublishedPrecision) : null, "", 0, 0),
                    new ArticleEntity { Id = a.Id, ContentHash = a.ContentHash, FileName = a.FileName, Title = a.Title, Text = "" });
            // Removed by another writer since the page was read: its evidence goes with it in the next export.
            foreach (var id in missing.Where(id => !sources.ContainsKey(id)))
                sources[id] = (new ExportSource(id, "", "", null, null, null, "", 0, 0), new ArticleEntity { Id = id, ContentHash = "", FileName = "", Title = "", Text = "" });
        }
        foreach (var v in page.SelectMany(e => e.Evidence)) v.Article = sources[v.ArticleId].Header;
    }

    public static async IAsyncEnumerable<ExportEvent> StreamAsync(
        TimelineDbContext db, EventFilter filter, [EnumeratorCancellation] CancellationToken ct = default)
    {
        // Keyset pages keep the events' memory flat for any size of export while each page is one query with its relations.
        // What a source names of its article, read once per article for the whole export: the same few thousand articles
        // stand behind a hundred thousand events, and reading them again for every page cost a third of the export. This
        // grows with the articles (a few hundred bytes each, no text), not with the events.
        var sources = new Dictionary<int, (ExportSource Source, ArticleEntity Header)>();
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
            await LoadSourcesAsync(db, page, sources, ct);
            foreach (var e in page)
            {
                yield return new ExportEvent(
                    e.ToDomain(),
                    e.Evidence.OrderBy(v => v.ArticleId).ThenBy(v => v.Start).Select(v => sources[v.ArticleId].Source with { Quote = v.Quote, Start = v.Start, End = v.End }).ToList());
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
