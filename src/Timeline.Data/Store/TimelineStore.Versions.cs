using Timeline.Domain.Model;

namespace Timeline.Data.Store;

/// <summary>Finding an article by its source and taking one out, for new versions and `timeline remove`.</summary>
public sealed partial class TimelineStore
{
    public string? FindArticle(string reference) => Read(() =>
    {
        using var reader = Query(
            """SELECT "ContentHash" FROM "Articles" WHERE "Source" = @r OR "Url" = @r OR CAST("Id" AS TEXT) = @r ORDER BY "Id" DESC LIMIT 1""",
            ("@r", reference));
        return reader.Read() ? reader.GetString(0) : null;
    });

    public Article? GetArticle(string contentHash) =>
        Read(() => ReadArticles("""WHERE "ContentHash" = @h""", ("@h", contentHash)).FirstOrDefault());

    public IReadOnlyList<TimelineEvent> EventsOf(string contentHash)
    {
        var spans = Read(() =>
        {
            var found = new List<(string Id, DateOnly From, DateOnly To)>();
            using var reader = Query("""
                SELECT DISTINCT e."Id", e."Date", e."LastDay" FROM "Events" e JOIN "Evidence" v ON v."EventId" = e."Id" JOIN "Articles" a ON a."Id" = v."ArticleId"
                WHERE a."ContentHash" = @h
                """, ("@h", contentHash));
            while (reader.Read())
            {
                found.Add((reader.GetString(0), Date(reader, 1), Date(reader, 2)));
            }
            return found;
        });
        if (spans.Count == 0)
        {
            return [];
        }
        // Through the cache, so what this run wrote and what merging will read agree.
        var ids = spans.Select(s => s.Id).ToHashSet(StringComparer.Ordinal);
        return [.. EventsBetween(spans.Min(s => s.From), spans.Max(s => s.To)).Where(e => ids.Contains(e.Id)).OrderBy(e => e.Id, StringComparer.Ordinal)];
    }

    public void Remove(string contentHash, IReadOnlyList<string> deleted, IReadOnlyList<TimelineEvent> rebuilt)
    {
        _writer.ThrowIfFailed();
        var hashes = Hashes();
        _writer.Run(() => WriteRemoval(contentHash, deleted, rebuilt));
        hashes.Remove(contentHash);
        foreach (var id in deleted)
        {
            _events.Remove(id);
        }
        foreach (var ev in rebuilt)
        {
            _events.Put(ev);
        }
    }

    /// <summary>
    /// The writer's half of <see cref="Remove"/>: the article, its evidence and the deleted events go, then the rebuilt
    /// events are written afresh (their links and evidence as they are now), in one transaction committed before it returns.
    /// </summary>
    private void WriteRemoval(string contentHash, IReadOnlyList<string> deleted, IReadOnlyList<TimelineEvent> rebuilt)
    {
        var articleIds = ArticleIds();
        var articleId = articleIds.GetValueOrDefault(contentHash, -1);
        WriteRewrite([.. rebuilt.Select(ev => ((TimelineEvent?)null, ev))], transaction =>
        {
            Execute(transaction, """DELETE FROM "Evidence" WHERE "ArticleId" = @a""", ("@a", articleId));
            Execute(transaction, """DELETE FROM "Articles" WHERE "Id" = @a""", ("@a", articleId));
            var gone = System.Text.Json.JsonSerializer.Serialize(deleted);
            foreach (var table in new[] { "EventActors", "EventSystems", "Evidence" })
            {
                Execute(transaction, $"""DELETE FROM "{table}" WHERE "EventId" IN ({_dialect.JsonValues("@ids", "text")})""", ("@ids", gone));
            }
            Execute(transaction, $"""DELETE FROM "Events" WHERE "Id" IN ({_dialect.JsonValues("@ids", "text")})""", ("@ids", gone));
        }, skipArticle: contentHash);
        articleIds.Remove(contentHash);
    }
}
