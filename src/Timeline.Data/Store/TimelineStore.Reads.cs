using System.Data.Common;
using Timeline.Domain.Model;

namespace Timeline.Data.Store;

/// <summary>What merging and dating read back: articles and the events of a date range, in plain SQL.</summary>
public sealed partial class TimelineStore
{
    /// <summary>
    /// Plain SQL over the run's connection, not EF: EF compiles each query shape on first use (~100 ms cold each), more than
    /// reading every stored article takes.
    /// </summary>
    public IReadOnlyList<Article> Articles() => Read(ReadArticles);

    private List<Article> ReadArticles() => ReadArticles("""ORDER BY "Id" """);

    private List<Article> ReadArticles(string where, params (string Name, object? Value)[] parameters)
    {
        var result = new List<Article>();
        using var reader = Query($"""
            SELECT "ContentHash", "FileName", "Title", "Url", "Publisher", "Language", "MachineTranslated", "TranslatedFrom", "Text",
                "PublishedDate", "PublishedPrecision", "PublishedSource", "PublishedConfidence", "PublishedEvidence", "Problems", "Source", "Replaces"
            FROM "Articles" {where}
            """, parameters);
        while (reader.Read())
        {
            var problems = reader.GetString(14);
            var replaces = reader.GetString(16);
            result.Add(new Article(
                reader.GetString(0), reader.GetString(1), reader.GetString(2), NullableString(reader, 3), NullableString(reader, 4),
                NullableString(reader, 5), reader.GetBoolean(6), NullableString(reader, 7), reader.GetString(8),
                new PublicationDate(NullableDate(reader, 9), Enum.Parse<DatePrecision>(reader.GetString(10)),
                    Enum.Parse<PublicationDateSource>(reader.GetString(11)), reader.GetDouble(12), reader.GetString(13)),
                problems.Length == 0 ? [] : problems.Split('\n'))
            {
                Source = NullableString(reader, 15),
                Replaces = replaces.Length == 0 ? [] : replaces.Split('\n'),
            });
        }
        return result;
    }

    public IReadOnlyList<TimelineEvent> EventsBetween(DateOnly from, DateOnly to)
    {
        // Months outside the days stored events span hold nothing to load: a fresh database, or an import of later news,
        // would otherwise wait for the writer once a month it reaches.
        if (!_events.KnowsStoredSpan)
        {
            _events.StoredSpan(Read(StoredSpan));
        }
        foreach (var (start, end) in _events.MissingMonths(from, to))
        {
            _events.AddLoaded(start, end, Read(() => LoadEvents(start, end)));
        }
        return _events.Between(from, to);
    }

    private (DateOnly First, DateOnly Last)? StoredSpan()
    {
        using var reader = Query("""SELECT MIN("Date"), MAX("LastDay") FROM "Events" """);
        return reader.Read() && !reader.IsDBNull(0) ? (Date(reader, 0), Date(reader, 1)) : null;
    }

