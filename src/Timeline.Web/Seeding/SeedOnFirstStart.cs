using Microsoft.EntityFrameworkCore;
using Timeline.Data;
using Timeline.Data.Entities;
using Timeline.Web.Changes;

namespace Timeline.Web.Seeding;

public sealed class SeedOptions
{
    public const string Section = "Timeline";

    /// <summary>Folder of articles imported when the database is empty.</summary>
    public string SeedPath { get; set; } = "seeds/";

    /// <summary>Development and benchmarks: fill an empty database with this many synthetic events instead of importing.</summary>
    public int SyntheticEvents { get; set; }

    /// <summary>
    /// A relative seed path is looked for in the working directory, then in the content root and its parents:
    /// `dotnet run --project src/Timeline.Web` starts in the project folder, two levels below the repository's seeds/.
    /// </summary>
    public static string? Resolve(string seedPath, string contentRoot)
    {
        if (Path.IsPathRooted(seedPath))
        {
            return Directory.Exists(seedPath) ? seedPath : null;
        }
        if (Directory.Exists(seedPath))
        {
            return Path.GetFullPath(seedPath);
        }
        for (var dir = new DirectoryInfo(contentRoot); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, seedPath);
            if (Directory.Exists(candidate))
            {
                return candidate;
            }
        }
        return null;
    }
}

/// <summary>
/// Fills an empty database once, in the background, so the app answers (and /health is green) during a long import. The
/// database records that the seed started and when it completed: a seed cut short (the process killed) resumes at the next
/// start, the articles already stored skipped, until it completes.
/// </summary>
internal sealed class SeedOnFirstStart(
    IDbContextFactory<TimelineDbContext> factory,
    ISeedImporter importer,
    SeedStatus status,
    TimelineChanges changes,
    Timeline.Web.Hosting.StorageHolder storage,
    Microsoft.Extensions.Options.IOptions<SeedOptions> options,
    IHostEnvironment environment,
    ILogger<SeedOnFirstStart> logger) : BackgroundService
{
    public const string StateKey = "seed";
    public const string Started = "started";
    public const string Complete = "complete";

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (storage.Current.ReadOnly)
        {
            logger.LogWarning("The database is read-only ({Reason}): the first-start import is skipped", storage.Current.Reason);
            return;
        }
        try
        {
            await using (var db = await factory.CreateDbContextAsync(stoppingToken))
            {
                var state = (await db.AppState.FindAsync([StateKey], stoppingToken))?.Value;
                if (state == Complete)
                {
                    return;
                }
                if (state is null && (await db.Events.AnyAsync(stoppingToken) || await db.Articles.AnyAsync(stoppingToken)))
                {
                    // A database filled before seeds were recorded, or by the CLI: not the seed's to touch.
                    await SetStateAsync(db, Complete, stoppingToken);
                    return;
                }
                if (options.Value.SyntheticEvents > 0)
                {
                    var started = System.Diagnostics.Stopwatch.StartNew();
                    await SyntheticTimeline.FillAsync(db, options.Value.SyntheticEvents, seed: 42, stoppingToken);
                    await SetStateAsync(db, Complete, stoppingToken);
                    logger.LogInformation("Filled the empty database with {Count} synthetic events in {Elapsed} ms",
                        options.Value.SyntheticEvents, started.ElapsedMilliseconds);
                    return;
                }
                if (state == Started)
                {
                    logger.LogInformation("The first-start import was cut short: resuming it");
                }
            }
            var path = SeedOptions.Resolve(options.Value.SeedPath, environment.ContentRootPath);
            if (path is null)
            {
                logger.LogWarning("Database is empty and seed folder {SeedPath} does not exist: nothing to import", options.Value.SeedPath);
                return;
            }
            await using (var db = await factory.CreateDbContextAsync(stoppingToken))
            {
                await SetStateAsync(db, Started, stoppingToken);
            }
            int count;
            try
            {
                status.Report(new SeedProgress(true, 0, 0));
                count = await importer.ImportAsync(path, new Callback<(int Done, int Total)>(p => status.Report(new SeedProgress(true, p.Done, p.Total))), stoppingToken);
            }
            finally
            {
                status.Report(SeedProgress.Idle);
            }
            await using (var db = await factory.CreateDbContextAsync(stoppingToken))
            {
                await SetStateAsync(db, Complete, stoppingToken);
            }
            await changes.CheckAsync(stoppingToken);
            logger.LogInformation("Imported {Count} events from {SeedPath}", count, path);
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
        }
        catch (Exception ex)
        {
            // A failed seed must not take the app down: the data can still be imported with the CLI.
            logger.LogError(ex, "Seeding the empty database failed");
        }
    }

    private static async Task SetStateAsync(TimelineDbContext db, string value, CancellationToken ct)
    {
        var row = await db.AppState.FindAsync([StateKey], ct);
        if (row is null)
        {
            db.AppState.Add(new AppStateEntity { Key = StateKey, Value = value });
        }
        else
        {
            row.Value = value;
        }
        await db.SaveChangesAsync(ct);
    }
}

public static class SeedingRegistration
{
    public static IServiceCollection AddTimelineSeeding(this IServiceCollection services, IConfiguration configuration)
    {
        services.Configure<SeedOptions>(configuration.GetSection(SeedOptions.Section));
        services.AddSingleton<ISeedImporter, PipelineSeedImporter>();
        services.AddSingleton<SeedStatus>();
        services.AddHostedService<SeedOnFirstStart>();
        return services;
    }
}
