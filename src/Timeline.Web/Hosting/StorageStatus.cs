using Microsoft.Data.Sqlite;

namespace Timeline.Web.Hosting;

/// <summary>
/// Whether the app can write its database. A read-only file or folder (a mounted snapshot, a backup copy, wrong
/// permissions) still browses: the pages and exports only read; the first-start import is skipped and the page says why.
/// </summary>
public sealed class StorageStatus
{
    public bool ReadOnly { get; private init; }
    public string? Reason { get; private init; }

    public static StorageStatus Writable { get; } = new();

    public static StorageStatus ReadOnlyBecause(string reason) => new() { ReadOnly = true, Reason = reason };

    /// <summary>
    /// Writes a table in a transaction and rolls it back: nothing stays, but a database that cannot be written says so (the
    /// write lock alone is granted even to a read-only connection).
    /// </summary>
    public static StorageStatus Probe(string connectionString)
    {
        if (Timeline.Data.DatabaseEngines.Of(connectionString) == Timeline.Data.DatabaseEngine.Postgres)
        {
            return ProbePostgres(connectionString);
        }
        try
        {
            using var connection = new SqliteConnection(connectionString);
            connection.Open();
            using var command = connection.CreateCommand();
            command.CommandText = "BEGIN IMMEDIATE; CREATE TABLE __write_probe (x);";
            try
            {
                command.ExecuteNonQuery();
            }
            finally
            {
                if (SQLitePCL.raw.sqlite3_get_autocommit(connection.Handle) == 0)
                {
                    command.CommandText = "ROLLBACK";
                    command.ExecuteNonQuery();
                }
            }
            return Writable;
        }
        catch (SqliteException e) when (e.SqliteErrorCode is 8 /* READONLY */ or 3 /* PERM */ or 14 /* CANTOPEN */ or 13 /* FULL */ or 10 /* IOERR */)
        {
            return ReadOnlyBecause(e.SqliteErrorCode switch
            {
                13 => "the disk is full",
                14 => "its file or folder cannot be opened for writing",
                _ => "its file or folder is read-only",
            });
        }
    }

    /// <summary>
    /// The same probe on a PostgreSQL server: a role without the right to write, or a read-only standby or transaction
    /// default, browses read-only. A server that cannot be reached is no such case: migrating has failed before this runs.
    /// </summary>
    private static StorageStatus ProbePostgres(string connectionString)
    {
        using var connection = new Npgsql.NpgsqlConnection(connectionString);
        connection.Open();
        using var transaction = connection.BeginTransaction();
        using var command = connection.CreateCommand();
        command.Transaction = transaction;
        // An update of no row: the server still checks the role's right to write the table and whether it may write at all.
        command.CommandText = """UPDATE "AppState" SET "Value" = "Value" WHERE false""";
        try
        {
            command.ExecuteNonQuery();
            return Writable;
        }
        catch (Npgsql.PostgresException e) when (e.SqlState is Npgsql.PostgresErrorCodes.InsufficientPrivilege
            or Npgsql.PostgresErrorCodes.ReadOnlySqlTransaction)
        {
            return ReadOnlyBecause(e.SqlState == Npgsql.PostgresErrorCodes.InsufficientPrivilege
                ? "its role may not write to the database"
                : "the server is read-only (a standby, or read-only transactions by default)");
        }
        finally
        {
            transaction.Rollback();
        }
    }
}
