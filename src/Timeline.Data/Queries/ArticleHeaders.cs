using Microsoft.EntityFrameworkCore;
using Timeline.Data.Entities;

namespace Timeline.Data.Queries;

/// <summary>
/// Articles without their text, for what lists an event's sources (exports, event details): they print the quote and the
/// article's name and date, never its text, which can be megabytes and was once read again for every evidence row.
/// </summary>
public static class ArticleHeaders
{
    public static async Task<Dictionary<int, ArticleEntity>> LoadAsync(TimelineDbContext db, IEnumerable<int> ids, CancellationToken ct = default)
    {
        var wanted = ids.Distinct().ToList();
        return await db.Articles.AsNoTracking().Where(a => wanted.Contains(a.Id)).Select(a => new ArticleEntity
        {
            Id = a.Id, ContentHash = a.ContentHash, FileName = a.FileName, Title = a.Title, Url = a.Url, Publisher = a.Publisher,
            Language = a.Language, MachineTranslated = a.MachineTranslated, TranslatedFrom = a.TranslatedFrom, Text = "",
            PublishedDate = a.PublishedDate, PublishedPrecision = a.PublishedPrecision, PublishedSource = a.PublishedSource,
            PublishedConfidence = a.PublishedConfidence, PublishedEvidence = a.PublishedEvidence, Problems = a.Problems, ImportedAt = a.ImportedAt,
        }).ToDictionaryAsync(a => a.Id, ct);
    }

    /// <summary>Loads the headers of the events' evidence articles and hangs them on the evidence.</summary>
    public static async Task AttachAsync(TimelineDbContext db, IReadOnlyCollection<EventEntity> events, CancellationToken ct = default)
    {
        var headers = await LoadAsync(db, events.SelectMany(e => e.Evidence).Select(v => v.ArticleId), ct);
        foreach (var v in events.SelectMany(e => e.Evidence)) v.Article = headers[v.ArticleId];
    }
}
