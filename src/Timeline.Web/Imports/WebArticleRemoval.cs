using Timeline.Data.Store;
using Timeline.Domain.Import;
using Timeline.Domain.Knowledge;
using Timeline.Domain.Pipeline;
using Timeline.Web.Hosting;

namespace Timeline.Web.Imports;

/// <summary>
/// `timeline remove` for editors in the browser and the API: the same <see cref="ArticleRemoval"/> (events only the article
/// supported go, the others are made again from their remaining sources and keep their ids), under the same import lock.
/// </summary>
public sealed class WebArticleRemoval(TimelineConnection database, KnowledgeBase knowledge, ILogger<WebArticleRemoval> logger)
{
    /// <returns>What the removal did, or null when no article has that id.</returns>
    public Task<RemovalReport?> RemoveAsync(int articleId, string userName, CancellationToken ct) => Task.Run(() =>
    {
        using var removing = ImportLock.Acquire(database.ConnectionString, file => logger.LogInformation("Removal waits for an import ({LockFile})", file), ct);
        using var store = new TimelineStore(database.ConnectionString);
        if (store.FindArticle(articleId.ToString(System.Globalization.CultureInfo.InvariantCulture)) is not { } hash) return null;
        var name = store.GetArticle(hash)?.FileName;
        var report = new ArticleRemoval(ImportPipeline.CreateDefault(knowledge), store).Remove(hash);
        logger.LogInformation("{User} removed article {Id} ({File}): {Deleted} events deleted, {Rebuilt} kept", userName, articleId, name,
            report.EventsDeleted, report.EventsRebuilt);
        return (RemovalReport?)report;
    }, ct);
}
