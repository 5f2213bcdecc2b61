using System.Data.Common;

namespace Timeline.Data.Store;

/// <summary>
/// One connection for a store's run and one command per SQL text on it, created on first use and rebound for every row: the
/// engine prepares a text once (SQLite's statement cache, Npgsql's auto-prepare), not once per article.
/// </summary>
internal sealed class PreparedCommands(StoreDialect dialect, string connectionString) : IDisposable
{
    private readonly Dictionary<string, DbCommand> _commands = new(StringComparer.Ordinal);
    private DbConnection? _connection;

    /// <summary>A plain connection kept for the run: an EF context costs about a millisecond to open, more than a whole write.</summary>
    public DbConnection Connection => _connection ??= dialect.Open(connectionString);

    /// <summary>The command for <paramref name="sql"/>, in <paramref name="transaction"/>, with the parameters' values bound as the engine keeps them.</summary>
    public DbCommand Get(DbTransaction? transaction, string sql, (string Name, object? Value)[] parameters)
    {
        if (!_commands.TryGetValue(sql, out var command))
        {
            command = Connection.CreateCommand();
            command.CommandText = sql;
            foreach (var (name, _) in parameters)
            {
                var parameter = command.CreateParameter();
                parameter.ParameterName = name;
                command.Parameters.Add(parameter);
            }
            _commands[sql] = command;
        }
        command.Transaction = transaction;
        for (var i = 0; i < parameters.Length; i++)
        {
            command.Parameters[i].Value = dialect.Value(parameters[i].Value);
        }
        return command;
    }

    public void Dispose()
    {
        foreach (var command in _commands.Values)
        {
            command.Dispose();
        }
        _commands.Clear();
        _connection?.Dispose();
        _connection = null;
    }
}
