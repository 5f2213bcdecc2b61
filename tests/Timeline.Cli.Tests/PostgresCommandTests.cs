using Timeline.Cli.Commands;
using Timeline.Data.Tests;

namespace Timeline.Cli.Tests;

/// <summary>
/// The CLI against a real PostgreSQL server (`--db "Host=..."`), each test in a database of its own that the first command
/// creates, as it would on a new server.
/// </summary>
public sealed class PostgresCommandTests : IDisposable
{
    private readonly TempFolder _temp = new();
    private readonly string _name = $"timeline_cli_{Guid.NewGuid():N}";
    private readonly string _db;

    public PostgresCommandTests() => _db = PostgresServer.ConnectionString(_name);

    public void Dispose()
    {
        PostgresServer.Drop(_name, _db);
        _temp.Dispose();
    }

    // Quoted names: PostgreSQL folds unquoted ones to lower case; SQLite reads them alike.
    private const string EventsQuery = """
        SELECT "Date" || ' ' || "Type" || ' ' || (SELECT count(DISTINCT "ArticleId") FROM "Evidence" v WHERE v."EventId" = e."Id") FROM "Events" e ORDER BY 1
        """;

    [Fact]
    public async Task Import_into_a_postgres_database_exports_what_the_same_import_into_sqlite_exports()
    {
        var (code, output) = Cli.Import(Repo.Seeds, "--db", _db);
        code.ShouldBe(0, output);
        output.ShouldStartWith("articles: 5 new, 0 unchanged, 0 failed; events: ");
        Cli.Import(Repo.Seeds, "--db", _temp.Db).Code.ShouldBe(0);

        var onPostgres = await Cli.Export("--format", "json", "--db", _db);
        var onSqlite = await Cli.Export("--format", "json", "--db", _temp.Db);

        onPostgres.Code.ShouldBe(0);
        onPostgres.Output.ShouldContain("\"id\": \"ev-");
        onPostgres.Output.ShouldBe(onSqlite.Output);
        Cli.Scalar(_db, """SELECT count(*) FROM "ImportRuns" """).ShouldBe("1", "the import is in the history the editors see");
    }

    [Fact]
    public void Importing_the_seeds_twice_into_postgres_changes_nothing()
    {
        Cli.Import(Repo.Seeds, "--db", _db).Code.ShouldBe(0);
        var events = Cli.Column(_db, """SELECT "Id" || "Date" || "Title" || "SourceCount" FROM "Events" ORDER BY "Id" """);
        events.ShouldNotBeEmpty();

        var (code, output) = Cli.Import(Repo.Seeds, "--db", _db);

        code.ShouldBe(0);
        output.ShouldStartWith("articles: 0 new, 5 unchanged, 0 failed; events: 0 created, 0 updated");
        Cli.Column(_db, """SELECT "Id" || "Date" || "Title" || "SourceCount" FROM "Events" ORDER BY "Id" """).ShouldBe(events);
    }

    [Fact]
    public void Removing_an_article_from_postgres_deletes_the_events_only_it_supports()
    {
        Cli.Import(Repo.Seeds, "--db", _db).Code.ShouldBe(0);
        var seed = Directory.GetFiles(Repo.Seeds).Order(StringComparer.Ordinal).First();

        var (code, output, errors) = Cli.Remove(seed, "--db", _db);

        code.ShouldBe(0, errors);
        output.ShouldStartWith($"removed {Path.GetFileName(seed)}: ");
        Cli.Scalar(_db, """SELECT count(*) FROM "Articles" """).ShouldBe("4");
        Cli.Scalar(_db, """SELECT count(*) FROM "Events" e WHERE NOT EXISTS (SELECT 1 FROM "Evidence" v WHERE v."EventId" = e."Id")""").ShouldBe("0");
    }

    [Fact]
    public async Task Two_imports_at_once_into_one_postgres_database_give_the_events_of_one_import()
    {
        // The split ConcurrentImportTests explains: reports of the same events in both halves, 004 with the article that dates it.
        var first = Directory.CreateDirectory(_temp.File("first")).FullName;
        var second = Directory.CreateDirectory(_temp.File("second")).FullName;
        foreach (var file in Directory.GetFiles(Repo.Seeds))
        {
            var name = Path.GetFileName(file);
            File.Copy(file, Path.Combine(name[..3] is "000" or "003" or "004" ? first : second, name));
        }
        Cli.Import(first, second, "--db", _temp.Db).Code.ShouldBe(0);

        var runs = await Task.WhenAll(Task.Run(() => Cli.Import(first, "--db", _db)), Task.Run(() => Cli.Import(second, "--db", _db)));

        runs.ShouldAllBe(r => r.Code == 0);
        Cli.Column(_db, EventsQuery).ShouldBe(Cli.Column(_temp.Db, EventsQuery));
        Cli.Scalar(_db, """SELECT count(*) FROM "Articles" """).ShouldBe("5");
    }

    [Fact]
    public void Killing_an_import_into_postgres_midway_leaves_it_consistent_and_a_rerun_completes_it()
    {
        var input = _temp.File("generated");
        GenerateCommand.Run(2000, input, seed: 1, TextWriter.Null);
        var cli = Path.Combine(AppContext.BaseDirectory, "timeline.dll");

        using (var first = ImportCommandTests.Start(cli, "import", input, "--db", _db))
        {
            // Wait until some articles are committed, then kill without warning (the server ends its session and lock).
            var deadline = DateTime.UtcNow.AddSeconds(60);
            while (DateTime.UtcNow < deadline && !first.HasExited && Articles() < 20)
            {
                Thread.Sleep(50);
            }
            first.HasExited.ShouldBeFalse("the import finished before it could be killed; give it more work");
            first.Kill(entireProcessTree: true);
            first.WaitForExit();
        }
        var committed = Articles();
        committed.ShouldBeInRange(1, 1999);
        Cli.Scalar(_db, """SELECT count(*) FROM "Events" e WHERE NOT EXISTS (SELECT 1 FROM "Evidence" v WHERE v."EventId" = e."Id")""")
            .ShouldBe("0", "every event committed has the evidence committed with it");

        using var second = ImportCommandTests.Start(cli, "import", input, "--db", _db);
        var summary = second.StandardOutput.ReadToEnd();
        second.WaitForExit();

        second.ExitCode.ShouldBe(0, summary);
        summary.ShouldContain($"articles: {2000 - committed} new, {committed} unchanged, 0 failed");
        Articles().ShouldBe(2000);
    }

    private int Articles()
    {
        try
        {
            return int.Parse(Cli.Scalar(_db, """SELECT count(*) FROM "Articles" """), System.Globalization.CultureInfo.InvariantCulture);
        }
        catch (System.Data.Common.DbException)
        {
            return 0; // the database or its tables are not made yet
        }
    }
}
