using Microsoft.Data.Sqlite;
using Npgsql;
using Timeline.Data;

namespace Timeline.Data.Tests;

/// <summary>
/// A migrated database of its own per test, deleted afterwards: a SQLite file, or a database created on the PostgreSQL server
/// the tests are given (<see cref="PostgresServer"/>).
/// </summary>
public abstract class TempDatabase : IDisposable
{
    public static TempDatabase Sqlite() => new SqliteFile();

    public static TempDatabase Postgres() => new PostgresDatabase();

    public abstract DatabaseEngine Engine { get; }

    public abstract string ConnectionString { get; }

    public TimelineDbContext Create() => new(TimelineDatabase.Options(ConnectionString));

    public abstract void Dispose();

    private sealed class SqliteFile : TempDatabase
    {
        private readonly string _path = Path.Combine(Path.GetTempPath(), $"timeline-test-{Guid.NewGuid():N}.db");

        public SqliteFile()
        {
            ConnectionString = TimelineDatabase.ConnectionStringForFile(_path);
            TimelineDatabase.Migrate(ConnectionString);
        }

        public override DatabaseEngine Engine => DatabaseEngine.Sqlite;

        public override string ConnectionString { get; }

        public override void Dispose()
        {
            SqliteConnection.ClearAllPools();
            foreach (var suffix in new[] { "", "-wal", "-shm" })
            {
                File.Delete(_path + suffix);
            }
        }
    }

    private sealed class PostgresDatabase : TempDatabase
    {
        private readonly string _name = $"timeline_test_{Guid.NewGuid():N}";

        public PostgresDatabase()
        {
            ConnectionString = PostgresServer.ConnectionString(_name);
            // Migrate creates the database, as the app does on a server that lacks it.
            TimelineDatabase.Migrate(ConnectionString);
        }

        public override DatabaseEngine Engine => DatabaseEngine.Postgres;

        public override string ConnectionString { get; }

        public override void Dispose() => PostgresServer.Drop(_name, ConnectionString);
    }
}

/// <summary>
/// The PostgreSQL server of the tests: tests/run.sh starts a throw-away one (or passes on the one given) in
/// TIMELINE_TEST_POSTGRES. Without it a PostgreSQL test fails and says so: passing would claim an engine was tested.
/// </summary>
public static class PostgresServer
{
    public const string Variable = "TIMELINE_TEST_POSTGRES";

    /// <summary>The server's connection string with <paramref name="database"/> as its database.</summary>
    public static string ConnectionString(string database)
    {
        var server = Environment.GetEnvironmentVariable(Variable);
        if (string.IsNullOrWhiteSpace(server))
        {
            throw new InvalidOperationException(
                $"this test needs a PostgreSQL server: run `bash tests/run.sh` (it starts a throw-away one), or set {Variable} " +
                "to a connection string of a server where databases may be created and dropped (Host=...;Port=...;Username=...)");
        }
        return new NpgsqlConnectionStringBuilder(server) { Database = database }.ConnectionString;
    }

    /// <summary>Drops the database, closing the sessions still on it (pooled ones, a killed test's).</summary>
    public static void Drop(string database, string connectionString)
    {
        using (var pooled = new NpgsqlConnection(connectionString))
        {
            NpgsqlConnection.ClearPool(pooled);
        }
        using var server = new NpgsqlConnection(new NpgsqlConnectionStringBuilder(connectionString) { Database = "postgres", Pooling = false }.ConnectionString);
        server.Open();
        using var drop = server.CreateCommand();
        drop.CommandText = $"DROP DATABASE IF EXISTS \"{database}\" WITH (FORCE)";
        drop.ExecuteNonQuery();
    }
}
