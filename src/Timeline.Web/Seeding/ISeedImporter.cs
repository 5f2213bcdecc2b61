namespace Timeline.Web.Seeding;

/// <summary>
/// Imports the article folder named by <c>Timeline:SeedPath</c> into an empty database on first start.
/// The real implementation wraps <c>Importer(ImportPipeline, ITimelineStore)</c> from Timeline.Domain; until that
/// is merged, <see cref="PendingSeedImporter"/> stands in and only logs.
/// </summary>
public interface ISeedImporter
{
    /// <returns>The number of events imported.</returns>
    Task<int> ImportAsync(string seedPath, CancellationToken ct);
}

/// <summary>Placeholder until the importer exists on this branch: wire the real one in <see cref="SeedingRegistration"/>.</summary>
internal sealed class PendingSeedImporter(ILogger<PendingSeedImporter> logger) : ISeedImporter
{
    public Task<int> ImportAsync(string seedPath, CancellationToken ct)
    {
        logger.LogWarning("Seed import of {SeedPath} skipped: no importer is wired into the web app yet", seedPath);
        return Task.FromResult(0);
    }
}
