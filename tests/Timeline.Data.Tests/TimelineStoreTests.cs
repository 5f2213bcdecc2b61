using Microsoft.EntityFrameworkCore;
using Timeline.Data.Store;
using Timeline.Domain.Model;

namespace Timeline.Data.Tests;

public abstract class TimelineStoreTests : IDisposable
{
    private readonly TempDatabase _db;
    private readonly TimelineStore _store;

    protected TimelineStoreTests(TempDatabase db)
    {
        _db = db;
        _store = new TimelineStore(_db.ConnectionString);
    }

    public void Dispose()
    {
        _store.Dispose();
        _db.Dispose();
    }

    [Fact]
    public void Committed_article_and_event_read_back_unchanged()
    {
        var article = Samples.Article("a1");
        var ev = Samples.Event("e1", new DateOnly(2024, 4, 4), "a1", ["NATO", "Jens Stoltenberg"], ["Patriot"]);

        _store.Commit(article, [ev]);
        _store.Flush();

        // A fresh store reads the database, not what the first one remembers.
        using var fresh = new TimelineStore(_db.ConnectionString);
        fresh.HasArticle("a1").ShouldBeTrue();
        fresh.HasArticle("other").ShouldBeFalse();
        fresh.Articles().Single().ShouldBeEquivalentTo(article);
        var back = fresh.EventsBetween(new DateOnly(2024, 4, 1), new DateOnly(2024, 4, 30)).Single();
        back.Id.ShouldBe("e1");
        back.Actors.ShouldBe(["Jens Stoltenberg", "NATO"]);
        back.Systems.ShouldBe(["Patriot"]);
        back.Evidence.Single().ShouldBe(ev.Evidence[0]);
    }

    [Fact]
    public void Upsert_of_a_stored_event_adds_the_new_source_and_keeps_the_id()
    {
        _store.Commit(Samples.Article("a1"), [Samples.Event("e1", new DateOnly(2024, 4, 4), "a1")]);
        var merged = Samples.Event("e1", new DateOnly(2024, 4, 4), "a1", ["NATO", "Dmytro Kuleba"]) with
        {
            Evidence = [.. Samples.Event("e1", new DateOnly(2024, 4, 4), "a1").Evidence, new Evidence("a2", 5, 20, "Ministers met.", "")],
        };

        _store.Commit(Samples.Article("a2"), [merged]);
        _store.Flush();

        using var db = _db.Create();
        var row = db.Events.Include(e => e.Evidence).Include(e => e.Actors).Single();
        row.Id.ShouldBe("e1");
        row.SourceCount.ShouldBe(2);
        row.Evidence.Count.ShouldBe(2);
        row.Actors.Select(a => a.Name).Order().ShouldBe(["Dmytro Kuleba", "NATO"]);
        db.Actors.Count().ShouldBe(2);
    }

    [Fact]
    public void A_second_run_updates_an_event_stored_by_the_first_without_duplicating_links()
    {
        _store.Commit(Samples.Article("a1"), [Samples.Event("e1", new DateOnly(2024, 4, 4), "a1", ["NATO", "Russia"], ["Patriot"])]);
        _store.Flush();
        using var second = new TimelineStore(_db.ConnectionString);
        var stored = second.EventsBetween(new DateOnly(2024, 4, 4), new DateOnly(2024, 4, 4)).Single();

        second.Commit(Samples.Article("a2"), [stored with
        {
            Actors = ["NATO", "Ukraine"],
            Systems = ["Patriot", "NASAMS"],
            Evidence = [.. stored.Evidence, new Evidence("a2", 1, 9, "Quote two", "")],
        }]);
        second.Flush();

        var back = new TimelineStore(_db.ConnectionString).EventsBetween(new DateOnly(2024, 4, 1), new DateOnly(2024, 4, 30)).Single();
        back.Actors.ShouldBe(["NATO", "Ukraine"]);
        back.Systems.ShouldBe(["NASAMS", "Patriot"]);
        back.Evidence.Select(v => v.ArticleHash).ShouldBe(["a1", "a2"]);
    }

    [Fact]
    public void A_second_run_reads_stored_months_and_writes_beyond_them()
    {
        // The store knows the days stored events span: months outside it are not read, months inside it still are.
        _store.Commit(Samples.Article("a1"), [Samples.Event("old", new DateOnly(2024, 4, 4), "a1", ["NATO"], ["Patriot"])]);
        _store.Flush();
        using (var second = new TimelineStore(_db.ConnectionString))
        {
            second.EventsBetween(new DateOnly(2025, 1, 1), new DateOnly(2025, 1, 31)).ShouldBeEmpty();
            second.Commit(Samples.Article("a2"), [Samples.Event("new", new DateOnly(2025, 1, 10), "a2", ["NATO"], ["Patriot"])]);
            second.EventsBetween(new DateOnly(2025, 1, 1), new DateOnly(2025, 1, 31)).Single().Id.ShouldBe("new");
            second.EventsBetween(new DateOnly(2024, 4, 1), new DateOnly(2024, 4, 30)).Single().Id.ShouldBe("old");
        }

        using var third = new TimelineStore(_db.ConnectionString);
        third.EventsBetween(new DateOnly(2024, 1, 1), new DateOnly(2025, 12, 31)).Select(e => e.Id).Order().ShouldBe(["new", "old"]);
    }

    [Fact]
    public void Events_between_finds_a_month_precision_event_that_spans_into_the_window()
    {
        _store.Commit(Samples.Article("a1"), [Samples.Event("m", new DateOnly(2024, 7, 1), "a1", precision: DatePrecision.Month)]);

        _store.EventsBetween(new DateOnly(2024, 7, 20), new DateOnly(2024, 7, 21)).Count.ShouldBe(1);
        _store.EventsBetween(new DateOnly(2024, 8, 1), new DateOnly(2024, 8, 31)).ShouldBeEmpty();
    }

    [Fact]
    public void A_failed_commit_leaves_neither_article_nor_events_keeps_the_ones_before_and_stops_the_store()
    {
        _store.Commit(Samples.Article("a1"), []);

        // The same hash again violates the unique index: the whole commit must roll back. The write runs behind the
        // caller, so the failure shows at the latest when the caller waits for the writes.
        Should.Throw<System.Data.Common.DbException>(() =>
        {
            _store.Commit(Samples.Article("a1"), [Samples.Event("e9", new DateOnly(2024, 4, 4), "a1")]);
            _store.Flush();
        });
        // From then on the store's caches are ahead of the database: it refuses further work.
        Should.Throw<System.Data.Common.DbException>(() => _store.Commit(Samples.Article("a2"), []));
        _store.Dispose();

        using var db = _db.Create();
        db.Articles.Select(a => a.ContentHash).ToList().ShouldBe(["a1"]);
        db.Events.Count().ShouldBe(0);
    }

    [Fact]
    public void A_failure_not_yet_reported_is_thrown_by_dispose()
    {
        _store.Commit(Samples.Article("a1"), []);
        _store.Commit(Samples.Article("a1"), []);

        Should.Throw<System.Data.Common.DbException>(_store.Dispose);

        using var db = _db.Create();
        db.Articles.Count().ShouldBe(1);
    }
}

/// <summary>The same tests on SQLite (the default engine).</summary>
public sealed class TimelineStoreOnSqliteTests() : TimelineStoreTests(TempDatabase.Sqlite());

/// <summary>The same tests on PostgreSQL, each in a database of its own.</summary>
public sealed class TimelineStoreOnPostgresTests() : TimelineStoreTests(TempDatabase.Postgres());
