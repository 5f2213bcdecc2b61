using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Hosting.Internal;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Timeline.Data;
using Timeline.Data.Entities;
using Timeline.Web.Changes;
using Timeline.Web.Seeding;

namespace Timeline.Web.Tests;

/// <summary>The first-start import records that it started and that it completed, and resumes when it was cut short.</summary>
public sealed class SeedOnFirstStartTests : IDisposable
{
    private readonly string _path = Path.Combine(Path.GetTempPath(), $"timeline-seed-{Guid.NewGuid():N}.db");
    private readonly string _seeds = Directory.CreateTempSubdirectory("timeline-seeds-").FullName;
    private readonly IDbContextFactory<TimelineDbContext> _factory;

    public SeedOnFirstStartTests()
    {
        var connectionString = TimelineDatabase.ConnectionStringForFile(_path);
        TimelineDatabase.Migrate(connectionString);
        _factory = TestDatabase.CreateFactory(connectionString);
    }

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        foreach (var suffix in new[] { "", "-wal", "-shm" }) File.Delete(_path + suffix);
        Directory.Delete(_seeds, recursive: true);
    }

    private sealed class RecordingImporter(SeedStatus status) : ISeedImporter
    {
        public int Runs { get; private set; }
        public SeedProgress? SeenDuringImport { get; private set; }

        public Task<int> ImportAsync(string seedPath, IProgress<(int Done, int Total)>? progress, CancellationToken ct)
        {
            Runs++;
            progress?.Report((1, 3));
            SeenDuringImport = status.Current;
            return Task.FromResult(7);
        }
    }

    private async Task<RecordingImporter> RunSeedAsync()
    {
        var status = new SeedStatus();
        var importer = new RecordingImporter(status);
        var seeder = new SeedOnFirstStart(_factory, importer, status, new TimelineChanges(_factory), new Timeline.Web.Hosting.StorageHolder(),
            Options.Create(new SeedOptions { SeedPath = _seeds }), new HostingEnvironment { ContentRootPath = _seeds }, NullLogger<SeedOnFirstStart>.Instance);
        await seeder.StartAsync(CancellationToken.None);
        await seeder.ExecuteTask!;
        status.Current.ShouldBe(SeedProgress.Idle, "the page stops saying it imports once it is done");
        return importer;
    }

    private string? State()
    {
        using var db = _factory.CreateDbContext();
        return db.AppState.Find(SeedOnFirstStart.StateKey)?.Value;
    }

    private void SetState(string value)
    {
        using var db = _factory.CreateDbContext();
        db.AppState.Add(new AppStateEntity { Key = SeedOnFirstStart.StateKey, Value = value });
        db.SaveChanges();
    }

    private void AddArticle()
    {
        using var db = _factory.CreateDbContext();
        db.Articles.Add(new ArticleEntity { ContentHash = "h1", FileName = "a.txt", Title = "A", Text = "text" });
        db.SaveChanges();
    }

    [Fact]
    public async Task An_empty_database_is_seeded_once_and_marked_complete()
    {
        var first = await RunSeedAsync();
        first.Runs.ShouldBe(1);
        first.SeenDuringImport.ShouldBe(new SeedProgress(true, 1, 3));
        State().ShouldBe(SeedOnFirstStart.Complete);

        (await RunSeedAsync()).Runs.ShouldBe(0);
    }

    [Fact]
    public async Task A_seed_cut_short_resumes_at_the_next_start()
    {
        SetState(SeedOnFirstStart.Started);
        AddArticle();

        (await RunSeedAsync()).Runs.ShouldBe(1, "some articles are in, but the seed never completed");
        State().ShouldBe(SeedOnFirstStart.Complete);
    }

    [Fact]
    public async Task A_database_filled_otherwise_is_left_alone()
    {
        AddArticle();

        (await RunSeedAsync()).Runs.ShouldBe(0);
        State().ShouldBe(SeedOnFirstStart.Complete);
    }
}
