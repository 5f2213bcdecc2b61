using Timeline.Domain.Model;

namespace Timeline.Domain.Import;

/// <summary>
/// What the importer needs from storage. The data layer implements it over SQLite; tests use an in-memory one.
/// <see cref="Commit"/> must be atomic: one article with every event it creates or updates.
/// </summary>
public interface ITimelineStore
{
    bool HasArticle(string contentHash);

    /// <summary>Articles already stored: context for inferring publication dates of new ones.</summary>
    IReadOnlyList<Article> Articles();

    /// <summary>Stored events whose dates touch [from, to]: the candidates new events may merge into.</summary>
    IReadOnlyList<TimelineEvent> EventsBetween(DateOnly from, DateOnly to);

    /// <summary>Stores the article and upserts the events (by id) in one transaction.</summary>
    void Commit(Article article, IReadOnlyList<TimelineEvent> upserts);
}
