using System.Data.Common;
using Timeline.Data.Entities;
using Timeline.Domain.Import;
using Timeline.Domain.Model;

namespace Timeline.Data.Store;

/// <summary>
/// The importer's storage, over SQLite or PostgreSQL: the SQL is written once for both, and the little that differs is the
/// <see cref="StoreDialect"/>'s. One instance serves one import run and assumes it is the only writer
/// meanwhile: it keeps the events it has seen in a month index so merging asks the database once per month, not
/// once per candidate, and it writes each article with plain SQL over one connection whose prepared statements are
/// reused from article to article. Each article is a SAVEPOINT (all of it or nothing); the enclosing transaction commits
/// every <see cref="BatchSize"/> articles or <see cref="BatchTime"/>, and on <see cref="Flush"/>: one SQLite commit per
/// article rewrote the same index pages into the WAL each time and cost more than the rest of the import. Across processes
/// the <see cref="ImportLock"/> keeps it the only writer.
/// </summary>
/// <remarks>
/// The SQL runs on a thread of its own (<see cref="WriteBehind"/>): <see cref="Commit"/> updates the caches and queues the article, so
/// merging the next article overlaps writing this one, which was most of the merge thread's time. Reads queue behind the
/// writes before them and wait, so they see what this run wrote. A write that fails stops the writer: that article is
/// rolled back, the ones before it are committed, and every later call throws the failure, <see cref="Flush"/> at the latest.
/// </remarks>
public sealed partial class TimelineStore(string connectionString, TimeProvider? clock = null) : ITimelineStore, IDisposable
{
    // With the writes behind the caller, BatchTime bounds what a killed import loses; 256 rather than 64 articles a commit
    // rewrites the hot index pages into the WAL a quarter as often (measured: the store's writes 585 -> 495 ms).
    public const int BatchSize = 256;
    public static readonly TimeSpan BatchTime = TimeSpan.FromMilliseconds(250);

    private readonly StoreDialect _dialect = StoreDialect.For(connectionString);

    // The caller's thread: what merging reads.
    private readonly TimeProvider _clock = clock ?? TimeProvider.System;
    private readonly EventCache _events = new();
    private HashSet<string>? _hashes;

    // Handing work to the writer thread.
    private readonly WriteBehind _writer = new("TimelineStore writer");

    // The writer thread only: the connection and its commands, the open batch and the database's ids.
    private PreparedCommands? _prepared;
    private DbTransaction? _batch;
    private long _batchStarted;
    private int _batchArticles;
    private Dictionary<string, int>? _articleIds;
    private Dictionary<string, int>? _actorIds;
    private Dictionary<string, int>? _systemIds;

    public bool HasArticle(string contentHash) => Hashes().Contains(contentHash);

    public void Commit(Article article, IReadOnlyList<TimelineEvent> upserts)
    {
        _writer.ThrowIfFailed();
        var hashes = Hashes();
        // What the database holds of each event before this article, as far as the caches know: a new event in months already
        // loaded has nothing stored to replace (empty); an unknown one elsewhere might (null: the writer clears what is stored).
        var olds = upserts.Select(ev => _events.Get(ev.Id) ?? (_events.Covers(ev) ? Empty(ev.Id) : null)).ToList();
        var importedAt = _clock.GetUtcNow().UtcDateTime;
        _writer.Enqueue(() => Write(article, importedAt, upserts, olds));
        hashes.Add(article.ContentHash);
        foreach (var ev in upserts)
        {
            _events.Put(ev with { Evidence = ev.Evidence.Where(v => hashes.Contains(v.ArticleHash)).ToList() });
        }
    }

    /// <summary>Waits for the writer to write and commit everything queued.</summary>
    public void Flush()
    {
        if (_writer.Started)
        {
            _writer.Run(CommitBatch);
        }
    }

    /// <summary>Commits what is pending: a store that is disposed keeps every article it accepted, or throws why not.</summary>
    public void Dispose()
    {
        if (_writer.Completed)
        {
            return;
        }
        try
        {
            // A failure the caller has already been told of is not thrown again.
            if (!_writer.FailureReported)
            {
                Flush();
            }
        }
        finally
        {
            _writer.Dispose();
            _prepared?.Dispose();
            _prepared = null;
        }
    }

    private HashSet<string> Hashes() => _hashes ??= _writer.Run(() => ArticleIds().Keys.ToHashSet(StringComparer.Ordinal));

    private static TimelineEvent Empty(string id) =>
        new(id, new EventDate(DateOnly.MinValue, null, DatePrecision.Day, false), 0, EventType.Other, "", "", null, [], [], []);

