using System.CommandLine;
using Spectre.Console;
using Timeline.Data;
using Timeline.Data.Imports;
using Timeline.Data.Store;
using Timeline.Domain.Import;
using Timeline.Domain.Languages;
using Timeline.Domain.Pipeline;

namespace Timeline.Cli.Commands;

/// <summary>`import PATH... [--db FILE] [--knowledge FILE]...`: exit 1 when any file failed, the others still imported.</summary>
internal static class ImportCommand
{
    public static Command Definition(CliConsole io)
    {
        var paths = PathsArgument.Create("article files (Markdown, text, HTML), or folders of them");
        var db = DatabaseOption.Create();
        var knowledge = KnowledgeOption.Create();
        var command = new Command("import", "Find the dated events in articles and merge them into the timeline") { paths, db, knowledge };
        command.SetAction(r => Run(r.GetValue(paths)!, r.GetValue(db), r.GetValue(knowledge), io.Out));
        return command;
    }

    public static int Run(IReadOnlyList<string> paths, string? databaseFile, IReadOnlyList<string>? knowledgeFiles, TextWriter stdout)
    {
        // Migrating overlaps loading the knowledge base and building the date patterns: none needs the others, and all
        // are start-up time.
        var migrated = Task.Run(() => DatabaseOption.Open(databaseFile));
        // A lambda, not the method group: that would read the language files here, before the task starts.
        var prepared = Task.Run(() => Lexicon.Default.Prepare());
        var knowledge = KnowledgeOption.Load(knowledgeFiles);
        var connectionString = migrated.GetAwaiter().GetResult();
        prepared.GetAwaiter().GetResult();
        using var importing = ImportLock.Acquire(connectionString, _ => stdout.WriteLine("waiting for another import into this database to finish ..."));
        using var store = new TimelineStore(connectionString);
        var importer = new Importer(ImportPipeline.CreateDefault(knowledge), store);
        var clock = System.Diagnostics.Stopwatch.StartNew();
        var documents = SourceReader.Read(paths);

        var started = DateTimeOffset.UtcNow;
        var report = Console.IsOutputRedirected || documents.Count == 0
            ? importer.Import(documents)
            : WithProgressBar(importer, documents);
        // In the history the editors see beside their browser imports; the command line's user is the system account.
        ImportHistory.RecordAsync(connectionString, Environment.UserName, ImportHistory.CommandLine, started, report).GetAwaiter().GetResult();

        stdout.WriteLine(
            $"articles: {report.New} new, {(report.Replaced > 0 ? $"{report.Replaced} replaced by a new version, " : "")}{report.Unchanged} unchanged, {report.Failed} failed; " +
            $"events: {report.EventsCreated} created, {report.EventsUpdated} updated");
        foreach (var failed in report.Files.Where(f => f.Outcome == ImportOutcome.Failed))
        {
            stdout.WriteLine($"failed: {failed.FileName}: {failed.Reason}");
        }
        stdout.WriteLine(string.Create(System.Globalization.CultureInfo.InvariantCulture,
            $"took {clock.Elapsed.TotalSeconds:0.00} s for {documents.Count} files; peak working set {System.Diagnostics.Process.GetCurrentProcess().PeakWorkingSet64 / 1048576} MB"));
        return report.Failed > 0 ? 1 : 0;
    }

    private static ImportReport WithProgressBar(Importer importer, IReadOnlyList<SourceDocument> documents)
    {
        ImportReport? report = null;
        AnsiConsole.Progress()
            .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new RemainingTimeColumn())
            .Start(ctx =>
            {
                var task = ctx.AddTask("importing", maxValue: documents.Count);
                report = importer.Import(documents, new Callback<FileReport>(_ => task.Increment(1)));
            });
        return report!;
    }

    /// <summary>Reports synchronously on the importing thread, unlike <see cref="Progress{T}"/>.</summary>
    private sealed class Callback<T>(Action<T> action) : IProgress<T>
    {
        public void Report(T value) => action(value);
    }
}
