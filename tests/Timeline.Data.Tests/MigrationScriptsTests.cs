using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace Timeline.Data.Tests;

public sealed class MigrationScriptsTests : IDisposable
{
    private readonly List<string> _files = [];

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        foreach (var file in _files)
        {
            foreach (var suffix in new[] { "", "-wal", "-shm" })
            {
                File.Delete(file + suffix);
            }
        }
    }

    [Fact]
    public void Each_embedded_script_is_what_EF_generates_for_its_migration()
    {
        using var db = new TimelineDbContext(TimelineDatabase.Options("Data Source=:memory:"));
        var generated = MigrationScripts.Generate(db).ToList();

        MigrationScripts.Embedded(DatabaseEngine.Sqlite).Select(s => s.Id).ShouldBe(generated.Select(s => s.Id),
            "one script per migration: `timeline migrations add` writes them");
        foreach (var ((id, expected), (_, embedded)) in generated.Zip(MigrationScripts.Embedded(DatabaseEngine.Sqlite)))
        {
            Normalise(embedded).ShouldBe(Normalise(expected), $"{id}.sql is stale: regenerate it with MigrationScripts.Generate");
        }
    }

    [Fact]
    public void Each_embedded_postgres_script_is_what_EF_generates_for_its_migration()
    {
        using var db = PostgresMigrationsContext.ForScripts();
        var generated = MigrationScripts.Generate(db).ToList();

        generated.ShouldNotBeEmpty();
        MigrationScripts.Embedded(DatabaseEngine.Postgres).Select(s => s.Id).ShouldBe(generated.Select(s => s.Id),
            "one script per migration: `timeline migrations add` writes them");
        foreach (var ((id, expected), (_, embedded)) in generated.Zip(MigrationScripts.Embedded(DatabaseEngine.Postgres)))
        {
            Normalise(embedded).ShouldBe(Normalise(expected), $"Postgres/Sql/{id}.sql is stale: regenerate it with MigrationScripts.Generate");
        }
    }

    [Fact]
    public void The_postgres_migrations_hold_the_model_the_app_uses()
    {
        // A model change scaffolded for SQLite alone would leave PostgreSQL's set behind: `migrations add` writes both.
        using var db = PostgresMigrationsContext.ForScripts();
        db.Database.HasPendingModelChanges().ShouldBeFalse("run `timeline migrations add NAME` to add the change to both migration sets");
    }

    [Fact]
    public void The_scripts_build_the_schema_and_history_EF_migrate_builds()
    {
        var byScripts = NewFile();
        TimelineDatabase.Migrate(byScripts);
        var byEf = NewFile();
        using (var db = new TimelineDbContext(TimelineDatabase.Options(byEf)))
        {
            db.Database.Migrate();
        }

        Rows(byScripts, Schema).ShouldBe(Rows(byEf, Schema));
        Rows(byScripts, History).ShouldBe(Rows(byEf, History));
        Rows(byScripts, History).ShouldNotBeEmpty();
        Rows(byScripts, "PRAGMA journal_mode").ShouldBe(["wal"]);
    }

    [Fact]
    public void A_database_EF_migrated_is_up_to_date()
    {
        var file = NewFile();
        using (var db = new TimelineDbContext(TimelineDatabase.Options(file)))
        {
            db.Database.Migrate();
        }

        TimelineDatabase.PendingMigrations(file).ShouldBeEmpty();
        TimelineDatabase.Migrate(file);
        Rows(file, History).Count.ShouldBe(MigrationScripts.Embedded(DatabaseEngine.Sqlite).Count);
    }

    [Fact]
    public void Two_processes_migrating_a_new_database_at_once_both_succeed()
    {
        var file = NewFile();

        Parallel.For(0, 4, _ => TimelineDatabase.Migrate(file));

        TimelineDatabase.PendingMigrations(file).ShouldBeEmpty();
        Rows(file, "PRAGMA integrity_check").ShouldBe(["ok"]);
    }

    // EF's Migrate() also leaves its lock table (__EFMigrationsLock), which is no part of the schema; rootpage depends on order.
    private const string Schema = "SELECT type || ' ' || name || ' ' || tbl_name || ' ' || ifnull(sql, '') FROM sqlite_master WHERE name <> '__EFMigrationsLock' ORDER BY type, name";
    private const string History = "SELECT MigrationId || ' ' || ProductVersion FROM __EFMigrationsHistory ORDER BY MigrationId";

    private static string Normalise(string sql) => sql.Replace("\r\n", "\n", StringComparison.Ordinal);

    private string NewFile()
    {
        var path = Path.Combine(Path.GetTempPath(), $"timeline-migrations-{Guid.NewGuid():N}.db");
        _files.Add(path);
        return TimelineDatabase.ConnectionStringForFile(path);
    }

    private static List<string> Rows(string connectionString, string sql)
    {
        using var connection = new SqliteConnection(connectionString);
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        using var reader = command.ExecuteReader();
        var rows = new List<string>();
        while (reader.Read())
        {
            rows.Add(reader.GetString(0));
        }
        return rows;
    }
}
