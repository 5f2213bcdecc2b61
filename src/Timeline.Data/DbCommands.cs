using System.Data.Common;

namespace Timeline.Data;

/// <summary>Plain ADO.NET on either engine: the provider-neutral way to give a command a parameter.</summary>
public static class DbCommands
{
    /// <summary>Adds a parameter and returns it, so a prepared command can set its value again for each row.</summary>
    public static DbParameter AddParameter(this DbCommand command, string name, object? value)
    {
        var parameter = command.CreateParameter();
        parameter.ParameterName = name;
        parameter.Value = value ?? DBNull.Value;
        command.Parameters.Add(parameter);
        return parameter;
    }
}
