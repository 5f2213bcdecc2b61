using Npgsql;

namespace Timeline.Data;

/// <summary>
/// <see cref="TimelineDatabase.Migrate"/> on PostgreSQL: creates the database when the server lacks it (as SQLite creates its
/// file) and applies PostgreSQL's migration scripts under an advisory lock, so app instances and imports starting at once
/// migrate one after the other and the later ones find nothing left to do.
/// </summary>
internal static class PostgresDatabase
{
    /// <summary>The advisory lock key of migrating (any fixed number; the import lock has another).</summary>
    public const long MigrationLock = 0x54_4C_4D_49_47; // "TLMIG"

    public static void Migrate(string connectionString)
    {
        EnsureDatabase(connectionString);
        // Not pooled: a pooled connection goes back to the pool still holding a session lock that a failure left behind,
        // and other instances would wait on it; closed, the server releases it. No command timeout: an instance waits as long
        // as another one migrates.
        var builder = new NpgsqlConnectionStringBuilder(connectionString) { Pooling = false, CommandTimeout = 0 };
        using var connection = new NpgsqlConnection(builder.ConnectionString);
        connection.Open();
        // Session-level: held across the scripts' own transactions, released by the unlock or when the connection closes.
        Execute(connection, $"SELECT pg_advisory_lock({MigrationLock})");
        try
        {
            foreach (var (_, sql) in Pending(connection))
            {
                // Each script is one transaction (EF writes START TRANSACTION ... COMMIT around it).
                Execute(connection, sql);
            }
        }
        catch
        {
            // A failed script leaves its transaction aborted: the unlock below would fail too and hide this error.
            Execute(connection, "ROLLBACK");
            throw;
        }
        Execute(connection, $"SELECT pg_advisory_unlock({MigrationLock})");
    }

    public static IReadOnlyList<string> PendingMigrations(string connectionString)
    {
        using var connection = new NpgsqlConnection(connectionString);
        connection.Open();
        return Pending(connection).Select(s => s.Id).ToList();
    }

    private static List<(string Id, string Sql)> Pending(NpgsqlConnection connection)
    {
        var applied = new HashSet<string>(StringComparer.Ordinal);
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT to_regclass('\"__EFMigrationsHistory\"') IS NOT NULL";
        if ((bool)command.ExecuteScalar()!)
        {
            command.CommandText = "SELECT \"MigrationId\" FROM \"__EFMigrationsHistory\"";
            using var reader = command.ExecuteReader();
            while (reader.Read())
            {
                applied.Add(reader.GetString(0));
            }
        }
        return MigrationScripts.Embedded(DatabaseEngine.Postgres).Where(s => !applied.Contains(s.Id)).ToList();
    }

    /// <summary>Creates the connection string's database through the server's maintenance database when it is missing.</summary>
    private static void EnsureDatabase(string connectionString)
    {
        try
        {
            using var probe = new NpgsqlConnection(connectionString);
            probe.Open();
            return;
        }
        catch (PostgresException e) when (e.SqlState == PostgresErrorCodes.InvalidCatalogName)
        {
            // The database does not exist yet.
        }
        var builder = new NpgsqlConnectionStringBuilder(connectionString);
        var name = builder.Database!;
        builder.Database = "postgres";
        builder.Pooling = false;
        using var server = new NpgsqlConnection(builder.ConnectionString);
        server.Open();
        try
        {
            // UTF-8 and the C collation: text orders byte-wise, as SQLite orders it, so both engines list alike.
            Execute(server, $"CREATE DATABASE \"{name.Replace("\"", "\"\"", StringComparison.Ordinal)}\" TEMPLATE template0 ENCODING 'UTF8' LC_COLLATE 'C' LC_CTYPE 'C'");
        }
        catch (PostgresException e) when (e.SqlState is PostgresErrorCodes.DuplicateDatabase or PostgresErrorCodes.UniqueViolation)
        {
            // Another instance created it meanwhile (two CREATE DATABASE at once may also meet in pg_database's unique index).
        }
    }

    private static void Execute(NpgsqlConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }
}
