using Microsoft.EntityFrameworkCore;
using System.Text;
using System.Text.Json;
using Timeline.Data.Queries;
using Timeline.Data.Store;
using Timeline.Domain.Export;
using Timeline.Domain.Model;

namespace Timeline.Data.Tests;

public abstract class ExportTests : IDisposable
{
    private readonly TempDatabase _db;

    protected ExportTests(TempDatabase db)
    {
        _db = db;
        using var store = new TimelineStore(_db.ConnectionString);
        store.Commit(Samples.Article("a1"),
        [
            Samples.Event("e1", new DateOnly(2024, 4, 4), "a1", ["NATO"], ["Patriot"], title: "=HYPERLINK(\"http://evil\")"),
            Samples.Event("e2", new DateOnly(2024, 7, 1), "a1", ["NATO", "Antony Blinken"], [], precision: DatePrecision.Month, title: "Summit, in \"Washington\""),
        ]);
    }

    public void Dispose() => _db.Dispose();

    private async Task<string> Csv(EventFilter filter)
    {
        await using var db = _db.Create();
        var sw = new StringWriter();
        await CsvExport.WriteAsync(ExportQueries.StreamAsync(db, filter), sw);
        return sw.ToString();
    }

    [Fact]
    public async Task Csv_has_the_documented_header_and_one_row_per_event()
    {
        var lines = (await Csv(EventFilter.None)).Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        lines[0].ShouldBe("id,date,end_date,precision,type,title,actors,systems,location,confidence,sources");
        lines.Length.ShouldBe(3);
        lines[2].ShouldBe("e2,2024-07,,month,meeting,\"Summit, in \"\"Washington\"\"\",Antony Blinken; NATO,,Brussels,0.9,https://example.org/a1");
    }

    [Fact]
    public async Task Csv_neutralises_cells_that_a_spreadsheet_would_run_as_formulas()
    {
        var csv = await Csv(EventFilter.None with { Systems = ["Patriot"] });
        csv.ShouldContain(",\"'=HYPERLINK(\"\"http://evil\"\")\",");
    }

    [Theory]
    [InlineData("=1+1", "'=1+1")]
    [InlineData("  =1+1", "'  =1+1")]
    [InlineData("'=1+1", "''=1+1")]
    [InlineData("+1", "'+1")]
    [InlineData("-1", "'-1")]
    [InlineData("@SUM(A1)", "'@SUM(A1)")]
    [InlineData("\tx", "'\tx")]
    [InlineData("\rx", "\"'\rx\"")]
    [InlineData("plain", "plain")]
    [InlineData("2024-04-04", "2024-04-04")]
    public void Csv_cell_guard(string input, string expected) => CsvExport.Cell(input).ShouldBe(expected);

    [Fact]
    public async Task Json_export_has_the_documented_shape()
    {
        await using var db = _db.Create();
        using var ms = new MemoryStream();
        await JsonExport.WriteAsync(ExportQueries.StreamAsync(db, EventFilter.None with { Actors = ["Antony Blinken"] }), ms);
        using var doc = JsonDocument.Parse(Encoding.UTF8.GetString(ms.ToArray()));
        var ev = doc.RootElement.GetProperty("events").EnumerateArray().Single();
        ev.GetProperty("id").GetString().ShouldBe("e2");
        ev.GetProperty("date").GetString().ShouldBe("2024-07");
        ev.GetProperty("endDate").ValueKind.ShouldBe(JsonValueKind.Null);
        ev.GetProperty("precision").GetString().ShouldBe("month");
        ev.GetProperty("type").GetString().ShouldBe("meeting");
        ev.GetProperty("actors").EnumerateArray().Select(a => a.GetString()).ShouldBe(["Antony Blinken", "NATO"]);
        var source = ev.GetProperty("sources").EnumerateArray().Single();
        source.GetProperty("file").GetString().ShouldBe("a1.txt");
        source.GetProperty("published").GetString().ShouldBe("2024-04-04");
        source.GetProperty("quote").GetString().ShouldBe("NATO ministers met in Brussels on Thursday.");
        source.GetProperty("start").GetInt32().ShouldBe(0);
        source.GetProperty("end").GetInt32().ShouldBe(44);
    }