    /// <summary>The writer's half of <see cref="Commit"/>; skipped once a write failed, as the caches are ahead of the database then.</summary>
    private void Write(Article article, DateTime importedAt, IReadOnlyList<TimelineEvent> upserts, List<TimelineEvent?> olds)
    {
        if (_writer.Failed)
        {
            return;
        }
        try
        {
            WriteArticle(article, importedAt, upserts, olds);
            if (++_batchArticles >= BatchSize || System.Diagnostics.Stopwatch.GetElapsedTime(_batchStarted) >= BatchTime)
            {
                CommitBatch();
            }
        }
        catch (Exception e)
        {
            _writer.Fail(e);
            try
            {
                // The articles before this one are whole: keep them.
                CommitBatch();
            }
            catch (Exception)
            {
                // The first failure is the one to report; the batch rolls back when the connection closes.
            }
        }
    }

    private void WriteArticle(Article article, DateTime importedAt, IReadOnlyList<TimelineEvent> upserts, List<TimelineEvent?> olds)
    {
        var connection = Connection();
        if (_batch is null)
        {
            _batch = connection.BeginTransaction();
            _batchStarted = System.Diagnostics.Stopwatch.GetTimestamp();
        }
        var transaction = _batch;
        Execute(transaction, "SAVEPOINT article");

        // Names and ids this article adds stay aside until it is in, so a failure leaves the id maps as the database is.
        var articleIds = ArticleIds();
        var newActors = new Dictionary<string, int>(StringComparer.Ordinal);
        var newSystems = new Dictionary<string, int>(StringComparer.Ordinal);
        try
        {
            var newArticleId = InsertArticle(transaction, article, importedAt);
            int ArticleId(string hash) => hash == article.ContentHash ? newArticleId : articleIds.GetValueOrDefault(hash, -1);
            // The rows the article adds to the link and evidence tables are gathered over all its events and inserted with one
            // statement per table (a JSON array turned into rows): per-row statements were most of the import's SQL.
            var added = new AddedRows();
            for (var i = 0; i < upserts.Count; i++)
            {
                var (ev, old) = (upserts[i], olds[i]);
                added.Event(ev);
                SyncLinks(transaction, Links.Actors, ev.Id, old?.Actors, ev.Actors, ActorIds(), newActors, added.Actors);
                SyncLinks(transaction, Links.Systems, ev.Id, old?.Systems, ev.Systems, SystemIds(), newSystems, added.Systems);
                SyncEvidence(transaction, ev, old, ArticleId, added.Evidence);
            }
            added.Insert(this, transaction);
            Execute(transaction, "RELEASE article");
            articleIds[article.ContentHash] = newArticleId;
        }
        catch
        {
            Execute(transaction, "ROLLBACK TO article");
            Execute(transaction, "RELEASE article");
            throw;
        }

        foreach (var (name, id) in newActors)
        {
            _actorIds![name] = id;
        }
        foreach (var (name, id) in newSystems)
        {
            _systemIds![name] = id;
        }
    }

    private void CommitBatch()
    {
        if (_batch is null)
        {
            return;
        }
        _batch.Commit();
        _batch.Dispose();
        _batch = null;
        _batchArticles = 0;
    }

    private Dictionary<string, int> ArticleIds()
    {
        if (_articleIds is null)
        {
            _articleIds = Ids("""SELECT "ContentHash", "Id" FROM "Articles" """);
        }
        return _articleIds;
    }

    private Dictionary<string, int> Ids(string sql)
    {
        var ids = new Dictionary<string, int>(StringComparer.Ordinal);
        using var reader = Query(sql);
        while (reader.Read())
        {
            ids[reader.GetString(0)] = reader.GetInt32(1);
        }
        return ids;
    }

    private PreparedCommands Prepared() => _prepared ??= new PreparedCommands(_dialect, connectionString);

    private DbConnection Connection() => Prepared().Connection;

    private Dictionary<string, int> ActorIds()
    {
        if (_actorIds is null)
        {
            _actorIds = Ids("""SELECT "Name", "Id" FROM "Actors" """);
        }
        return _actorIds;
    }

    private Dictionary<string, int> SystemIds()
    {
        if (_systemIds is null)
        {
            _systemIds = Ids("""SELECT "Name", "Id" FROM "Systems" """);
        }
        return _systemIds;
    }

    private int InsertArticle(DbTransaction t, Article a, DateTime importedAt)
    {
        var row = a.ToEntity(importedAt);
        return Convert.ToInt32(Scalar(t, """
            INSERT INTO "Articles" ("ContentHash", "FileName", "Title", "Url", "Source", "Replaces", "Publisher", "Language", "MachineTranslated",
                "TranslatedFrom", "Text", "PublishedDate", "PublishedPrecision", "PublishedSource", "PublishedConfidence", "PublishedEvidence", "Problems",
                "ImportedAt")
            VALUES (@hash, @file, @title, @url, @source, @replaces, @publisher, @language, @mt, @from, @text, @pdate, @pprec, @psrc, @pconf, @pev, @problems, @at)
            RETURNING "Id"
            """,
            ("@hash", row.ContentHash), ("@file", row.FileName), ("@title", row.Title), ("@url", row.Url), ("@source", row.Source),
            ("@replaces", row.Replaces), ("@publisher", row.Publisher),
            ("@language", row.Language), ("@mt", row.MachineTranslated), ("@from", row.TranslatedFrom), ("@text", row.Text),
            ("@pdate", row.PublishedDate), ("@pprec", row.PublishedPrecision.ToString()), ("@psrc", row.PublishedSource.ToString()),
            ("@pconf", row.PublishedConfidence), ("@pev", row.PublishedEvidence), ("@problems", row.Problems), ("@at", row.ImportedAt)),
            System.Globalization.CultureInfo.InvariantCulture);
    }

