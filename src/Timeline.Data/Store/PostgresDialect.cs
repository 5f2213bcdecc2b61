using System.Data.Common;
using Npgsql;

namespace Timeline.Data.Store;

/// <summary>PostgreSQL: typed parameters (dates, times, booleans as themselves), JSON arrays through jsonb with casts.</summary>
public sealed class PostgresDialect : StoreDialect
{
    public static readonly PostgresDialect Instance = new();

    public override DbConnection Open(string connectionString)
    {
        var builder = new NpgsqlConnectionStringBuilder(connectionString);
        if (builder.MaxAutoPrepare == 0)
        {
            // The store reuses a few statement texts for every article: prepared once on the server, each is then only bound
            // and run, as SQLite's prepared statements are. A connection string that sets its own count keeps it.
            builder.MaxAutoPrepare = 64;
            builder.AutoPrepareMinUsages = 2;
        }
        var connection = new NpgsqlConnection(builder.ConnectionString);
        connection.Open();
        return connection;
    }

    public override object Value(object? value) => value switch
    {
        null => DBNull.Value,
        // Enums are text columns (EF's string conversion); dates, times and booleans go as their own types.
        Enum e => e.ToString(),
        var v => v,
    };

    public override string JsonRows(string parameter, IReadOnlyList<string> types) =>
        $"SELECT {string.Join(", ", types.Select((type, i) => $"(value->>{i})::{type}"))} " +
        $"FROM jsonb_array_elements({parameter}::jsonb) WITH ORDINALITY AS r(value, key) WHERE true ORDER BY key";

    public override string JsonValues(string parameter, string type) =>
        $"SELECT value::{type} FROM jsonb_array_elements_text({parameter}::jsonb) AS r(value)";

    public override DateOnly Date(DbDataReader reader, int ordinal) => reader.GetFieldValue<DateOnly>(ordinal);
}
