using Timeline.Domain.Model;

namespace Timeline.Data.Store;

/// <summary>What curation and removals write outside an import: one event read by id, events written again or removed.</summary>
public sealed partial class TimelineStore
{
    /// <summary>A stored event with its links, evidence and curation; null when there is none with that id.</summary>
    public TimelineEvent? GetEvent(string id)
    {
        var span = _writer.Run(() =>
        {
            using var reader = Query("""SELECT "Date", "LastDay" FROM "Events" WHERE "Id" = @id""", ("@id", id));
            return reader.Read() ? (Date(reader, 0), Date(reader, 1)) : ((DateOnly, DateOnly)?)null;
        });
        return span is { } s ? EventsBetween(s.Item1, s.Item2).FirstOrDefault(e => e.Id == id) : null;
    }

    /// <summary>
    /// A statement run with a curator's change, in its transaction (the change's history row): SQL both engines read
    /// (quoted identifiers, @parameters).
    /// </summary>
    public sealed record Statement(string Sql, params (string Name, object? Value)[] Parameters);

    /// <summary>
    /// A curator's change, atomic and durable when it returns: each event written again as <c>Now</c>, from how it was stored
    /// (<c>Was</c>; null: written afresh); the <paramref name="deleted"/> events removed with their links and evidence; then the
    /// <paramref name="statements"/> run. Evidence rows that stay keep their ids (the source page's anchors).
    /// </summary>
    public void Curate(IReadOnlyList<(TimelineEvent? Was, TimelineEvent Now)> events, IReadOnlyList<string> deleted, IReadOnlyList<Statement> statements)
    {
        _writer.ThrowIfFailed();
        _writer.Run(() => WriteRewrite(events, transaction =>
        {
            foreach (var id in deleted)
            {
                foreach (var table in new[] { "EventActors", "EventSystems", "Evidence" })
                    Execute(transaction, $"""DELETE FROM "{table}" WHERE "EventId" = @e""", ("@e", id));
                Execute(transaction, """DELETE FROM "Events" WHERE "Id" = @e""", ("@e", id));
            }
        }, then: transaction =>
        {
            foreach (var statement in statements)
                Execute(transaction, statement.Sql, statement.Parameters);
        }));
        foreach (var id in deleted)
        {
            _events.Remove(id);
        }
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
    /// <param name="then">Runs last, in the same transaction.</param>
    private void WriteRewrite(IReadOnlyList<(TimelineEvent? Was, TimelineEvent Now)> events,
        Action<System.Data.Common.DbTransaction>? first = null, string? skipArticle = null,
        Action<System.Data.Common.DbTransaction>? then = null)
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
            first?.Invoke(transaction);
            var added = new AddedRows();
            foreach (var (was, now) in events)
            {
                added.Event(now);
                SyncLinks(transaction, Links.Actors, now.Id, was?.Actors, now.Actors, actorIds, newActors, added.Actors);
                SyncLinks(transaction, Links.Systems, now.Id, was?.Systems, now.Systems, systemIds, newSystems, added.Systems);
                SyncEvidence(transaction, now, was, ArticleId, added.Evidence);
            }
            added.Insert(this, transaction);
            then?.Invoke(transaction);
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
}
