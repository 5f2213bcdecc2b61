using System.Text;
using Microsoft.Data.Sqlite;
using Timeline.Cli.Commands;

namespace Timeline.Cli.Tests;

/// <summary>Runs CLI commands in-process and captures what they print.</summary>
internal static class Cli
{
    public static (int Code, string Output) Import(params string[] args)
    {
        var output = new StringWriter();
        var code = ImportCommand.Run(args, output);
        return (code, output.ToString());
    }

    public static (int Code, string Output, string Errors) Remove(params string[] args)
    {
        var (output, errors) = (new StringWriter(), new StringWriter());
        var code = RemoveCommand.Run(args, output, errors);
        return (code, output.ToString(), errors.ToString());
    }

    public static (int Code, string Output) Evaluate(params string[] args)
    {
        var output = new StringWriter();
        var code = EvaluateCommand.Run(args, output);
        return (code, output.ToString());
    }

    public static async Task<(int Code, string Output)> Export(params string[] args)
    {
        var (code, output, _) = await ExportWithErrors(args);
        return (code, output);
    }

    public static async Task<(int Code, string Output, string Errors)> ExportWithErrors(params string[] args)
    {
        using var stdout = new MemoryStream();
        var errors = new StringWriter();
        var code = await ExportCommand.RunAsync(args, new NonClosing(stdout), errors);
        return (code, Encoding.UTF8.GetString(stdout.ToArray()), errors.ToString());
    }

    public static string Scalar(string db, string sql)
    {
        using var connection = new SqliteConnection($"Data Source={db}");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        return Convert.ToString(command.ExecuteScalar(), System.Globalization.CultureInfo.InvariantCulture) ?? "";
    }

    public static List<string> Column(string db, string sql)
    {
        using var connection = new SqliteConnection($"Data Source={db}");
        connection.Open();
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
