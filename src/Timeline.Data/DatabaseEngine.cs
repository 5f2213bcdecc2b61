using System.Data.Common;

namespace Timeline.Data;

/// <summary>The two engines a timeline can live in: SQLite (a file, the default) or a PostgreSQL server (a shared timeline).</summary>
public enum DatabaseEngine
{
    Sqlite,
    Postgres,
}

/// <summary>Which engine a connection string (or the CLI's --db) names; one place, so the app, the CLI and the store agree.</summary>
public static class DatabaseEngines
{
    /// <summary>
    /// A PostgreSQL connection string names its server (<c>Host=</c>, or <c>Server=</c> as some tools write it); SQLite's only
    /// its file (<c>Data Source=</c>). Anything else, a plain path among them, is SQLite's.
    /// </summary>
    public static DatabaseEngine Of(string connectionString) =>
        IsPostgres(connectionString) ? DatabaseEngine.Postgres : DatabaseEngine.Sqlite;

    /// <summary>
    /// The engine as configured (<c>Timeline:Database</c> = <c>Sqlite</c> or <c>Postgres</c>), checked against the connection
    /// string, else recognised from it. A setting that contradicts the string is a mistake to report at start, not to guess around.
    /// </summary>
    public static DatabaseEngine Of(string connectionString, string? setting)
    {
        var recognised = Of(connectionString);
        if (string.IsNullOrWhiteSpace(setting))
        {
            return recognised;
        }
        if (!Enum.TryParse<DatabaseEngine>(setting.Trim(), ignoreCase: true, out var configured) || !Enum.IsDefined(configured))
        {
            throw new InvalidOperationException($"Timeline:Database is '{setting}': it must be Sqlite or Postgres");
        }
        if (configured != recognised)
        {
            throw new InvalidOperationException(configured == DatabaseEngine.Postgres
                ? "Timeline:Database is Postgres but ConnectionStrings:Timeline names no server (Host=...;Database=...)"
                : "Timeline:Database is Sqlite but ConnectionStrings:Timeline names a PostgreSQL server (Host=...)");
        }
        return configured;
    }

    private static bool IsPostgres(string connectionString)
    {
        if (!connectionString.Contains('='))
        {
            return false; // a file path
        }
        try
        {
            var builder = new DbConnectionStringBuilder { ConnectionString = connectionString };
            return builder.ContainsKey("Host") || builder.ContainsKey("Server");
        }
        catch (ArgumentException)
        {
            return false; // not key=value pairs: a file name with '=' in it
        }
    }
}
