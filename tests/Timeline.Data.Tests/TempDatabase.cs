using Microsoft.Data.Sqlite;
using Timeline.Data;

namespace Timeline.Data.Tests;

/// <summary>A migrated SQLite file of its own per test, deleted afterwards.</summary>
public sealed class TempDatabase : IDisposable
{
    public TempDatabase()
    {
        Path = System.IO.Path.Combine(System.IO.Path.GetTempPath(), $"timeline-test-{Guid.NewGuid():N}.db");
        ConnectionString = TimelineDatabase.ConnectionStringForFile(Path);
        TimelineDatabase.Migrate(ConnectionString);
    }

    public string Path { get; }
    public string ConnectionString { get; }

    public TimelineDbContext Create() => new(TimelineDatabase.Options(ConnectionString));

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        foreach (var suffix in new[] { "", "-wal", "-shm" })
        {
            File.Delete(Path + suffix);
        }
    }
}