    [Fact]
    public async Task Export_pages_through_more_events_than_one_page()
    {
        using var store = new TimelineStore(_db.ConnectionString);
        var many = Enumerable.Range(0, 1203).Select(i => Samples.Event($"x{i:D5}", new DateOnly(2020, 1, 1).AddDays(i % 50), "bulk")).ToList();
        store.Commit(Samples.Article("bulk"), many);
        // Committed articles reach other connections when the batch is flushed (at the latest on Dispose).
        store.Flush();

        await using var db = _db.Create();
        var ids = new List<string>();
        await foreach (var e in ExportQueries.StreamAsync(db, EventFilter.None, pageSize: 100))
        {
            ids.Add(e.Event.Id);
        }
        ids.Count.ShouldBe(1205);
        ids.Distinct().Count().ShouldBe(1205);
    }

    [Theory]
    [InlineData(3)]
    [InlineData(4)]
    [InlineData(1000)]
    public async Task Pages_end_between_days_and_a_day_larger_than_a_page_is_exported_whole_in_id_order(int pageSize)
    {
        // Seven events on one day (more than a page), ids whose ordinal order differs from a linguistic collation's.
        using (var store = new TimelineStore(_db.ConnectionString))
        {
            string[] ids = ["b-2", "B-1", "a_3", "A-4", "c.5", "_6", "Z7"];
            var day = new DateOnly(2024, 5, 1);
            store.Commit(Samples.Article("busy"), [.. ids.Select(id => Samples.Event(id, day, "busy", systems: ["NASAMS"]))]);
            store.Flush();
        }

        await using var db = _db.Create();
        var exported = new List<ExportEvent>();
        await foreach (var e in ExportQueries.StreamAsync(db, EventFilter.None, pageSize))
        {
            exported.Add(e);
        }

        var expected = new[] { "e1", "A-4", "B-1", "Z7", "_6", "a_3", "b-2", "c.5", "e2" };
        exported.Select(e => e.Event.Id).ShouldBe(expected);
        exported.Single(e => e.Event.Id == "Z7").Event.Systems.ShouldBe(["NASAMS"]);
        exported.Single(e => e.Event.Id == "Z7").Sources.Single().File.ShouldBe("busy.txt");
    }

    [Fact]
    public async Task Stopping_an_export_early_stops_the_reader_and_closes_the_connection()
    {
        using (var store = new TimelineStore(_db.ConnectionString))
        {
            store.Commit(Samples.Article("many"), [.. Enumerable.Range(0, 12).Select(i => Samples.Event($"m{i:D2}", new DateOnly(2021, 1, 1).AddDays(i), "many"))]);
            store.Flush();
        }
        await using var db = _db.Create();
        await foreach (var e in ExportQueries.StreamAsync(db, EventFilter.None, pageSize: 1))
        {
            break;
        }
        // The page reader ran on its own task, pages ahead: it has stopped and let the connection go.
        db.Database.GetDbConnection().State.ShouldBe(System.Data.ConnectionState.Closed);
        db.Events.Count().ShouldBe(14);
    }
}

/// <summary>The same tests on SQLite (the default engine).</summary>
public sealed class ExportOnSqliteTests() : ExportTests(TempDatabase.Sqlite())
{
    [Fact]
    public async Task An_export_from_a_database_that_cannot_be_opened_fails_instead_of_waiting()
    {
        var missing = $"Data Source={Path.Combine(Path.GetTempPath(), Guid.NewGuid().ToString("N"), "none.db")};Mode=ReadOnly";
        await using var db = new TimelineDbContext(TimelineDatabase.Options(missing));

        var export = async () =>
        {
            await foreach (var e in ExportQueries.StreamAsync(db, EventFilter.None)) { }
        };

        // The open's own error, not a timeout of a wait that never ends.
        await Should.ThrowAsync<Microsoft.Data.Sqlite.SqliteException>(export().WaitAsync(TimeSpan.FromSeconds(60)));
    }
}

/// <summary>The same tests on PostgreSQL, each in a database of its own.</summary>
public sealed class ExportOnPostgresTests() : ExportTests(TempDatabase.Postgres());
