using Microsoft.EntityFrameworkCore;
using Timeline.Data;
using Timeline.Web.Seeding;

namespace Timeline.Web.Tests;

/// <summary>One migrated temp SQLite file with synthetic data per test run, shared read-only by the tests.</summary>
public static class TestDatabase
{
    public const int Events = 600;

    private static readonly Lazy<string> Shared = new(() => Create(Events));

    public static string ConnectionString => Shared.Value;

    public static string Create(int events)
    {
        var path = Path.Combine(Path.GetTempPath(), $"timeline-web-tests-{Guid.NewGuid():N}.db");
        var connectionString = TimelineDatabase.ConnectionStringForFile(path);
        TimelineDatabase.Migrate(connectionString);
        using var db = new TimelineDbContext(TimelineDatabase.Options(connectionString));
        SyntheticTimeline.FillAsync(db, events, seed: 7).GetAwaiter().GetResult();
        return connectionString;
    }

    public static IDbContextFactory<TimelineDbContext> CreateFactory(string? connectionString = null) =>
        new Factory(TimelineDatabase.Options(connectionString ?? ConnectionString));

    private sealed class Factory(DbContextOptions<TimelineDbContext> options) : IDbContextFactory<TimelineDbContext>
    {
        public TimelineDbContext CreateDbContext() => new(options);
    }
}
