using System.Runtime.CompilerServices;
using Microsoft.EntityFrameworkCore;
using Timeline.Domain.Export;
using Timeline.Data.Store;
using Timeline.Domain.Model;

namespace Timeline.Data.Queries;

/// <summary>Streams the events a filter selects, in timeline order, with their sources, for CSV and JSON export.</summary>
public static class ExportQueries
{
    private const int PageSize = 500;

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
            var page = await query.InTimelineOrder().Take(PageSize)
                .Include(e => e.Actors).Include(e => e.Systems).Include(e => e.Evidence)
                .AsSplitQuery().ToListAsync(ct);
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
