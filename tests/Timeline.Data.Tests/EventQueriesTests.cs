using Timeline.Data.Queries;
using Timeline.Data.Store;
using Timeline.Domain.Export;
using Timeline.Domain.Model;

namespace Timeline.Data.Tests;

public abstract class EventQueriesTests : IDisposable
{
    private readonly TempDatabase _db;

    protected EventQueriesTests(TempDatabase db)
    {
        _db = db;
        using var store = new TimelineStore(_db.ConnectionString);
        store.Commit(Samples.Article("a1"),
        [
            Samples.Event("patriot", new DateOnly(2024, 4, 4), "a1", ["NATO", "Jens Stoltenberg"], ["Patriot"], title: "Allies look for Patriots"),
            Samples.Event("nasams", new DateOnly(2022, 10, 12), "a1", ["United States"], ["NASAMS", "Hawk"], EventType.Pledge, title: "US to expedite NASAMS"),
            Samples.Event("strike", new DateOnly(2024, 4, 4), "a1", ["Russia"], [], EventType.Attack, title: "Drone strike on Kharkiv"),
            Samples.Event("summit", new DateOnly(2024, 7, 1), "a1", ["NATO"], [], precision: DatePrecision.Month, title: "Washington summit"),
        ]);
    }

    public void Dispose() => _db.Dispose();

    private string[] Ids(EventFilter filter)
    {
        using var db = _db.Create();
        return db.Events.Filter(filter).InTimelineOrder().Select(e => e.Id).ToArray();
    }

    [Fact]
    public void No_filter_returns_everything_in_date_order() =>
        Ids(EventFilter.None).ShouldBe(["nasams", "patriot", "strike", "summit"]);

    [Fact]
    public void Systems_are_ored_within_the_facet() =>
        Ids(EventFilter.None with { Systems = ["Hawk", "Patriot"] }).ShouldBe(["nasams", "patriot"]);

    [Fact]
    public void Facets_are_anded() =>
        Ids(EventFilter.None with { Actors = ["NATO"], Types = [EventType.Meeting], Systems = ["Patriot"] }).ShouldBe(["patriot"]);

    [Fact]
    public void Free_text_matches_title_case_insensitively() =>
        Ids(EventFilter.None with { Text = "KHARKIV" }).ShouldBe(["strike"]);

    [Fact]
    public void Window_keeps_events_that_touch_it_including_month_spans() =>
        Ids(EventFilter.None with { From = new DateOnly(2024, 7, 15), To = new DateOnly(2024, 12, 31) }).ShouldBe(["summit"]);

    [Fact]
    public void Unknown_actor_matches_nothing() =>
        Ids(EventFilter.None with { Actors = ["Nobody"] }).ShouldBeEmpty();
}

/// <summary>The same tests on SQLite (the default engine).</summary>
public sealed class EventQueriesOnSqliteTests() : EventQueriesTests(TempDatabase.Sqlite());

/// <summary>The same tests on PostgreSQL, each in a database of its own.</summary>
public sealed class EventQueriesOnPostgresTests() : EventQueriesTests(TempDatabase.Postgres());
