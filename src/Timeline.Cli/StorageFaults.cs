using Microsoft.Data.Sqlite;
using Npgsql;

namespace Timeline.Cli;

/// <summary>
/// Faults of the disk or the database that the user can fix (a read-only file or folder, a full disk, a path that cannot
/// be a database, a PostgreSQL server that cannot be reached or refuses the user): a message naming the problem and exit
/// code 74 (EX_IOERR), not a crash with a stack trace.
/// </summary>
internal static class StorageFaults
{
    public const int ExitCode = 74;

    public static async Task<int> Guard(Func<Task<int>> command, TextWriter error)
    {
        try
        {
            return await command();
        }
        catch (Exception e) when (Describe(e) is { } why)
        {
            error.WriteLine($"error: {why}");
            return ExitCode;
        }
    }

    /// <summary>What went wrong in words, or null when the exception is not a storage fault (a bug: let it crash).</summary>
    public static string? Describe(Exception e)
    {
        // The store writes on a thread of its own and reports its faults wrapped, on a later call.
        for (Exception? x = e; x is not null; x = x.InnerException)
        {
            switch (x)
            {
                case SqliteException { SqliteErrorCode: 8 } s:
                    return $"the database is read-only; nothing was written ({s.Message})";
                case SqliteException { SqliteErrorCode: 13 }:
                    return "the disk is full; what was imported before this article is kept";
                case SqliteException { SqliteErrorCode: 14 } s:
                    return $"cannot open or create the database file; check the path given with --db and that its folder is writable ({s.Message})";
                case SqliteException { SqliteErrorCode: 26 }:
                    return "the file given with --db is not a SQLite database (a Timeline database is made by the first import into a new path)";
                case SqliteException { SqliteErrorCode: 11 } s:
                    return $"the database file is damaged ({s.Message})";
                case SqliteException { SqliteErrorCode: 10 } s:
                    return $"the disk could not be read or written ({s.Message})";
                case PostgresException { SqlState: PostgresErrorCodes.InvalidPassword or PostgresErrorCodes.InvalidAuthorizationSpecification } p:
                    return $"the PostgreSQL server given with --db refused the user name or password ({p.MessageText})";
                case PostgresException { SqlState: PostgresErrorCodes.InsufficientPrivilege } p:
                    return $"the PostgreSQL user given with --db may not do this; nothing was written ({p.MessageText})";
                case PostgresException { SqlState: PostgresErrorCodes.ReadOnlySqlTransaction } p:
                    return $"the PostgreSQL server is read-only; nothing was written ({p.MessageText})";
                case PostgresException { SqlState: PostgresErrorCodes.DiskFull }:
                    return "the PostgreSQL server's disk is full; what was imported before this article is kept";
                case NpgsqlException n when n is not PostgresException && n.IsTransient:
                    // Not reached or gone (refused, unknown host, dropped): nothing to fix in Timeline, everything in --db or the network.
                    return $"cannot reach the PostgreSQL server given with --db; check Host and Port and that it runs ({n.InnerException?.Message ?? n.Message})";
                case UnauthorizedAccessException u:
                    return $"no permission: {u.Message}";
                case IOException io when (io.HResult & 0xFFFF) == 28 || io.Message.Contains("No space left", StringComparison.OrdinalIgnoreCase):
                    return "the disk is full; what was imported before this article is kept";
                case IOException io:
                    return $"a file or folder could not be used: {io.Message}";
            }
        }
        return null;
    }
}
