using Timeline.Data;

namespace Timeline.Cli.Commands;

internal static class DatabaseOption
{
    /// <summary>`--db FILE`, else the web app's default database (~/.local/share/timeline/timeline.db); migrated before use.</summary>
    public static string Open(CliArgs args)
    {
        var connectionString = args.One("db") is { } file
            ? TimelineDatabase.ConnectionStringForFile(file)
            : TimelineDatabase.DefaultConnectionString;
        TimelineDatabase.Migrate(connectionString);
        return connectionString;
    }
}
