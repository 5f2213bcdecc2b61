using Microsoft.EntityFrameworkCore;
using Timeline.Data;

namespace Timeline.Web.Changes;

/// <summary>What the database holds, in numbers that change whenever an import or a removal does.</summary>
public sealed record TimelineSnapshot(int Articles, int LastArticleId, int Events);

/// <summary>
/// Tells open pages that the timeline changed: the CLI, another instance or the first-start seed imported or removed
/// articles. The database is the only thing all of them share, so it is looked at every few seconds (a count and a
/// maximum, milliseconds at 100k events).
/// </summary>
public sealed class TimelineChanges(IDbContextFactory<TimelineDbContext> factory)
{
    private TimelineSnapshot? _current;

    /// <summary>The latest snapshot; null before the first look.</summary>
    public TimelineSnapshot? Current => _current;

    /// <summary>Raised when a look finds the database changed, on the looking thread.</summary>
    public event Action<TimelineSnapshot>? Changed;

    public async Task<TimelineSnapshot> CheckAsync(CancellationToken ct)
    {
        await using var db = await factory.CreateDbContextAsync(ct);
        var snapshot = new TimelineSnapshot(
            await db.Articles.CountAsync(ct), await db.Articles.MaxAsync(a => (int?)a.Id, ct) ?? 0, await db.Events.CountAsync(ct));
        Report(snapshot);
        return snapshot;
    }

    /// <summary>A new snapshot: subscribers hear of it when it differs from the last one.</summary>
    public void Report(TimelineSnapshot snapshot)
    {
        var before = Interlocked.Exchange(ref _current, snapshot);
        if (before is not null && before != snapshot)
        {
            Changed?.Invoke(snapshot);
        }
    }
}

public sealed class ChangeOptions
{
    /// <summary>How often the database is looked at for changes (seconds); 0 turns it off.</summary>
    public double PollSeconds { get; set; } = 5;
}

/// <summary>Looks at the database every <see cref="ChangeOptions.PollSeconds"/> while the app runs.</summary>
internal sealed class ChangePolling(TimelineChanges changes, Microsoft.Extensions.Options.IOptions<ChangeOptions> options, ILogger<ChangePolling> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (options.Value.PollSeconds <= 0)
        {
            return;
        }
        using var timer = new PeriodicTimer(TimeSpan.FromSeconds(options.Value.PollSeconds));
        do
        {
            try
            {
                await changes.CheckAsync(stoppingToken);
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                // A busy or briefly unavailable database: the next look may succeed.
                logger.LogDebug(ex, "Looking for timeline changes failed");
            }
        }
        while (await timer.WaitForNextTickAsync(stoppingToken));
    }
}

public static class ChangesRegistration
{
    public static IServiceCollection AddTimelineChanges(this IServiceCollection services, IConfiguration configuration)
    {
        services.Configure<ChangeOptions>(configuration.GetSection("Timeline:Changes"));
        services.AddSingleton<TimelineChanges>();
        services.AddHostedService<ChangePolling>();
        return services;
    }
}
