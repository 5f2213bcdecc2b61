using System.Data.Common;
using System.Globalization;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Timeline.Data;
using Timeline.Domain.Model;

namespace Timeline.Web.Seeding;

/// <summary>
/// Realistic-looking synthetic data for development, tests, screenshots and the 100k-event measurement.
/// Writes straight through the connection in one transaction with prepared commands: 100k events take seconds, not minutes.
/// Every evidence offset points at the sentence it quotes in its article's text.
/// </summary>
public static class SyntheticTimeline
{
    public static readonly string[] Actors =
    [
        "Ukraine", "Germany", "United States", "United Kingdom", "France", "Netherlands", "Poland", "Italy", "Spain",
        "Norway", "Sweden", "Denmark", "Canada", "Romania", "Lithuania", "Greece", "Switzerland", "NATO", "European Union",
        "Russia", "Volodymyr Zelensky", "Olaf Scholz", "Boris Pistorius", "Lloyd Austin", "Jens Stoltenberg", "Mark Rutte",
        "Emmanuel Macron", "Keir Starmer", "Rustem Umerov", "Dmytro Kuleba", "Antony Blinken", "Raytheon", "Diehl Defence",
        "Kongsberg", "MBDA", "Rheinmetall", "Ukraine Defense Contact Group",
    ];

    public static readonly string[] Systems =
    [
        "Patriot", "NASAMS", "IRIS-T SLM", "IRIS-T SLS", "Hawk", "SAMP/T", "Gepard", "Skynex", "Stinger", "Avenger",
        "Crotale", "Aspide", "S-300", "Buk", "Starstreak", "Mistral",
    ];

    private static readonly string[] Locations =
    [
        "Kyiv", "Berlin", "Brussels", "Ramstein", "Washington", "Lviv", "Odesa", "Kharkiv", "Warsaw", "Rzeszów", "Paris",
        "London", "Vilnius", "The Hague", "Rome", "Dnipro", "Zaporizhzhia",
    ];

    private static readonly string[] Publishers =
    [
        "Reuters", "Kyiv Independent", "Defense News", "Der Spiegel", "Le Monde", "BBC News", "Ukrainska Pravda",
        "Breaking Defense", "Politico Europe", "Tagesschau",
    ];

    private static readonly string[] Fillers =
    [
        "Officials did not give a timetable for the next steps.",
        "The ministry declined to comment on operational details.",
        "Air defence has been Kyiv's most urgent request since the winter strikes on the power grid.",
        "Analysts said the decision reflected growing pressure from allies.",
        "Production capacity for interceptors remains the main bottleneck, industry sources said.",
        "The announcement came after a night of drone and missile attacks on several regions.",
        "Training of Ukrainian crews is expected to take several weeks.",
    ];

    private sealed record Ev(string Id, DateOnly Date, DateOnly? End, DatePrecision Precision, EventType Type, string Title,
        string Sentence, string Summary, string Location, string[] Actors, string[] Systems, double Confidence);

