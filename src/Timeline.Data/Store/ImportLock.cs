using Microsoft.Data.Sqlite;

namespace Timeline.Data.Store;

/// <summary>
/// One import at a time into a database file, across processes (two CLI runs, the web app's seeding): merging reads what
/// earlier articles committed, so two merges at once lose each other's updates and split events. The second importer
/// waits for the first and then merges into what it stored, which gives the events one import of everything gives.
/// </summary>
/// <remarks>
/// An exclusive lock (flock) on a file beside the database. The file stays: deleting it on release would let a waiter lock
/// the deleted file while a newcomer locks a new one.
/// </remarks>
public sealed class ImportLock : IDisposable
{
    private static readonly TimeSpan Poll = TimeSpan.FromMilliseconds(100);
    private readonly FileStream? _file;

    private ImportLock(FileStream? file) => _file = file;

    /// <param name="waiting">Called once, when another import holds the lock, so a user learns why nothing happens.</param>
    public static ImportLock Acquire(string connectionString, Action<string>? waiting = null, CancellationToken ct = default)
    {
        var source = new SqliteConnectionStringBuilder(connectionString).DataSource;
        if (string.IsNullOrEmpty(source) || source == ":memory:" || source.StartsWith("file::memory:", StringComparison.Ordinal))
            return new ImportLock(null);
        var path = Path.GetFullPath(source) + ".import-lock";
        var told = false;
        while (true)
        {
            try
            {
                return new ImportLock(new FileStream(path, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None));
            }
            catch (IOException) when (!ct.IsCancellationRequested)
            {
                if (!told) waiting?.Invoke(path);
                told = true;
                ct.WaitHandle.WaitOne(Poll);
            }
        }
    }

    public void Dispose() => _file?.Dispose();
}
