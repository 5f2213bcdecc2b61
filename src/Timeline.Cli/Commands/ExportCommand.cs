using System.CommandLine;
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
    public static Command Definition(CliConsole io)
    {
        var format = new Option<string>("--format") { Description = "csv or json", HelpName = "csv|json", Required = true };
        format.AcceptOnlyFromAmong("csv", "json");
        Option<string[]> Many(string name, string what) => new(name) { Description = what + " (repeatable: any of them)", HelpName = "NAME", Arity = ArgumentArity.ZeroOrMore };
        var actor = Many("--actor", "an actor, in any case or by an alias of the knowledge file");
        var system = Many("--system", "a weapon system, in any case or by an alias");
        var type = Many("--type", "an event type: meeting, decision, pledge, delivery, request, attack, statement");
        var text = new Option<string?>("--q") { Description = "words in the title, summary or names", HelpName = "TEXT" };
        var from = new Option<string?>("--from") { Description = "the first day: YYYY, YYYY-MM or YYYY-MM-DD", HelpName = "DATE" };
        var to = new Option<string?>("--to") { Description = "the last day: YYYY, YYYY-MM (all of it) or YYYY-MM-DD", HelpName = "DATE" };
        var confidence = new Option<string?>("--confidence") { Description = "only events at least this sure, in percent", HelpName = "PERCENT" };
        var output = new Option<string?>("--out") { Description = "the file to write (default: stdout)", HelpName = "FILE" };
        var db = DatabaseOption.Create();
        var command = new Command("export", "Write the events of a filter as CSV or JSON (the filter language of the page and the export URLs)")
        {
            format, actor, system, type, text, from, to, confidence, output, db,
        };
        command.SetAction((r, ct) => RunAsync(r.GetValue(format)!,
            new FilterQuery(r.GetValue(actor) ?? [], r.GetValue(system) ?? [], r.GetValue(type) ?? [], r.GetValue(text), r.GetValue(from), r.GetValue(to), r.GetValue(confidence)),
            r.GetValue(output), r.GetValue(db), io.OpenStdout, io.Error));
        return command;
    }

    public static async Task<int> RunAsync(string format, FilterQuery query, string? outputFile, string? databaseFile, Func<Stream> stdout, TextWriter stderr)
    {
        var connectionString = DatabaseOption.Open(databaseFile);
        await using var db = new TimelineDbContext(TimelineDatabase.Options(connectionString));
        var parsed = FilterParser.Parse(query, await FilterNamesQuery.LoadAsync(db, KnowledgeBase.LoadDefault()));
        if (!parsed.Ok)
        {
            foreach (var problem in parsed.Problems)
            {
                stderr.WriteLine($"error: {problem}");
            }
            return Entry.UsageError;
        }
        var filter = parsed.Filter;
        await using var output = outputFile is { } path ? File.Create(path) : stdout();
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