    public static async Task FillAsync(TimelineDbContext db, int eventCount, int seed, CancellationToken ct = default)
    {
        if (!db.Database.IsSqlite())
        {
            throw new NotSupportedException("synthetic events are written with SQLite's SQL: fill a SQLite database (Timeline:SyntheticEvents)");
        }
        var random = new Random(seed);
        var events = Enumerable.Range(0, eventCount).Select(i => MakeEvent(random, i)).OrderBy(e => e.Date).ToList();

        var connection = db.Database.GetDbConnection();
        await db.Database.OpenConnectionAsync(ct);
        try
        {
            await using var tx = await connection.BeginTransactionAsync(ct);
            // Evidence is written before its events (their source counts come from the articles): check keys at commit.
            await using (var pragma = connection.CreateCommand())
            {
                pragma.Transaction = tx;
                pragma.CommandText = "PRAGMA defer_foreign_keys = ON;";
                await pragma.ExecuteNonQueryAsync(ct);
            }
            var actorIds = await InsertNames(connection, tx, "Actors", Actors, ct);
            var systemIds = await InsertNames(connection, tx, "Systems", Systems, ct);

            var insertEvent = Command(connection, tx,
                "INSERT INTO Events (Id, Date, EndDate, LastDay, Precision, Approximate, Confidence, Type, Title, Summary, Location, SearchText, SourceCount) " +
                "VALUES ($id, $date, $end, $last, $precision, $approx, $confidence, $type, $title, $summary, $location, $search, $sources)",
                "$id", "$date", "$end", "$last", "$precision", "$approx", "$confidence", "$type", "$title", "$summary", "$location", "$search", "$sources");
            var insertActor = Command(connection, tx, "INSERT INTO EventActors (EventId, ActorId) VALUES ($e, $a)", "$e", "$a");
            var insertSystem = Command(connection, tx, "INSERT INTO EventSystems (EventId, SystemId) VALUES ($e, $s)", "$e", "$s");
            var insertArticle = Command(connection, tx,
                "INSERT INTO Articles (ContentHash, FileName, Title, Url, Publisher, Language, MachineTranslated, TranslatedFrom, Text, PublishedDate, " +
                "PublishedPrecision, PublishedSource, PublishedConfidence, PublishedEvidence, Problems, ImportedAt) VALUES ($hash, $file, $title, $url, " +
                "$publisher, $lang, $mt, $from, $text, $published, 'Day', $source, $pconf, $pev, $problems, $now); SELECT last_insert_rowid();",
                "$hash", "$file", "$title", "$url", "$publisher", "$lang", "$mt", "$from", "$text", "$published", "$source", "$pconf", "$pev", "$problems", "$now");
            var insertEvidence = Command(connection, tx,
                "INSERT INTO Evidence (EventId, ArticleId, Start, End, Quote, DateResolution) VALUES ($e, $a, $s, $t, $q, $r)",
                "$e", "$a", "$s", "$t", "$q", "$r");

            // Articles report a handful of neighbouring events; every third event is also recapped by the next article.
            var sources = new int[events.Count];
            var articleNo = 0;
            for (var i = 0; i < events.Count; i += 5)
            {
                var covered = events.Skip(i).Take(5).ToList();
                if (i >= 5 && i % 3 == 0)
                {
                    covered.Add(events[i - 3]);
                }
                var hostile = articleNo == 1;
                var (text, spans) = ArticleText(random, covered, hostile);
                var anchor = covered[0];
                var publisher = Publishers[random.Next(Publishers.Length)];
                var machineTranslated = random.NextDouble() < 0.15;
                var source = random.NextDouble() switch { < 0.75 => PublicationDateSource.Given, < 0.93 => PublicationDateSource.Inferred, _ => PublicationDateSource.Unknown };
                Set(insertArticle,
                    $"{articleNo:x16}{seed:x8}",
                    $"{articleNo:000000}_{publisher.Replace(' ', '-').ToLowerInvariant()}.txt",
                    hostile ? "<script>alert('title')</script> Hostile <img src=x onerror=alert(1)> article" : ArticleTitle(anchor),
                    hostile ? "javascript:alert('url')" : string.Create(CultureInfo.InvariantCulture, $"https://{publisher.Replace(" ", "").ToLowerInvariant()}.example/{anchor.Date:yyyy/MM/dd}/{anchor.Id}"),
                    publisher,
                    machineTranslated ? "en" : "en",
                    machineTranslated,
                    machineTranslated ? (random.Next(2) == 0 ? "uk" : "de") : null,
                    text,
                    source == PublicationDateSource.Unknown ? null : Iso(anchor.LastDayOf().AddDays(random.Next(0, 3))),
                    source.ToString(),
                    source switch { PublicationDateSource.Given => 1.0, PublicationDateSource.Inferred => Math.Round(0.5 + random.NextDouble() * 0.4, 2), _ => 0.0 },
                    source switch { PublicationDateSource.Given => "dateline", PublicationDateSource.Inferred => "latest dated event in the text", _ => "no date could be determined" },
                    source == PublicationDateSource.Unknown ? "No publication date found" : (random.NextDouble() < 0.05 ? "Paragraph could not be parsed" : ""),
                    "2026-01-01 00:00:00");
                var articleId = Convert.ToInt32(await insertArticle.ExecuteScalarAsync(ct), CultureInfo.InvariantCulture);
                for (var k = 0; k < covered.Count; k++)
                {
                    var e = covered[k];
                    var (start, end) = spans[k];
                    Set(insertEvidence, e.Id, articleId, start, end, text[start..end],
                        e.Precision == DatePrecision.Day ? string.Create(CultureInfo.InvariantCulture, $"\"{e.Date:d MMMM yyyy}\" stated in the sentence") : $"relative to the publication date ({e.Precision.ToString().ToLowerInvariant()} precision)");
                    await insertEvidence.ExecuteNonQueryAsync(ct);
                    sources[events.IndexOfFast(e, i)]++;
                }
                articleNo++;
            }

            for (var i = 0; i < events.Count; i++)
            {
                var e = events[i];
                Set(insertEvent, e.Id, Iso(e.Date), e.End is { } end ? Iso(end) : null, Iso(e.LastDayOf()), e.Precision.ToString(),
                    e.Precision != DatePrecision.Day && random.NextDouble() < 0.3, e.Confidence, e.Type.ToString(), e.Title, e.Summary, e.Location,
                    string.Join(' ', [e.Title, e.Summary, e.Location, .. e.Actors, .. e.Systems]).ToLowerInvariant(), Math.Max(1, sources[i]));
                await insertEvent.ExecuteNonQueryAsync(ct);
                foreach (var a in e.Actors)
                {
                    Set(insertActor, e.Id, actorIds[a]);
                    await insertActor.ExecuteNonQueryAsync(ct);
                }
                foreach (var s in e.Systems)
                {
                    Set(insertSystem, e.Id, systemIds[s]);
                    await insertSystem.ExecuteNonQueryAsync(ct);
                }
            }
            await tx.CommitAsync(ct);
        }
        finally
        {
            await db.Database.CloseConnectionAsync();
        }
    }

