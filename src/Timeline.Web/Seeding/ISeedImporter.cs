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
    /// <param name="progress">Files done of all files, as the import goes.</param>
    Task<int> ImportAsync(string seedPath, IProgress<(int Done, int Total)>? progress, CancellationToken ct);
}

/// <summary>The same importer the CLI runs, over the app's database.</summary>
internal sealed class PipelineSeedImporter(TimelineConnection database, ILogger<PipelineSeedImporter> logger) : ISeedImporter
{
    public Task<int> ImportAsync(string seedPath, IProgress<(int Done, int Total)>? progress, CancellationToken ct) => Task.Run(() =>
    {
        using var importing = ImportLock.Acquire(database.ConnectionString,
            lockFile => logger.LogInformation("Waiting for another import to finish ({LockFile})", lockFile), ct);
        using var store = new TimelineStore(database.ConnectionString);
        var importer = new Importer(ImportPipeline.CreateDefault(KnowledgeBase.LoadDefault()), store);
        var documents = SourceReader.Read([seedPath]);
        var done = 0;
        progress?.Report((0, documents.Count));
        var report = importer.Import(documents, new Callback<FileReport>(_ => progress?.Report((Interlocked.Increment(ref done), documents.Count))), ct);
        foreach (var failed in report.Files.Where(f => f.Outcome == ImportOutcome.Failed))
        {
            logger.LogWarning("Seed file {File} was not imported: {Reason}", failed.FileName, failed.Reason);
        }
        return report.EventsCreated;
    }, ct);
}

/// <summary>Reports on the reporting thread, unlike <see cref="Progress{T}"/>, which needs a context to post to.</summary>
internal sealed class Callback<T>(Action<T> action) : IProgress<T>
{
    public void Report(T value) => action(value);
}
