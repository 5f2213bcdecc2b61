using System.Text;
using Timeline.Data;
using Timeline.Data.Queries;
using Timeline.Domain.Export;
using Timeline.Domain.Knowledge;

namespace Timeline.Cli.Commands;

/// <summary>
/// `export --format csv|json [--actor NAME]... [--system NAME]... [--type TYPE]... [--from DATE] [--to DATE] [--out FILE] [--db FILE]`:
/// the filter is read as the page and the export URLs read it (<see cref="FilterParser"/>); what cannot be read is an
/// error line each on stderr and exit code 2.
/// </summary>
internal static class ExportCommand
{
    public static async Task<int> RunAsync(IReadOnlyList<string> rawArgs, Stream stdout, TextWriter? stderr = null)
    {
        var args = CliArgs.Parse(rawArgs, "db", "format", "actor", "system", "type", "from", "to", "out", "q", "confidence");
        var format = args.One("format") ?? throw new UsageException("export needs --format csv or --format json");
        if (format is not ("csv" or "json"))
        {
            throw new UsageException($"unknown format '{format}': use csv or json");
        }
        var connectionString = DatabaseOption.Open(args);
        await using var db = new TimelineDbContext(TimelineDatabase.Options(connectionString));
        var query = new FilterQuery(args.All("actor"), args.All("system"), args.All("type"), args.One("q"), args.One("from"), args.One("to"), args.One("confidence"));
        var parsed = FilterParser.Parse(query, await FilterNamesQuery.LoadAsync(db, KnowledgeBase.LoadDefault()));
        if (!parsed.Ok)
        {
            foreach (var problem in parsed.Problems)
            {
                (stderr ?? Console.Error).WriteLine($"error: {problem}");
            }
            return 2;
        }
        var filter = parsed.Filter;
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
}
