using Timeline.Data;
using Timeline.Data.Imports;
using Timeline.Data.Store;
using Timeline.Domain.Import;
using Timeline.Domain.Knowledge;
using Timeline.Domain.Pipeline;
using Timeline.Web.Hosting;

namespace Timeline.Web.Imports;

/// <summary>
/// Imports uploaded articles through the importer the CLI runs, into the app's database: one import at a time per database
/// (the CLI's lock, so a CLI import and a web upload wait for each other and lose nothing), each article atomic, and every run
/// recorded in the import history with who ran it.
/// </summary>
public sealed class WebImporter(TimelineConnection database, KnowledgeBase knowledge, ILogger<WebImporter> logger)
{
    /// <summary>Files in one request; more is refused with a message rather than read.</summary>
    public const int MaxFiles = 50;
    public static long MaxBytes => Domain.Pipeline.Decoding.DocumentDecoder.DefaultMaxBytes;

    /// <param name="Titles">The title of each event the import created or changed, for the report's links.</param>
    public sealed record Result(long RunId, ImportReport Report, IReadOnlyDictionary<string, string> Titles);

    public Task<Result> ImportAsync(IReadOnlyList<SourceDocument> documents, string userName, string channel, IProgress<FileReport>? progress, CancellationToken ct) =>
        Task.Run(async () =>
        {
            var started = DateTimeOffset.UtcNow;
            ImportReport report;
            using (ImportLock.Acquire(database.ConnectionString, file => logger.LogInformation("Upload waits for another import ({LockFile})", file), ct))
            using (var store = new TimelineStore(database.ConnectionString))
            {
                report = new Importer(ImportPipeline.CreateDefault(knowledge), store).Import(documents, progress, ct);
            }
            var id = await ImportHistory.RecordAsync(database.ConnectionString, userName, channel, started, report, CancellationToken.None);
            logger.LogInformation("{User} imported {Files} files ({Channel}): {New} new, {Failed} failed, {Created} events created", userName,
                documents.Count, channel, report.New, report.Failed, report.EventsCreated);
            return new Result(id, report, Titles(report.Files.SelectMany(f => f.EventIds)));
        }, ct);

    private Dictionary<string, string> Titles(IEnumerable<string> ids)
    {
        var titles = new Dictionary<string, string>(StringComparer.Ordinal);
        var list = ids.Distinct().ToList();
        if (list.Count == 0) return titles;
        var dialect = StoreDialect.For(database.ConnectionString);
        using var connection = dialect.Open(database.ConnectionString);
        using var command = connection.CreateCommand();
        command.CommandText = $"""SELECT "Id", "Title" FROM "Events" WHERE "Id" IN ({dialect.JsonValues("@ids", "text")})""";
        command.AddParameter("@ids", System.Text.Json.JsonSerializer.Serialize(list));
        using var reader = command.ExecuteReader();
        while (reader.Read()) titles[reader.GetString(0)] = reader.GetString(1);
        return titles;
    }

    /// <summary>An uploaded file as the importer reads files from disk: over the limit or of another kind, it fails with the reason.</summary>
    public static async Task<SourceDocument> ReadAsync(string fileName, long length, Func<long, Stream> open, CancellationToken ct)
    {
        var name = Path.GetFileName(fileName);
        if (SourceReader.Refusal(name, length, MaxBytes) is { } refusal) return new SourceDocument(name, [], refusal);
        using var buffer = new MemoryStream((int)length);
        await using (var stream = open(MaxBytes)) await stream.CopyToAsync(buffer, ct);
        return new SourceDocument(name, buffer.ToArray());
    }
}
