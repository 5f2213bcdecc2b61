using System.CommandLine;
using Timeline.Data;

namespace Timeline.Cli.Commands;

internal static class DatabaseOption
{
    public static Option<string?> Create() => new("--db")
    {
        Description = "the database file (default: the web app's, ~/.local/share/timeline/timeline.db), " +
            "or a PostgreSQL connection string (\"Host=...;Database=...;Username=...\")",
        HelpName = "FILE|CONNECTION",
    };

    /// <summary>
    /// `--db FILE` or `--db "Host=..."` (a PostgreSQL server, recognised as the app recognises it), else the web app's default
    /// database (~/.local/share/timeline/timeline.db); migrated before use.
    /// </summary>
    public static string Open(string? file)
    {
        var connectionString = file is null ? TimelineDatabase.DefaultConnectionString
            : DatabaseEngines.Of(file) == DatabaseEngine.Postgres ? file
            : TimelineDatabase.ConnectionStringForFile(file);
        TimelineDatabase.Migrate(connectionString);
        return connectionString;
    }
}
