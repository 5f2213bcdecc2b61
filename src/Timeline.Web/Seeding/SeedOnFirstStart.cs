using Microsoft.EntityFrameworkCore;
using Timeline.Data;

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

/// <summary>Fills an empty database once, in the background, so the app answers (and /health is green) during a long import.</summary>
internal sealed class SeedOnFirstStart(
    IDbContextFactory<TimelineDbContext> factory,
    ISeedImporter importer,
    Microsoft.Extensions.Options.IOptions<SeedOptions> options,
    IHostEnvironment environment,
    ILogger<SeedOnFirstStart> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        try
        {
            await using (var db = await factory.CreateDbContextAsync(stoppingToken))
            {
                if (await db.Events.AnyAsync(stoppingToken) || await db.Articles.AnyAsync(stoppingToken))
                {
                    return;
                }
                if (options.Value.SyntheticEvents > 0)
                {
                    var started = System.Diagnostics.Stopwatch.StartNew();
                    await SyntheticTimeline.FillAsync(db, options.Value.SyntheticEvents, seed: 42, stoppingToken);
                    logger.LogInformation("Filled the empty database with {Count} synthetic events in {Elapsed} ms",
                        options.Value.SyntheticEvents, started.ElapsedMilliseconds);
                    return;
                }
            }
            var path = SeedOptions.Resolve(options.Value.SeedPath, environment.ContentRootPath);
            if (path is null)
            {
                logger.LogWarning("Database is empty and seed folder {SeedPath} does not exist: nothing to import", options.Value.SeedPath);
                return;
            }
            var count = await importer.ImportAsync(path, stoppingToken);
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
}

public static class SeedingRegistration
{
    public static IServiceCollection AddTimelineSeeding(this IServiceCollection services, IConfiguration configuration)
    {
        services.Configure<SeedOptions>(configuration.GetSection(SeedOptions.Section));
        services.AddSingleton<ISeedImporter, PipelineSeedImporter>();
        services.AddHostedService<SeedOnFirstStart>();
        return services;
    }
}
