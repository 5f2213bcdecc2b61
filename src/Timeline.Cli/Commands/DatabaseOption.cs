using System.CommandLine;
using Timeline.Data;

namespace Timeline.Cli.Commands;

internal static class DatabaseOption
{
    public static Option<string?> Create() => new("--db")
    {
        Description = "the database file (default: the web app's, ~/.local/share/timeline/timeline.db)",
        HelpName = "FILE",
    };

    /// <summary>`--db FILE`, else the web app's default database (~/.local/share/timeline/timeline.db); migrated before use.</summary>
    public static string Open(string? file)
    {
        var connectionString = file is not null
            ? TimelineDatabase.ConnectionStringForFile(file)
            : TimelineDatabase.DefaultConnectionString;
        TimelineDatabase.Migrate(connectionString);
        return connectionString;
    }
}