    // Events are written in date order and articles cover neighbours, so the index is found near the hint.
    private static int IndexOfFast(this List<Ev> events, Ev e, int hint)
    {
        for (var i = Math.Max(0, hint - 8); i < Math.Min(events.Count, hint + 8); i++)
        {
            if (ReferenceEquals(events[i], e))
            {
                return i;
            }
        }
        return events.IndexOf(e);
    }

    private static DateOnly LastDayOf(this Ev e) => new EventDate(e.Date, e.End, e.Precision, false).LastDay;

    private static Ev MakeEvent(Random r, int i)
    {
        // Most reporting falls after February 2022; a thin tail reaches back to 2014.
        var start = new DateOnly(2014, 1, 1);
        var full = new DateOnly(2026, 10, 31).DayNumber - start.DayNumber;
        var war = new DateOnly(2022, 2, 24).DayNumber - start.DayNumber;
        var day = r.NextDouble() < 0.85 ? war + r.Next(full - war) : r.Next(full);
        var date = DateOnly.FromDayNumber(start.DayNumber + day);
        var precision = r.NextDouble() switch { < 0.70 => DatePrecision.Day, < 0.78 => DatePrecision.Week, < 0.93 => DatePrecision.Month, _ => DatePrecision.Year };
        date = precision switch
        {
            DatePrecision.Month => new DateOnly(date.Year, date.Month, 1),
            DatePrecision.Year => new DateOnly(date.Year, 1, 1),
            DatePrecision.Week => date.AddDays(-(((int)date.DayOfWeek + 6) % 7)),
            _ => date,
        };
        DateOnly? end = precision == DatePrecision.Day && r.NextDouble() < 0.03 ? date.AddDays(1 + r.Next(4)) : null;
        var type = (EventType)r.Next(8);
        var actor = Actors[r.Next(20)];
        var second = Actors[20 + r.Next(Actors.Length - 20)];
        var system = Systems[r.Next(r.NextDouble() < 0.7 ? 6 : Systems.Length)];
        var location = Locations[r.Next(Locations.Length)];
        var count = 1 + r.Next(4);
        var actors = actor == "Ukraine" || r.NextDouble() < 0.5 ? new[] { actor, second } : new[] { actor, "Ukraine", second };
        var systems = r.NextDouble() < 0.15 ? new[] { system, Systems[r.Next(6)] }.Distinct().ToArray() : [system];
        var (title, sentence) = type switch
        {
            EventType.Pledge => ($"{actor} pledges {count} {system} units", $"{actor} pledged {count} more {system} units for Ukraine"),
            EventType.Delivery => ($"{system} delivered by {actor}", $"The {system} systems promised by {actor} arrived in Ukraine"),
            EventType.Meeting => ($"{second} meets counterparts in {location}", $"{second} met allied counterparts in {location} to discuss air defence"),
            EventType.Decision => ($"{actor} approves {system} transfer", $"The government of {actor} approved the transfer of {system} equipment"),
            EventType.Request => ($"Ukraine requests more {system}", $"Ukraine asked {actor} for additional {system} launchers and interceptors"),
            EventType.Attack => ($"Strike on {location} tests {system}", $"Russian missiles and drones struck {location}, where {system} crews intercepted most targets"),
            EventType.Statement => ($"{second} on {system} supply", $"{second} said the supply of {system} interceptors would be stepped up"),
            _ => ($"{system} maintenance hub in {location}", $"A maintenance hub for {system} equipment opened near {location}"),
        };
        var when = precision switch
        {
            DatePrecision.Day => string.Create(CultureInfo.InvariantCulture, $"On {date:d MMMM yyyy}, "),
            DatePrecision.Week => string.Create(CultureInfo.InvariantCulture, $"In the week of {date:d MMMM yyyy}, "),
            DatePrecision.Month => string.Create(CultureInfo.InvariantCulture, $"In {date:MMMM yyyy}, "),
            _ => string.Create(CultureInfo.InvariantCulture, $"In {date:yyyy}, "),
        };
        var summary = $"**{actor}** and {second}: {sentence.ToLowerInvariant()[0]}{sentence[1..]}.\n\n" +
                      $"- Systems: {string.Join(", ", systems)}\n- Location: {location}";
        return new Ev($"ev{i:x6}{r.Next():x8}", date, end, precision, type, title, when + sentence + ".", summary, location,
            actors.Distinct().ToArray(), systems, Math.Round(0.55 + r.NextDouble() * 0.45, 2));
    }

