using System.Text;
using Timeline.Data;
using Timeline.Data.Queries;
using Timeline.Domain.Export;
using Timeline.Domain.Model;

namespace Timeline.Cli.Commands;

/// <summary>`export --format csv|json [--actor NAME]... [--system NAME]... [--type TYPE]... [--from DATE] [--to DATE] [--out FILE] [--db FILE]`.</summary>
internal static class ExportCommand
{
    public static async Task<int> RunAsync(IReadOnlyList<string> rawArgs, Stream stdout)
    {
        var args = CliArgs.Parse(rawArgs, "db", "format", "actor", "system", "type", "from", "to", "out", "q");
        var format = args.One("format") ?? throw new UsageException("export needs --format csv or --format json");
        if (format is not ("csv" or "json"))
        {
            throw new UsageException($"unknown format '{format}': use csv or json");
        }
        var filter = new EventFilter(
            args.All("actor"),
            args.All("system"),
            args.All("type").Select(ParseType).ToList(),
            args.One("q"),
            Bound(args.One("from"), DateBounds.ParseFrom, "from"),
            Bound(args.One("to"), DateBounds.ParseTo, "to"));
        var connectionString = DatabaseOption.Open(args);

        await using var db = new TimelineDbContext(TimelineDatabase.Options(connectionString));
        await using var output = args.One("out") is { } path ? File.Create(path) : stdout;
        var events = ExportQueries.StreamAsync(db, filter);
        if (format == "json")
        {
            await JsonExport.WriteAsync(events, output);
        }
        else
        {
            await using var writer = new StreamWriter(output, new UTF8Encoding(false), leaveOpen: true);
            await CsvExport.WriteAsync(events, writer);
        }
        return 0;
    }

    private static EventType ParseType(string value) =>
        Enum.TryParse<EventType>(value, ignoreCase: true, out var type) && !int.TryParse(value, out _)
            ? type
            : throw new UsageException($"unknown type '{value}': use {string.Join(", ", Enum.GetNames<EventType>()).ToLowerInvariant()}");

    private static DateOnly? Bound(string? value, Func<string, DateOnly?> parse, string name) =>
        value is null ? null : parse(value) ?? throw new UsageException($"--{name} takes YYYY, YYYY-MM or YYYY-MM-DD, not '{value}'");
}
