using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Timeline.Data.Entities;
using Timeline.Domain.Import;
using Timeline.Domain.Model;

namespace Timeline.Data.Store;

/// <summary>
/// The importer's storage over SQLite. One instance serves one import run and assumes it is the only writer
/// meanwhile: it keeps the events it has seen in a month index so merging asks the database once per month, not
/// once per candidate, and it writes each article with plain SQL over one connection whose prepared statements are
/// reused from article to article. Each article is a SAVEPOINT (all of it or nothing); the enclosing transaction commits
/// every <see cref="BatchSize"/> articles or <see cref="BatchTime"/>, and on <see cref="Flush"/>: one SQLite commit per
/// article rewrote the same index pages into the WAL each time and cost more than the rest of the import.
/// </summary>
public sealed class SqliteTimelineStore(Func<TimelineDbContext> createContext, TimeProvider? clock = null) : ITimelineStore, IDisposable
{
    private readonly TimeProvider _clock = clock ?? TimeProvider.System;
    private readonly EventCache _events = new();
    private string? _connectionString;
    private SqliteConnection? _connection;
    private readonly Dictionary<string, SqliteCommand> _commands = new(StringComparer.Ordinal);
    private SqliteTransaction? _batch;
    private long _batchStarted;
    private int _batchArticles;

    public const int BatchSize = 64;
    public static readonly TimeSpan BatchTime = TimeSpan.FromMilliseconds(250);
    private Dictionary<string, int>? _articleIds;
    private Dictionary<string, int>? _actorIds;
    private Dictionary<string, int>? _systemIds;

    public bool HasArticle(string contentHash) => ArticleIds().ContainsKey(contentHash);

    public IReadOnlyList<Article> Articles()
    {
        using var db = createContext();
        return db.Articles.AsNoTracking().OrderBy(a => a.Id).AsEnumerable().Select(a => a.ToDomain()).ToList();
    }

    public IReadOnlyList<TimelineEvent> EventsBetween(DateOnly from, DateOnly to)
    {
        foreach (var (start, end) in _events.MissingMonths(from, to))
        {
            using var db = createContext();
            var loaded = db.Events.AsNoTracking().AsSplitQuery()
                .Where(e => e.Date <= end && e.LastDay >= start)
                .Include(e => e.Actors).Include(e => e.Systems).Include(e => e.Evidence).ThenInclude(v => v.Article)
                .AsEnumerable().Select(e => e.ToDomain()).ToList();
            _events.AddLoaded(start, end, loaded);
        }
        return _events.Between(from, to);
    }

