using System.Text;
using Microsoft.Data.Sqlite;
using Timeline.Cli.Commands;

namespace Timeline.Cli.Tests;

/// <summary>Runs CLI commands in-process and captures what they print.</summary>
internal static class Cli
{
    /// <summary>Runs one command line as the program does (parsed by <see cref="Entry"/>), with stdin and stdout of the test's own.</summary>
    public static async Task<(int Code, string Output, string Errors, byte[] Stdout)> RunAsync(string stdin, params string[] args)
    {
        var (output, errors) = (new StringWriter(), new StringWriter());
        using var stdout = new MemoryStream();
        var code = await Entry.RunAsync(args, new CliConsole(new StringReader(stdin), output, errors, () => new NonClosing(stdout)));
        return (code, output.ToString(), errors.ToString(), stdout.ToArray());
    }

    public static (int Code, string Output) Import(params string[] args)
    {
        var (code, output, _, _) = RunAsync("", ["import", .. args]).GetAwaiter().GetResult();
        return (code, output);
    }

    public static (int Code, string Output, string Errors) Remove(params string[] args)
    {
        var (code, output, errors, _) = RunAsync("", ["remove", .. args]).GetAwaiter().GetResult();
        return (code, output, errors);
    }

    public static (int Code, string Output) Evaluate(params string[] args)
    {
        var (code, output, _, _) = RunAsync("", ["evaluate", .. args]).GetAwaiter().GetResult();
        return (code, output);
    }

    public static async Task<(int Code, string Output)> Export(params string[] args)
    {
        var (code, output, _) = await ExportWithErrors(args);
        return (code, output);
    }

    public static async Task<(int Code, string Output, string Errors)> ExportWithErrors(params string[] args)
    {
        var (code, _, errors, stdout) = await RunAsync("", ["export", .. args]);
        return (code, Encoding.UTF8.GetString(stdout), errors);
    }

    /// <param name="db">A database file, or a PostgreSQL connection string as `--db` takes it.</param>
    public static string Scalar(string db, string sql)
    {
        using var connection = Open(db);
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        return Convert.ToString(command.ExecuteScalar(), System.Globalization.CultureInfo.InvariantCulture) ?? "";
    }

    public static List<string> Column(string db, string sql)
    {
        using var connection = Open(db);
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        using var reader = command.ExecuteReader();
        var values = new List<string>();
        while (reader.Read())
        {
            values.Add(reader.GetString(0));
        }
        return values;
    }

    private static System.Data.Common.DbConnection Open(string db)
    {
        System.Data.Common.DbConnection connection = Timeline.Data.DatabaseEngines.Of(db) == Timeline.Data.DatabaseEngine.Postgres
            ? new Npgsql.NpgsqlConnection(db)
            : new SqliteConnection($"Data Source={db}");
        connection.Open();
        return connection;
    }

    /// <summary>The command disposes its output like it would stdout; the test still needs to read it.</summary>
    private sealed class NonClosing(Stream inner) : Stream
    {
        public override bool CanRead => false;
        public override bool CanSeek => false;
        public override bool CanWrite => true;
        public override long Length => inner.Length;
        public override long Position { get => inner.Position; set => inner.Position = value; }
        public override void Flush() => inner.Flush();
        public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();
        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
        public override void SetLength(long value) => throw new NotSupportedException();
        public override void Write(byte[] buffer, int offset, int count) => inner.Write(buffer, offset, count);
    }
}
