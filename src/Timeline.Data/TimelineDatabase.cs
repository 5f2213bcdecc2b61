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

    /// <summary>SQLite creates the file but not its folder.</summary>
    private static void EnsureFolder(string connectionString)
    {
        var path = new SqliteConnectionStringBuilder(connectionString).DataSource;
        if (!string.IsNullOrEmpty(path) && path != ":memory:" && Path.GetDirectoryName(Path.GetFullPath(path)) is { } dir)
        {
            Directory.CreateDirectory(dir);
        }
    }

    /// <summary>The engine is the connection string's (<see cref="DatabaseEngines.Of(string)"/>).</summary>
    public static void Configure(DbContextOptionsBuilder options, string connectionString)
    {
        if (DatabaseEngines.Of(connectionString) == DatabaseEngine.Postgres)
        {
            options.UseNpgsql(connectionString, o => o.CommandTimeout(60));
        }
        else
        {
            options.UseSqlite(connectionString, o => o.CommandTimeout(60));
        }
    }

    private static readonly ConcurrentDictionary<string, DbContextOptions<TimelineDbContext>> OptionsCache = new(StringComparer.Ordinal);

    /// <summary>Built once per connection string: fresh options cost EF a new internal service provider (~10 ms) each time.</summary>
    public static DbContextOptions<TimelineDbContext> Options(string connectionString) =>
        OptionsCache.GetOrAdd(connectionString, cs =>
        {
            var builder = new DbContextOptionsBuilder<TimelineDbContext>();
            Configure(builder, cs);
            return builder.Options;
        });

    /// <summary>
    /// Applies pending migrations and sets WAL so the web app can read while the CLI imports. It runs the scripts EF generated
    /// for the migrations (<see cref="MigrationScripts"/>) over a plain connection, not EF's Migrate(): building a context,
    /// its service provider and model cost a CLI run ~600 ms before it could start. A database EF migrated is read alike:
    /// both keep EF's __EFMigrationsHistory.
    /// </summary>
    public static void Migrate(string connectionString)
    {
        if (DatabaseEngines.Of(connectionString) == DatabaseEngine.Postgres)
        {
            PostgresDatabase.Migrate(connectionString);
            return;
        }
        EnsureFolder(connectionString);
        using var connection = new SqliteConnection(connectionString);
        connection.Open();
        // First, so a new database is created with them. 8 KB pages rather than SQLite's 4 KB: an import writes fewer pages
        // into the WAL and splits fewer (measured: 2,000 articles 1.47 -> 1.42 s); an existing database keeps its page size.
        Execute(connection, "PRAGMA page_size=8192; PRAGMA journal_mode=WAL");
        foreach (var (id, sql) in Pending(connection))
        {
            try
            {
                // Each script wraps its migration in its own transaction, as EF does.
                Execute(connection, sql);
            }
            catch (SqliteException)
            {
                // The failed statement left the script's transaction open on a connection that goes back to the pool.
                if (SQLitePCL.raw.sqlite3_get_autocommit(connection.Handle) == 0)
                {
                    Execute(connection, "ROLLBACK");
                }
                // Another process (the web app, a second import) may have applied it meanwhile; anything else is a failure.
                if (!Applied(connection).Contains(id))
                {
                    throw;
                }
            }
        }
    }

    /// <summary>The ids of the migrations <see cref="Migrate"/> would apply.</summary>
    public static IReadOnlyList<string> PendingMigrations(string connectionString)
    {
        if (DatabaseEngines.Of(connectionString) == DatabaseEngine.Postgres)
        {
            return PostgresDatabase.PendingMigrations(connectionString);
        }
        using var connection = new SqliteConnection(connectionString);
        connection.Open();
        return Pending(connection).Select(s => s.Id).ToList();
    }

    private static List<(string Id, string Sql)> Pending(SqliteConnection connection)
    {
        var applied = Applied(connection);
        return MigrationScripts.Embedded(DatabaseEngine.Sqlite).Where(s => !applied.Contains(s.Id)).ToList();
    }

    private static HashSet<string> Applied(SqliteConnection connection)
    {
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT name FROM sqlite_master WHERE type = 'table' AND name = '__EFMigrationsHistory'";
        var ids = new HashSet<string>(StringComparer.Ordinal);
        if (command.ExecuteScalar() is null)
        {
            return ids; // the first migration's script creates it
        }
        command.CommandText = "SELECT MigrationId FROM __EFMigrationsHistory";
        using var reader = command.ExecuteReader();
        while (reader.Read())
        {
            ids.Add(reader.GetString(0));
        }
        return ids;
    }

    private static void Execute(SqliteConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }
}
