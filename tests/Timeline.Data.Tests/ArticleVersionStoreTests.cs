using System.Text;
using Timeline.Data.Store;
using Timeline.Domain.Import;
using Timeline.Domain.Knowledge;
using Timeline.Domain.Pipeline;

namespace Timeline.Data.Tests;

/// <summary>New versions and removal through SQLite, each step in a store of its own (as separate runs of the CLI are).</summary>
public abstract class ArticleVersionStoreTests : IDisposable
{
    private static readonly Lazy<ImportPipeline> Pipeline = new(() => ImportPipeline.CreateDefault(KnowledgeBase.LoadDefault()));
    private readonly TempDatabase _db;
    private readonly string _dir = Directory.CreateTempSubdirectory("timeline-versions-").FullName;

    protected ArticleVersionStoreTests(TempDatabase db) => _db = db;

    public void Dispose()
    {
        _db.Dispose();
        Directory.Delete(_dir, recursive: true);
    }

    private const string Header = "---\npublished: 2024-04-05\n---\nHeadline\n\n";

    private SourceDocument File(string name, string text) => new(Path.Combine(_dir, name), Encoding.UTF8.GetBytes(text));

    private ImportReport Import(params SourceDocument[] docs)
    {
        using var store = new TimelineStore(_db.ConnectionString);
        return new Importer(Pipeline.Value, store).Import(docs);
    }

    private static List<Domain.Model.TimelineEvent> Events(TimelineStore store) =>
        [.. store.EventsBetween(new DateOnly(2024, 1, 1), new DateOnly(2024, 12, 31)).OrderBy(e => e.Id, StringComparer.Ordinal)];

    [Fact]
    public void A_new_version_replaces_the_stored_one_across_runs()
    {
        Import(File("a.md", Header + "Germany delivered a second IRIS-T system to Ukraine on Monday.\n\nNATO ministers agreed on Thursday to send more Patriot systems to Ukraine."),
            File("b.md", Header + "Germany handed Ukraine a second IRIS-T air defence system on Monday, the ministry said."));
        string irisT;
        using (var store = new TimelineStore(_db.ConnectionString))
        {
            irisT = Events(store).Single(e => e.Systems.Contains("IRIS-T")).Id;
        }

        var report = Import(File("a.md", Header + "Germany delivered a second IRIS-T system to Ukraine on Monday."));

        report.Files.Single().Outcome.ShouldBe(ImportOutcome.Replaced);
        using var fresh = new TimelineStore(_db.ConnectionString);
        fresh.Articles().Count.ShouldBe(2);
        var events = Events(fresh);
        var left = events.ShouldHaveSingleItem("the Patriot sentence went with the old version");
        left.Id.ShouldBe(irisT);
        left.Evidence.Select(v => v.ArticleHash).Distinct().Count().ShouldBe(2);
        using var db = _db.Create();
        db.Events.Single().SourceCount.ShouldBe(2);
        db.Evidence.Count().ShouldBe(left.Evidence.Count, "no orphan evidence rows");
        db.Articles.Single(a => a.FileName == "a.md").Replaces.ShouldNotBeEmpty();
    }

    [Fact]
    public void Removing_an_article_by_its_source_keeps_the_events_others_support()
    {
        Import(File("a.md", Header + "Germany delivered a second IRIS-T system to Ukraine on Monday.\n\nNATO ministers agreed on Thursday to send more Patriot systems to Ukraine."),
            File("b.md", Header + "Germany handed Ukraine a second IRIS-T air defence system on Monday, the ministry said."));

        using (var store = new TimelineStore(_db.ConnectionString))
        {
            var hash = store.FindArticle(Path.Combine(_dir, "b.md")).ShouldNotBeNull();
            new ArticleRemoval(Pipeline.Value, store).Remove(hash).ShouldBe(new RemovalReport(hash, 0, 1));
        }

        using var fresh = new TimelineStore(_db.ConnectionString);
        fresh.Articles().ShouldHaveSingleItem().FileName.ShouldBe("a.md");
        Events(fresh).Count.ShouldBe(2);
        Events(fresh).ShouldAllBe(e => e.Evidence.All(v => v.ArticleHash == fresh.Articles()[0].ContentHash));
        fresh.FindArticle("1").ShouldNotBeNull("an article is found by its id too");
    }
}

/// <summary>The same tests on SQLite (the default engine).</summary>
public sealed class ArticleVersionStoreOnSqliteTests() : ArticleVersionStoreTests(TempDatabase.Sqlite());

/// <summary>The same tests on PostgreSQL, each in a database of its own.</summary>
public sealed class ArticleVersionStoreOnPostgresTests() : ArticleVersionStoreTests(TempDatabase.Postgres());
