using System.Data.Common;
using System.Globalization;

namespace Timeline.Data.Store;

/// <summary>
/// What the store's plain SQL says differently on SQLite and on PostgreSQL; everything else (upserts with ON CONFLICT,
/// RETURNING, savepoints, quoted identifiers, @parameters) is written once for both. Kept to these few members so a second
/// engine is a second small class, not a second store.
/// </summary>
public abstract class StoreDialect
{
    public static StoreDialect For(string connectionString) =>
        DatabaseEngines.Of(connectionString) == DatabaseEngine.Postgres ? PostgresDialect.Instance : SqliteDialect.Instance;

    private BulkInserts? _inserts;

    /// <summary>The import's multi-row inserts in this dialect, built on first use.</summary>
    public BulkInserts Inserts => _inserts ??= new BulkInserts(this);

    /// <summary>An open connection, set up for a run of writes.</summary>
    public abstract DbConnection Open(string connectionString);

    /// <summary>A parameter's value as the engine keeps the column EF mapped it to.</summary>
    public abstract object Value(object? value);

    /// <summary>
    /// A SELECT of the rows of a JSON array of arrays (the parameter), one column per element, each as <paramref name="types"/>
    /// (PostgreSQL type names), in the array's order: what lets one statement insert all the rows an article adds.
    /// </summary>
    public abstract string JsonRows(string parameter, IReadOnlyList<string> types);

    /// <summary>A one-column SELECT of the values of a JSON array (the parameter), each as <paramref name="type"/>.</summary>
    public abstract string JsonValues(string parameter, string type);

    /// <summary>A date column as read back.</summary>
    public abstract DateOnly Date(DbDataReader reader, int ordinal);

    /// <summary>A date as EF stores it on SQLite and as PostgreSQL reads a date literal.</summary>
    internal static string Date(DateOnly d) => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