    /// <summary>The stored events touching [start, end] with their links, as <see cref="EntityMapping.ToDomain(EventEntity)"/> builds them.</summary>
    private List<TimelineEvent> LoadEvents(DateOnly start, DateOnly end)
    {
        const string InRange = """SELECT "Id" FROM "Events" WHERE "Date" <= @end AND "LastDay" >= @start""";
        (string, object?)[] range = [("@start", start), ("@end", end)];
        var rows = new List<(string Id, EventDate Date, double Confidence, EventType Type, string Title, string Summary, string? Location, string? Curation)>();
        // In a defined order: merging meets the candidates in the order they were loaded, and an engine's own order (SQLite's
        // index then rowid, PostgreSQL's heap after updates moved rows) made a second import merge differently on each engine.
        using (var reader = Query("""
            SELECT "Id", "Date", "EndDate", "Precision", "Approximate", "Confidence", "Type", "Title", "Summary", "Location", "Curation"
            FROM "Events" WHERE "Date" <= @end AND "LastDay" >= @start ORDER BY "LastDay", "Id"
            """, range))
        {
            while (reader.Read())
            {
                rows.Add((reader.GetString(0),
                    new EventDate(Date(reader, 1), NullableDate(reader, 2), Enum.Parse<DatePrecision>(reader.GetString(3)), reader.GetBoolean(4)),
                    reader.GetDouble(5), Enum.Parse<EventType>(reader.GetString(6)), reader.GetString(7), reader.GetString(8), NullableString(reader, 9),
                    NullableString(reader, 10)));
            }
        }
        if (rows.Count == 0)
        {
            return [];
        }
        var actors = Names($"""SELECT l."EventId", n."Name" FROM "EventActors" l JOIN "Actors" n ON n."Id" = l."ActorId" WHERE l."EventId" IN ({InRange})""", range);
        var systems = Names($"""SELECT l."EventId", n."Name" FROM "EventSystems" l JOIN "Systems" n ON n."Id" = l."SystemId" WHERE l."EventId" IN ({InRange})""", range);
        var evidence = new Dictionary<string, List<Evidence>>(StringComparer.Ordinal);
        using (var reader = Query($"""
            SELECT v."EventId", a."ContentHash", v."Start", v."End", v."Quote", v."DateResolution", v."DatePhrase", v."ResolvedDate", v."ResolvedPrecision",
                v."DateBasis", v."Type"
            FROM "Evidence" v JOIN "Articles" a ON a."Id" = v."ArticleId" WHERE v."EventId" IN ({InRange})
            """, range))
        {
            while (reader.Read())
            {
                var id = reader.GetString(0);
                if (!evidence.TryGetValue(id, out var list))
                {
                    evidence[id] = list = [];
                }
                list.Add(new Evidence(reader.GetString(1), reader.GetInt32(2), reader.GetInt32(3), reader.GetString(4), reader.GetString(5),
                    reader.IsDBNull(6) ? null : reader.GetString(6),
                    EntityMapping.Resolved(NullableDate(reader, 7),
                        reader.IsDBNull(8) ? null : Enum.Parse<DatePrecision>(reader.GetString(8))),
                    Enum.Parse<DatingBasis>(reader.GetString(9)), reader.IsDBNull(10) ? null : Enum.Parse<EventType>(reader.GetString(10))));
            }
        }
        var result = new List<TimelineEvent>(rows.Count);
        foreach (var r in rows)
        {
            // Same order as the EF mapping: names ordinally, evidence by article hash then start.
            var a = actors.GetValueOrDefault(r.Id) ?? [];
            a.Sort(StringComparer.Ordinal);
            var s = systems.GetValueOrDefault(r.Id) ?? [];
            s.Sort(StringComparer.Ordinal);
            var v = evidence.GetValueOrDefault(r.Id) ?? [];
            v = v.OrderBy(x => x.ArticleHash, StringComparer.Ordinal).ThenBy(x => x.Start).ToList();
            result.Add(new TimelineEvent(r.Id, r.Date, r.Confidence, r.Type, r.Title, r.Summary, r.Location, a, s, v)
            {
                Curation = Domain.Curation.EventCuration.FromJson(r.Curation),
            });
        }
        return result;
    }

    private Dictionary<string, List<string>> Names(string sql, (string, object?)[] parameters)
    {
        var names = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        using var reader = Query(sql, parameters);
        while (reader.Read())
        {
            var id = reader.GetString(0);
            if (!names.TryGetValue(id, out var list))
            {
                names[id] = list = [];
            }
            list.Add(reader.GetString(1));
        }
        return names;
    }

    private static string? NullableString(DbDataReader r, int i) => r.IsDBNull(i) ? null : r.GetString(i);

    private DateOnly? NullableDate(DbDataReader r, int i) => r.IsDBNull(i) ? null : Date(r, i);

    private DateOnly Date(DbDataReader r, int i) => _dialect.Date(r, i);

    /// <summary>
    /// A read on the writer's thread, after the writes queued before it. Inside an open batch it runs under a savepoint: on
    /// PostgreSQL a failed statement aborts the whole transaction, and the batch's articles would be lost at its commit
    /// without a word; rolled back to the savepoint, they are kept, as SQLite keeps them.
    /// </summary>
    private T Read<T>(Func<T> read) => _writer.Run(() =>
    {
        if (_batch is not { } batch)
        {
            return read();
        }
        Execute(batch, "SAVEPOINT read");
        try
        {
            var result = read();
            Execute(batch, "RELEASE read");
            return result;
        }
        catch
        {
            Execute(batch, "ROLLBACK TO read");
            Execute(batch, "RELEASE read");
            throw;
        }
    });

    /// <summary>A read on the run's connection, inside the open batch if any, so it sees what this run wrote.</summary>
    private DbDataReader Query(string sql, params (string Name, object? Value)[] parameters) =>
        Command(_batch, sql, parameters).ExecuteReader();
}
