using Timeline.Domain.Model;

namespace Timeline.Domain.Import;

/// <summary>
/// What the importer needs from storage. The data layer implements it over SQLite; tests use an in-memory one.
/// <see cref="Commit"/> must be atomic: one article with every event it creates or updates, all or nothing. A store may
/// defer durability to group several articles into one write, and may write behind the caller, reporting a failed write
/// by a later call; <see cref="Flush"/> makes everything committed durable or throws why not.
/// </summary>
public interface ITimelineStore
{
    bool HasArticle(string contentHash);

    /// <summary>Articles already stored: context for inferring publication dates of new ones.</summary>
    IReadOnlyList<Article> Articles();

    /// <summary>Stored events whose dates touch [from, to]: the candidates new events may merge into.</summary>
    IReadOnlyList<TimelineEvent> EventsBetween(DateOnly from, DateOnly to);

    /// <summary>Stores the article and upserts the events (by id), atomically.</summary>
    void Commit(Article article, IReadOnlyList<TimelineEvent> upserts);

    /// <summary>Makes every committed article durable; the importer calls it at the end of each run.</summary>
    void Flush();

    /// <summary>The content hash of the stored article a reference names: its source (URL or full file path), URL or id.</summary>
    string? FindArticle(string reference);

    /// <summary>A stored article, with its text; null when not stored.</summary>
    Article? GetArticle(string contentHash);

    /// <summary>The stored events with evidence from the article.</summary>
    IReadOnlyList<TimelineEvent> EventsOf(string contentHash);

    /// <summary>
    /// Removes the article with its evidence, deletes the <paramref name="deleted"/> events and writes the
    /// <paramref name="rebuilt"/> ones (by id), atomically and durably.
    /// </summary>
    void Remove(string contentHash, IReadOnlyList<string> deleted, IReadOnlyList<TimelineEvent> rebuilt);
}
