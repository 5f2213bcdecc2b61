using Timeline.Data.Store;
using Timeline.Domain.Import;
using Timeline.Domain.Knowledge;
using Timeline.Domain.Pipeline;
using Timeline.Web.Hosting;

namespace Timeline.Web.Seeding;

/// <summary>Imports the article folder named by <c>Timeline:SeedPath</c> into an empty database on first start.</summary>
public interface ISeedImporter
{
    /// <returns>The number of events imported.</returns>
    Task<int> ImportAsync(string seedPath, CancellationToken ct);
}

/// <summary>The same importer the CLI runs, over the app's database.</summary>
internal sealed class PipelineSeedImporter(TimelineConnection database, ILogger<PipelineSeedImporter> logger) : ISeedImporter
{
    public Task<int> ImportAsync(string seedPath, CancellationToken ct) => Task.Run(() =>
    {
        using var importing = ImportLock.Acquire(database.ConnectionString,
            lockFile => logger.LogInformation("Waiting for another import to finish ({LockFile})", lockFile), ct);
        using var store = new SqliteTimelineStore(database.ConnectionString);
        var importer = new Importer(ImportPipeline.CreateDefault(KnowledgeBase.LoadDefault()), store);
        var report = importer.Import(SourceReader.Read([seedPath]), ct: ct);
        foreach (var failed in report.Files.Where(f => f.Outcome == ImportOutcome.Failed))
        {
            logger.LogWarning("Seed file {File} was not imported: {Reason}", failed.FileName, failed.Reason);
        }
        return report.EventsCreated;
    }, ct);
}