    public void Commit(Article article, IReadOnlyList<TimelineEvent> upserts)
    {
        var connection = Connection();
        if (_batch is null)
        {
            _batch = connection.BeginTransaction();
            _batchStarted = System.Diagnostics.Stopwatch.GetTimestamp();
        }
        var transaction = _batch;
        Execute(connection, transaction, "SAVEPOINT article");

        // Names and ids this article adds stay aside until it is in, so a failure leaves the caches as the database is.
        var articleIds = ArticleIds();
        var newActors = new Dictionary<string, int>(StringComparer.Ordinal);
        var newSystems = new Dictionary<string, int>(StringComparer.Ordinal);
        try
        {
            var newArticleId = InsertArticle(connection, transaction, article);
            int ArticleId(string hash) => hash == article.ContentHash ? newArticleId : articleIds.GetValueOrDefault(hash, -1);
            foreach (var ev in upserts)
            {
                // A new event in months already loaded has nothing stored to replace; any other unknown id might.
                var old = _events.Get(ev.Id) ?? (_events.Covers(ev) ? Empty(ev.Id) : null);
                UpsertEvent(connection, transaction, ev);
                SyncLinks(connection, transaction, Links.Actors, ev.Id, old?.Actors, ev.Actors, ActorIds(), newActors);
                SyncLinks(connection, transaction, Links.Systems, ev.Id, old?.Systems, ev.Systems, SystemIds(), newSystems);
                SyncEvidence(connection, transaction, ev, old, ArticleId);
            }
            Execute(connection, transaction, "RELEASE article");
            articleIds[article.ContentHash] = newArticleId;
        }
        catch
        {
            Execute(connection, transaction, "ROLLBACK TO article");
            Execute(connection, transaction, "RELEASE article");
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
        foreach (var ev in upserts)
        {
            _events.Put(ev with { Evidence = ev.Evidence.Where(v => articleIds.ContainsKey(v.ArticleHash)).ToList() });
        }
        if (++_batchArticles >= BatchSize || System.Diagnostics.Stopwatch.GetElapsedTime(_batchStarted) >= BatchTime)
        {
            Flush();
        }
    }

    public void Flush()
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
            using var db = createContext();
            _articleIds = db.Articles.Select(a => new { a.ContentHash, a.Id }).ToDictionary(a => a.ContentHash, a => a.Id, StringComparer.Ordinal);
        }
        return _articleIds;
    }

    private static TimelineEvent Empty(string id) =>
        new(id, new EventDate(DateOnly.MinValue, null, DatePrecision.Day, false), 0, EventType.Other, "", "", null, [], [], []);

    /// <summary>Commits what is pending: a store that is disposed keeps every article it accepted.</summary>
    public void Dispose()
    {
        Flush();
        foreach (var command in _commands.Values)
        {
            command.Dispose();
        }
        _commands.Clear();
        _connection?.Dispose();
        _connection = null;
    }

    /// <summary>A plain connection kept for the run: an EF context costs about a millisecond to open, more than a whole write.</summary>
    private SqliteConnection Connection()
    {
        if (_connection is null)
        {
            _connection = new SqliteConnection(ConnectionString());
            _connection.Open();
            // WAL + NORMAL: a commit survives a killed process (only an OS crash may lose the last ones), without an fsync each.
            using var pragma = _connection.CreateCommand();
            pragma.CommandText = "PRAGMA synchronous=NORMAL";
            pragma.ExecuteNonQuery();
        }
        return _connection;
    }

    private string ConnectionString()
    {
        if (_connectionString is null)
        {
            using var db = createContext();
            _connectionString = db.Database.GetConnectionString() ?? throw new InvalidOperationException("the context has no connection string");
        }
        return _connectionString;
    }

    private Dictionary<string, int> ActorIds()
    {
        if (_actorIds is null)
        {
            using var db = createContext();
            _actorIds = db.Actors.Select(a => new { a.Name, a.Id }).ToDictionary(a => a.Name, a => a.Id, StringComparer.Ordinal);
        }
        return _actorIds;
    }

    private Dictionary<string, int> SystemIds()
    {
        if (_systemIds is null)
        {
            using var db = createContext();
            _systemIds = db.Systems.Select(s => new { s.Name, s.Id }).ToDictionary(s => s.Name, s => s.Id, StringComparer.Ordinal);
        }
        return _systemIds;
    }

    private int InsertArticle(SqliteConnection c, SqliteTransaction t, Article a)
    {
        var row = a.ToEntity(_clock.GetUtcNow().UtcDateTime);
        return Convert.ToInt32(Scalar(c, t, """
            INSERT INTO Articles (ContentHash, FileName, Title, Url, Publisher, Language, MachineTranslated, TranslatedFrom, Text,
                PublishedDate, PublishedPrecision, PublishedSource, PublishedConfidence, PublishedEvidence, Problems, ImportedAt)
            VALUES ($hash, $file, $title, $url, $publisher, $language, $mt, $from, $text, $pdate, $pprec, $psrc, $pconf, $pev, $problems, $at)
            RETURNING Id
            """,
            ("$hash", row.ContentHash), ("$file", row.FileName), ("$title", row.Title), ("$url", row.Url), ("$publisher", row.Publisher),
            ("$language", row.Language), ("$mt", row.MachineTranslated), ("$from", row.TranslatedFrom), ("$text", row.Text),
            ("$pdate", row.PublishedDate), ("$pprec", row.PublishedPrecision.ToString()), ("$psrc", row.PublishedSource.ToString()),
            ("$pconf", row.PublishedConfidence), ("$pev", row.PublishedEvidence), ("$problems", row.Problems), ("$at", row.ImportedAt)),
            System.Globalization.CultureInfo.InvariantCulture);
    }

    private void UpsertEvent(SqliteConnection c, SqliteTransaction t, TimelineEvent ev)
    {
        var row = new EventEntity { Id = ev.Id, Title = ev.Title };
        EntityMapping.CopyScalars(ev, row);
        Execute(c, t, """
            INSERT INTO Events (Id, Date, EndDate, LastDay, Precision, Approximate, Confidence, Type, Title, Summary, Location, SearchText, SourceCount)
            VALUES ($id, $date, $end, $last, $prec, $approx, $conf, $type, $title, $summary, $location, $search, $sources)
            ON CONFLICT(Id) DO UPDATE SET Date = excluded.Date, EndDate = excluded.EndDate, LastDay = excluded.LastDay,
                Precision = excluded.Precision, Approximate = excluded.Approximate, Confidence = excluded.Confidence, Type = excluded.Type,
                Title = excluded.Title, Summary = excluded.Summary, Location = excluded.Location, SearchText = excluded.SearchText,
                SourceCount = excluded.SourceCount
            """,
            ("$id", row.Id), ("$date", row.Date), ("$end", row.EndDate), ("$last", row.LastDay), ("$prec", row.Precision.ToString()),
            ("$approx", row.Approximate), ("$conf", row.Confidence), ("$type", row.Type.ToString()), ("$title", row.Title),
            ("$summary", row.Summary), ("$location", row.Location), ("$search", row.SearchText), ("$sources", row.SourceCount));
    }

    private sealed record Links(string Table, string Column, string Names)
    {
        public static readonly Links Actors = new("EventActors", "ActorId", "Actors");
        public static readonly Links Systems = new("EventSystems", "SystemId", "Systems");
    }

    /// <summary>Brings an event's actor or system links to <paramref name="wanted"/>, creating unknown names.</summary>
    private void SyncLinks(
        SqliteConnection c, SqliteTransaction t, Links links, string eventId,
        IReadOnlyList<string>? had, IReadOnlyList<string> wanted, Dictionary<string, int> ids, Dictionary<string, int> created)
    {
        int Id(string name)
        {
            if (ids.TryGetValue(name, out var id) || created.TryGetValue(name, out id))
            {
                return id;
            }
            return created[name] = Convert.ToInt32(
                Scalar(c, t, $"INSERT INTO {links.Names} (Name) VALUES ($n) RETURNING Id", ("$n", name)),
                System.Globalization.CultureInfo.InvariantCulture);
        }

        if (had is null)
        {
            // Not seen by this store: the database may hold links from another run, so start clean.
            Execute(c, t, $"DELETE FROM {links.Table} WHERE EventId = $e", ("$e", eventId));
            had = [];
        }
        var removed = had.Except(wanted, StringComparer.Ordinal).Select(Id).ToList();
        if (removed.Count > 0)
        {
            Execute(c, t, $"DELETE FROM {links.Table} WHERE EventId = $e AND {links.Column} IN (SELECT value FROM json_each($ids))",
                ("$e", eventId), ("$ids", Json(removed)));
        }
        var added = wanted.Distinct(StringComparer.Ordinal).Except(had, StringComparer.Ordinal).Select(Id).ToList();
        if (added.Count > 0)
        {
            // One statement per event whatever the number of links: json_each turns the id list into rows.
            Execute(c, t, $"INSERT INTO {links.Table} (EventId, {links.Column}) SELECT $e, value FROM json_each($ids)",
                ("$e", eventId), ("$ids", Json(added)));
        }
    }

    private static string Json(List<int> ids) =>
        "[" + string.Join(',', ids.Select(i => i.ToString(System.Globalization.CultureInfo.InvariantCulture))) + "]";

    private void SyncEvidence(SqliteConnection c, SqliteTransaction t, TimelineEvent ev, TimelineEvent? old, Func<string, int> articleId)
    {
        static (string, int, int) Key(Evidence v) => (v.ArticleHash, v.Start, v.End);
        var wanted = ev.Evidence.Where(v => articleId(v.ArticleHash) >= 0).ToList();
        if (old is null)
        {
            Execute(c, t, "DELETE FROM Evidence WHERE EventId = $e", ("$e", ev.Id));
        }
        var had = old?.Evidence.ToDictionary(Key) ?? [];
        var keep = wanted.Select(Key).ToHashSet();
        foreach (var gone in had.Values.Where(v => !keep.Contains(Key(v))))
        {
            Execute(c, t, "DELETE FROM Evidence WHERE EventId = $e AND ArticleId = $a AND Start = $s AND \"End\" = $end",
                ("$e", ev.Id), ("$a", articleId(gone.ArticleHash)), ("$s", gone.Start), ("$end", gone.End));
        }
        foreach (var v in wanted)
        {
            if (!had.TryGetValue(Key(v), out var before))
            {
                Execute(c, t, "INSERT INTO Evidence (EventId, ArticleId, Start, \"End\", Quote, DateResolution) VALUES ($e, $a, $s, $end, $q, $r)",
                    ("$e", ev.Id), ("$a", articleId(v.ArticleHash)), ("$s", v.Start), ("$end", v.End), ("$q", v.Quote), ("$r", v.DateResolution));
            }
            else if (before != v)
            {
                Execute(c, t, "UPDATE Evidence SET Quote = $q, DateResolution = $r WHERE EventId = $e AND ArticleId = $a AND Start = $s AND \"End\" = $end",
                    ("$e", ev.Id), ("$a", articleId(v.ArticleHash)), ("$s", v.Start), ("$end", v.End), ("$q", v.Quote), ("$r", v.DateResolution));
            }
        }
    }

    private void Execute(SqliteConnection c, SqliteTransaction t, string sql, params (string Name, object? Value)[] parameters) =>
        Command(c, t, sql, parameters).ExecuteNonQuery();

    private object? Scalar(SqliteConnection c, SqliteTransaction t, string sql, params (string Name, object? Value)[] parameters) =>
        Command(c, t, sql, parameters).ExecuteScalar();

    /// <summary>One command per SQL text, prepared once and rebound for every row.</summary>
    private SqliteCommand Command(SqliteConnection c, SqliteTransaction t, string sql, (string Name, object? Value)[] parameters)
    {
        if (!_commands.TryGetValue(sql, out var command))
        {
            command = c.CreateCommand();
            command.CommandText = sql;
            foreach (var (name, _) in parameters)
            {
                command.Parameters.Add(new SqliteParameter { ParameterName = name });
            }
            _commands[sql] = command;
        }
        command.Transaction = t;
        for (var i = 0; i < parameters.Length; i++)
        {
            command.Parameters[i].Value = parameters[i].Value switch
            {
                null => DBNull.Value,
                // Stored as EF stores them, so EF queries compare like with like.
                DateOnly d => d.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
                DateTime dt => dt.ToString("yyyy-MM-dd HH:mm:ss.FFFFFFF", System.Globalization.CultureInfo.InvariantCulture),
                System.Enum e => e.ToString(),
                var v => v,
            };
        }
        return command;
    }
}