    private sealed record Links(string Table, string Column, string Names)
    {
        public static readonly Links Actors = new("EventActors", "ActorId", "Actors");
        public static readonly Links Systems = new("EventSystems", "SystemId", "Systems");
    }

    /// <summary>Brings an event's actor or system links to <paramref name="wanted"/>, creating unknown names.</summary>
    private void SyncLinks(
        DbTransaction t, Links links, string eventId,
        IReadOnlyList<string>? had, IReadOnlyList<string> wanted, Dictionary<string, int> ids, Dictionary<string, int> created, JsonRows added)
    {
        int Id(string name)
        {
            if (ids.TryGetValue(name, out var id) || created.TryGetValue(name, out id))
            {
                return id;
            }
            return created[name] = Convert.ToInt32(
                Scalar(t, $"""INSERT INTO "{links.Names}" ("Name") VALUES (@n) RETURNING "Id" """, ("@n", name)),
                System.Globalization.CultureInfo.InvariantCulture);
        }

        if (had is null)
        {
            // Not seen by this store: the database may hold links from another run, so start clean.
            Execute(t, $"""DELETE FROM "{links.Table}" WHERE "EventId" = @e""", ("@e", eventId));
            had = [];
        }
        var removed = had.Except(wanted, StringComparer.Ordinal).Select(Id).ToList();
        if (removed.Count > 0)
        {
            Execute(t, $"""DELETE FROM "{links.Table}" WHERE "EventId" = @e AND "{links.Column}" IN ({_dialect.JsonValues("@ids", "integer")})""",
                ("@e", eventId), ("@ids", Json(removed)));
        }
        foreach (var name in wanted.Distinct(StringComparer.Ordinal).Except(had, StringComparer.Ordinal))
        {
            added.Row(eventId, Id(name));
        }
    }

    private static string Json(List<int> ids) =>
        "[" + string.Join(',', ids.Select(i => i.ToString(System.Globalization.CultureInfo.InvariantCulture))) + "]";

    private void SyncEvidence(DbTransaction t, TimelineEvent ev, TimelineEvent? old, Func<string, int> articleId, JsonRows added)
    {
        static (string, int, int) Key(Evidence v) => (v.ArticleHash, v.Start, v.End);
        var wanted = ev.Evidence.Where(v => articleId(v.ArticleHash) >= 0).ToList();
        if (old is null)
        {
            Execute(t, """DELETE FROM "Evidence" WHERE "EventId" = @e""", ("@e", ev.Id));
        }
        var had = old?.Evidence.ToDictionary(Key) ?? [];
        var keep = wanted.Select(Key).ToHashSet();
        foreach (var gone in had.Values.Where(v => !keep.Contains(Key(v))))
        {
            Execute(t, """DELETE FROM "Evidence" WHERE "EventId" = @e AND "ArticleId" = @a AND "Start" = @s AND "End" = @end""",
                ("@e", ev.Id), ("@a", articleId(gone.ArticleHash)), ("@s", gone.Start), ("@end", gone.End));
        }
        foreach (var v in wanted)
        {
            if (!had.TryGetValue(Key(v), out var before))
            {
                added.Row(ev.Id, articleId(v.ArticleHash), v);
            }
            else if (before != v)
            {
                Execute(t, """
                    UPDATE "Evidence" SET "Quote" = @q, "DateResolution" = @r, "DatePhrase" = @p, "ResolvedDate" = @d, "ResolvedPrecision" = @dp,
                        "DateBasis" = @b, "Type" = @t
                    WHERE "EventId" = @e AND "ArticleId" = @a AND "Start" = @s AND "End" = @end
                    """,
                    ("@e", ev.Id), ("@a", articleId(v.ArticleHash)), ("@s", v.Start), ("@end", v.End), ("@q", v.Quote), ("@r", v.DateResolution),
                    ("@p", v.DatePhrase), ("@d", v.Resolved?.Start), ("@dp", v.Resolved?.Precision.ToString()), ("@b", v.Basis.ToString()),
                    ("@t", v.Type?.ToString()));
            }
        }
    }

    private void Execute(DbTransaction t, string sql, params (string Name, object? Value)[] parameters) =>
        Command(t, sql, parameters).ExecuteNonQuery();

    private object? Scalar(DbTransaction t, string sql, params (string Name, object? Value)[] parameters) =>
        Command(t, sql, parameters).ExecuteScalar();

    private DbCommand Command(DbTransaction? t, string sql, (string Name, object? Value)[] parameters) => Prepared().Get(t, sql, parameters);
}
