using Timeline.Domain.Model;

namespace Timeline.Data.Store;

/// <summary>What curation and removals write outside an import: one event read by id, events written again, a merge.</summary>
public sealed partial class SqliteTimelineStore
{
    /// <summary>A stored event with its links, evidence and curation; null when there is none with that id.</summary>
    public TimelineEvent? GetEvent(string id)
    {
        var span = OnWriter(() =>
        {
            using var reader = Query("SELECT Date, LastDay FROM Events WHERE Id = $id", ("$id", id));
            return reader.Read() ? (ParseDate(reader.GetString(0)), ParseDate(reader.GetString(1))) : ((DateOnly, DateOnly)?)null;
        });
        return span is { } s ? EventsBetween(s.Item1, s.Item2).FirstOrDefault(e => e.Id == id) : null;
    }

    /// <summary>
    /// Writes each event again as <c>Now</c>, from how it was stored (<c>Was</c>): its row and its actor and system links; its
    /// evidence rows stay as they are (their ids are the source page's anchors). Atomic and durable when it returns.
    /// </summary>
    public void Rewrite(IReadOnlyList<(TimelineEvent Was, TimelineEvent Now)> events)
    {
        ThrowIfFailed();
        OnWriter(() => WriteRewrite([.. events.Select(e => ((TimelineEvent?)e.Was, e.Now))]));
        foreach (var (_, now) in events)
        {
            _events.Put(now);
        }
    }

    /// <summary>
    /// Writes events in one transaction of their own: each from how it was stored (<c>Was</c>: only what differs is written), or
    /// afresh when <c>Was</c> is null (its links and evidence replaced).
    /// </summary>
    /// <param name="first">Runs first, in the same transaction (what a removal or a merge deletes).</param>
    /// <param name="skipArticle">An article whose evidence is not written (the one a removal takes out).</param>
    private void WriteRewrite(IReadOnlyList<(TimelineEvent? Was, TimelineEvent Now)> events,
        Action<Microsoft.Data.Sqlite.SqliteConnection, Microsoft.Data.Sqlite.SqliteTransaction>? first = null, string? skipArticle = null)
    {
        // What is queued goes in first.
        CommitBatch();
        var connection = Connection();
        var articleIds = ArticleIds();
        var (actorIds, systemIds) = (ActorIds(), SystemIds());
        var newActors = new Dictionary<string, int>(StringComparer.Ordinal);
        var newSystems = new Dictionary<string, int>(StringComparer.Ordinal);
        // As the batch: the store's reads on this connection run in it.
        _batch = connection.BeginTransaction();
        var transaction = _batch;
        int ArticleId(string hash) => hash == skipArticle ? -1 : articleIds.GetValueOrDefault(hash, -1);
        try
        {
            first?.Invoke(connection, transaction);
            var added = new AddedRows();
            foreach (var (was, now) in events)
            {
                added.Event(now);
                SyncLinks(connection, transaction, Links.Actors, now.Id, was?.Actors, now.Actors, actorIds, newActors, added.Actors);
                SyncLinks(connection, transaction, Links.Systems, now.Id, was?.Systems, now.Systems, systemIds, newSystems, added.Systems);
                SyncEvidence(connection, transaction, now, was, ArticleId, added.Evidence);
            }
            added.Insert(this, connection, transaction);
            CommitBatch();
        }
        catch
        {
            // All or nothing: the events stay as they were.
            transaction.Rollback();
            transaction.Dispose();
            _batch = null;
            throw;
        }
        foreach (var (name, id) in newActors)
        {
            actorIds[name] = id;
        }
        foreach (var (name, id) in newSystems)
        {
            systemIds[name] = id;
        }
    }

    /// <summary>
    /// A curator's merge: event <paramref name="gone"/> goes, its sources become <paramref name="now"/>'s (the survivor, as
    /// stored before: <paramref name="was"/>), and its id redirects to the survivor's. Atomic and durable when it returns.
    /// </summary>
    public void Merge(TimelineEvent gone, TimelineEvent was, TimelineEvent now)
    {
        ThrowIfFailed();
        OnWriter(() => WriteRewrite([((TimelineEvent?)was, now)], (connection, transaction) =>
        {
            foreach (var table in new[] { "EventActors", "EventSystems", "Evidence" })
                Execute(connection, transaction, $"DELETE FROM {table} WHERE EventId = $e", ("$e", gone.Id));
            Execute(connection, transaction, "DELETE FROM Events WHERE Id = $e", ("$e", gone.Id));
            // Earlier merges into the one that goes now follow it to the survivor.
            Execute(connection, transaction, "UPDATE EventRedirects SET ToId = $to WHERE ToId = $from", ("$from", gone.Id), ("$to", now.Id));
            Execute(connection, transaction, "INSERT OR REPLACE INTO EventRedirects (FromId, ToId) VALUES ($from, $to)", ("$from", gone.Id), ("$to", now.Id));
        }));
        _events.Remove(gone.Id);
        _events.Put(now);
    }
}
