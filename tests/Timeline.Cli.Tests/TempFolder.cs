using Microsoft.Data.Sqlite;

namespace Timeline.Cli.Tests;

/// <summary>A scratch folder with a database path in it, removed afterwards.</summary>
public sealed class TempFolder : IDisposable
{
    public string Path { get; } = Directory.CreateTempSubdirectory("timeline-cli-").FullName;

    public string Db => System.IO.Path.Combine(Path, "timeline.db");

    public string File(string name) => System.IO.Path.Combine(Path, name);

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        Directory.Delete(Path, recursive: true);
    }
}
