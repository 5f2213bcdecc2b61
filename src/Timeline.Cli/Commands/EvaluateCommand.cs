using System.CommandLine;
using System.Globalization;
using System.Text.Json;
using Timeline.Data;
using Timeline.Data.Queries;
using Timeline.Data.Store;
using Timeline.Domain.Export;
using Timeline.Domain.Evaluation;
using Timeline.Domain.Import;
using Timeline.Domain.Pipeline;

namespace Timeline.Cli.Commands;

/// <summary>
/// `evaluate --gold GOLD.json PATH... [--json] [--knowledge FILE]...`: imports the articles into a throw-away database,
/// scores the events against the gold timeline and names the likely reason of each missed core event and extra event.
/// </summary>
internal static class EvaluateCommand
{
    public static Command Definition(CliConsole io)
    {
        var gold = new Option<string>("--gold") { Description = "the gold timeline (format in the README)", HelpName = "GOLD.json", Required = true };
        var paths = PathsArgument.Create("the annotated articles, or folders of them");
        var json = new Option<bool>("--json") { Description = "print one JSON object, for scripts" };
        var knowledge = KnowledgeOption.Create();
        var command = new Command("evaluate", "Import articles into a throw-away database and score the events against a gold timeline") { gold, paths, json, knowledge };
        command.SetAction(r => Run(r.GetValue(gold)!, r.GetValue(paths)!, r.GetValue(json), r.GetValue(knowledge), io.Out, io.Error));
        return command;
    }

    public static int Run(string goldPath, IReadOnlyList<string> paths, bool json, IReadOnlyList<string>? knowledgeFiles, TextWriter stdout, TextWriter stderr)
    {
        IReadOnlyList<GoldEvent> gold;
        try
        {
            gold = GoldTimeline.Load(goldPath);
        }
        catch (Exception e) when (e is IOException or InvalidDataException or JsonException or UnauthorizedAccessException)
        {
            stderr.WriteLine($"error: cannot read the gold timeline '{goldPath}': {e.Message}");
            return 2;
        }

        var folder = Directory.CreateTempSubdirectory("timeline-evaluate-");
        try
        {
            var connectionString = TimelineDatabase.ConnectionStringForFile(Path.Combine(folder.FullName, "timeline.db"));
            TimelineDatabase.Migrate(connectionString);
            var knowledge = KnowledgeOption.Load(knowledgeFiles);
            using (var store = new TimelineStore(connectionString))
                new Importer(ImportPipeline.CreateDefault(knowledge), store).Import(SourceReader.Read(paths));
            // Scored as exported: what a user gets from `timeline export --format json`.
            var predicted = new List<ScoredEvent>();
            using (var db = new TimelineDbContext(TimelineDatabase.Options(connectionString)))
                foreach (var e in ExportQueries.StreamAsync(db, EventFilter.None).ToBlockingEnumerable())
                    predicted.Add(ScoredEvent.From(e.Event, e.Sources.Select(s => s.File).Distinct().ToList()));
            var result = TimelineScorer.Score(gold, predicted);
            if (json) WriteJson(result, stdout);
            else WriteText(result, stdout);
            return 0;
        }
        finally
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            folder.Delete(recursive: true);
        }
    }

    private static void WriteText(Evaluation result, TextWriter o)
    {
        var m = result.Metrics;
        var inv = CultureInfo.InvariantCulture;
        o.WriteLine(string.Create(inv, $"events        {m.PredictedEvents} predicted, {m.CoreEvents} core in the gold"));
        o.WriteLine(string.Create(inv, $"core recall   {m.CoreRecall:0.000}"));
        o.WriteLine(string.Create(inv, $"precision     {m.Precision:0.000}"));
        o.WriteLine(string.Create(inv, $"duplicates    {m.Duplicates}"));
        o.WriteLine(string.Create(inv, $"date F1       {m.DateF1:0.000}"));
        o.WriteLine(string.Create(inv, $"source recall {m.SourceRecall:0.000}"));
        o.WriteLine(string.Create(inv, $"system F1     {m.SystemF1:0.000}"));
        o.WriteLine(string.Create(inv, $"actor recall  {m.ActorRecall:0.000}"));
        foreach (var (g, why) in result.MissedCore) o.WriteLine($"missed  {g.Id} ({g.Date}): {why}");
        foreach (var (e, why) in result.Extra) o.WriteLine($"extra   {e.Date} \"{e.Title}\": {why}");
    }

    private static void WriteJson(Evaluation result, TextWriter o)
    {
        using var stream = new MemoryStream();
        using (var w = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true }))
        {
            var m = result.Metrics;
            w.WriteStartObject();
            w.WriteNumber("pred_events", m.PredictedEvents);
            w.WriteNumber("core_events", m.CoreEvents);
            w.WriteNumber("core_recall", m.CoreRecall);
            w.WriteNumber("precision", m.Precision);
            w.WriteNumber("duplicates", m.Duplicates);
            w.WriteNumber("date_f1", m.DateF1);
            w.WriteNumber("source_recall", m.SourceRecall);
            w.WriteNumber("system_f1", m.SystemF1);
            w.WriteNumber("actor_recall", m.ActorRecall);
            w.WriteStartArray("missed_core");
            foreach (var (g, why) in result.MissedCore)
            {
                w.WriteStartObject();
                w.WriteString("id", g.Id);
                w.WriteString("date", g.Date);
                w.WriteString("reason", why);
                w.WriteEndObject();
            }
            w.WriteEndArray();
            w.WriteStartArray("extra");
            foreach (var (e, why) in result.Extra)
            {
                w.WriteStartObject();
                w.WriteString("id", e.Id);
                w.WriteString("date", e.Date);
                w.WriteString("title", e.Title);
                w.WriteString("reason", why);
                w.WriteEndObject();
            }
            w.WriteEndArray();
            w.WriteEndObject();
        }
        o.WriteLine(System.Text.Encoding.UTF8.GetString(stream.ToArray()));
    }
}
