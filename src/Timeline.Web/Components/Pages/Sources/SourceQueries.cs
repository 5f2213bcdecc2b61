using Microsoft.EntityFrameworkCore;
using Timeline.Data;
using Timeline.Data.Entities;
using Timeline.Domain.Model;

namespace Timeline.Web.Components.Pages.Sources;

public sealed record SourceRow(int Id, string Title, string FileName, string? Publisher, DateOnly? Published, DatePrecision Precision,
    PublicationDateSource Source, double Confidence, bool MachineTranslated, int Events, string Problems);

public sealed record SourceEvidence(int Id, int Start, int End, string EventId, string EventTitle);

public sealed record SourceArticle(ArticleEntity Article, IReadOnlyList<SourceEvidence> Evidence);

/// <summary>Read side of the sources pages; one short-lived context per call.</summary>
public sealed class SourceQueries(IDbContextFactory<TimelineDbContext> factory)
{
    public async Task<IReadOnlyList<SourceRow>> ListAsync(CancellationToken ct = default)
    {
        await using var db = await factory.CreateDbContextAsync(ct);
        return await db.Articles.AsNoTracking()
            .OrderByDescending(a => a.PublishedDate).ThenBy(a => a.Id)
            .Select(a => new SourceRow(a.Id, a.Title, a.FileName, a.Publisher, a.PublishedDate, a.PublishedPrecision, a.PublishedSource,
                a.PublishedConfidence, a.MachineTranslated, a.Evidence.Select(v => v.EventId).Distinct().Count(), a.Problems))
            .ToListAsync(ct);
    }

    public async Task<SourceArticle?> ArticleAsync(int id, CancellationToken ct = default)
    {
        await using var db = await factory.CreateDbContextAsync(ct);
        var article = await db.Articles.AsNoTracking().FirstOrDefaultAsync(a => a.Id == id, ct);
        if (article is null)
        {
            return null;
        }
        var evidence = await db.Evidence.AsNoTracking().Where(v => v.ArticleId == id).OrderBy(v => v.Start)
            .Select(v => new SourceEvidence(v.Id, v.Start, v.End, v.EventId, v.Event!.Title)).ToListAsync(ct);
        return new SourceArticle(article, evidence);
    }
}