    private static string ArticleTitle(Ev e) => e.Title + " — " + e.Location + " report";

    private static (string Text, List<(int Start, int End)> Spans) ArticleText(Random r, List<Ev> covered, bool hostile)
    {
        var sb = new StringBuilder();
        var spans = new List<(int, int)>();
        if (hostile)
        {
            sb.Append("<script>alert('text')</script> This article tries <iframe src=\"javascript:alert(1)\"></iframe> ")
              .Append("and <a href=\"javascript:alert(2)\" onclick=\"alert(3)\">a link</a> to run code.\n\n");
        }
        foreach (var e in covered)
        {
            if (r.Next(2) == 0)
            {
                sb.Append(Fillers[r.Next(Fillers.Length)]).Append(' ');
            }
            var start = sb.Length;
            sb.Append(e.Sentence);
            spans.Add((start, sb.Length));
            sb.Append(' ').Append(Fillers[r.Next(Fillers.Length)]).Append("\n\n");
        }
        return (sb.ToString().TrimEnd(), spans);
    }

    private static async Task<Dictionary<string, int>> InsertNames(DbConnection c, DbTransaction tx, string table, string[] names, CancellationToken ct)
    {
        var ids = new Dictionary<string, int>();
        var cmd = Command(c, tx, $"INSERT INTO {table} (Name) VALUES ($n); SELECT last_insert_rowid();", "$n");
        foreach (var n in names)
        {
            Set(cmd, n);
            ids[n] = Convert.ToInt32(await cmd.ExecuteScalarAsync(ct), CultureInfo.InvariantCulture);
        }
        return ids;
    }

    private static DbCommand Command(DbConnection c, DbTransaction tx, string sql, params string[] parameters)
    {
        var cmd = c.CreateCommand();
        cmd.Transaction = tx;
        cmd.CommandText = sql;
        foreach (var p in parameters)
        {
            var parameter = cmd.CreateParameter();
            parameter.ParameterName = p;
            cmd.Parameters.Add(parameter);
        }
        return cmd;
    }

    private static void Set(DbCommand cmd, params object?[] values)
    {
        for (var i = 0; i < values.Length; i++)
        {
            cmd.Parameters[i].Value = values[i] ?? DBNull.Value;
        }
    }

    private static string Iso(DateOnly d) => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
