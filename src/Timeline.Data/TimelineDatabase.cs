using System.Collections.Concurrent;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace Timeline.Data;

/// <summary>Where the database lives and how a context is opened: shared by the web app and the CLI.</summary>
public static class TimelineDatabase
{
    /// <summary>
    /// The database the CLI and the web app share when none is configured. A fixed per-user path rather than one
    /// relative to the working directory: `dotnet run` starts the web app in its project folder but the CLI in the
    /// caller's, and both must find the same file.
    /// </summary>
    public static string DefaultPath { get; } = Path.Combine(
        Environment.GetFolderPath(Environment.SpecialFolder.LocalApplicationData, Environment.SpecialFolderOption.Create),
        "timeline", "timeline.db");

    public static string DefaultConnectionString => ConnectionStringForFile(DefaultPath);

    public static string ConnectionStringForFile(string path) =>
        new SqliteConnectionStringBuilder { DataSource = path }.ToString();

    private static string? LatestApplied(TimelineDbContext db)
    {
        var connection = db.Database.GetDbConnection();
        db.Database.OpenConnection();
        try
        {
            using var command = connection.CreateCommand();
            command.CommandText = "SELECT name FROM sqlite_master WHERE type = 'table' AND name = '__EFMigrationsHistory'";
            if (command.ExecuteScalar() is null)
            {
                return null;
            }
            command.CommandText = "SELECT MigrationId FROM __EFMigrationsHistory ORDER BY MigrationId DESC LIMIT 1";
            return command.ExecuteScalar() as string;
        }
        finally
        {
            db.Database.CloseConnection();
        }
    }

    /// <summary>SQLite creates the file but not its folder.</summary>
    private static void EnsureFolder(string connectionString)
    {
        var path = new SqliteConnectionStringBuilder(connectionString).DataSource;
        if (!string.IsNullOrEmpty(path) && path != ":memory:" && Path.GetDirectoryName(Path.GetFullPath(path)) is { } dir)
        {
            Directory.CreateDirectory(dir);
        }
    }

    public static void Configure(DbContextOptionsBuilder options, string connectionString) =>
        options.UseSqlite(connectionString, o => o.CommandTimeout(60));

    private static readonly ConcurrentDictionary<string, DbContextOptions<TimelineDbContext>> OptionsCache = new(StringComparer.Ordinal);

    /// <summary>Built once per connection string: fresh options cost EF a new internal service provider (~10 ms) each time.</summary>
    public static DbContextOptions<TimelineDbContext> Options(string connectionString) =>
        OptionsCache.GetOrAdd(connectionString, cs =>
        {
            var builder = new DbContextOptionsBuilder<TimelineDbContext>();
            Configure(builder, cs);
            return builder.Options;
        });

    /// <summary>Applies migrations and sets WAL so the web app can read while the CLI imports.</summary>
    public static void Migrate(TimelineDbContext db)
    {
        EnsureFolder(db.Database.GetConnectionString() ?? "");
        if (LatestApplied(db) != db.Database.GetMigrations().LastOrDefault())
        {
            // Migrate() costs EF a model diff even when nothing is pending: only pay it when something is.
            db.Database.Migrate();
        }
        db.Database.ExecuteSqlRaw("PRAGMA journal_mode=WAL;");
    }
}
