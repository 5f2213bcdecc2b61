using Microsoft.Data.Sqlite;
using Npgsql;

namespace Timeline.Data.Store;

/// <summary>
/// One import at a time into a database, across processes and machines (two CLI runs, the web app's seeding, app instances
/// on one server): merging reads what earlier articles committed, so two merges at once lose each other's updates and split
/// events. The second importer waits for the first and then merges into what it stored, which gives the events one import
/// of everything gives.
/// </summary>
/// <remarks>
/// SQLite: an exclusive lock (flock) on a file beside the database. The file stays: deleting it on release would let a
/// waiter lock the deleted file while a newcomer locks a new one. PostgreSQL: a session advisory lock, held by a connection
/// of its own; the server releases it when that session ends, a killed importer's too.
/// </remarks>
public sealed class ImportLock : IDisposable
{
    /// <summary>The advisory lock key of importing (any fixed number; migrating has another).</summary>
    public const long PostgresKey = 0x54_4C_49_4D_50; // "TLIMP"

    private static readonly TimeSpan Poll = TimeSpan.FromMilliseconds(100);
    private readonly IDisposable? _held;

    private ImportLock(IDisposable? held) => _held = held;

    /// <param name="waiting">Called once, when another import holds the lock, so a user learns why nothing happens.</param>
    public static ImportLock Acquire(string connectionString, Action<string>? waiting = null, CancellationToken ct = default)
    {
        if (DatabaseEngines.Of(connectionString) == DatabaseEngine.Postgres)
        {
            return new ImportLock(AcquirePostgres(connectionString, waiting, ct));
        }
        var source = new SqliteConnectionStringBuilder(connectionString).DataSource;
        if (string.IsNullOrEmpty(source) || source == ":memory:" || source.StartsWith("file::memory:", StringComparison.Ordinal))
            return new ImportLock(null);
        var path = Path.GetFullPath(source) + ".import-lock";
        return new ImportLock(Wait(() =>
        {
            try
            {
                return new FileStream(path, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None);
            }
            catch (IOException) when (!ct.IsCancellationRequested)
            {
                return null;
            }
        }, () => waiting?.Invoke(path), ct));
    }

    private static NpgsqlConnection AcquirePostgres(string connectionString, Action<string>? waiting, CancellationToken ct)
    {
        // Not pooled: closing must end the session, or a pooled connection would keep the lock for whoever takes it next.
        var connection = new NpgsqlConnection(new NpgsqlConnectionStringBuilder(connectionString) { Pooling = false }.ConnectionString);
        connection.Open();
        try
        {
            using var command = connection.CreateCommand();
            command.CommandText = $"SELECT pg_try_advisory_lock({PostgresKey})";
            return Wait(() => (bool)command.ExecuteScalar()! ? connection : null,
                () => waiting?.Invoke($"advisory lock {PostgresKey} on {connection.Host}/{connection.Database}"), ct);
        }
        catch
        {
            connection.Dispose();
            throw;
        }
    }

    /// <summary>Tries until <paramref name="attempt"/> gives the lock, telling <paramref name="told"/> once that it waits.</summary>
    private static T Wait<T>(Func<T?> attempt, Action told, CancellationToken ct) where T : class
    {
        var waited = false;
        while (true)
        {
            if (attempt() is { } held) return held;
            ct.ThrowIfCancellationRequested();
            if (!waited) told();
            waited = true;
            ct.WaitHandle.WaitOne(Poll);
        }
    }

    public void Dispose() => _held?.Dispose();
}
