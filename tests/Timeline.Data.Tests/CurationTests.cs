using System.Text;
using System.Text.Json;
using Timeline.Data.Curation;
using Timeline.Data.Queries;
using Timeline.Data.Store;
using Timeline.Domain.Curation;
using Timeline.Domain.Export;
using Timeline.Domain.Import;
using Timeline.Domain.Knowledge;
using Timeline.Domain.Model;
using Timeline.Domain.Pipeline;

namespace Timeline.Data.Tests;

/// <summary>Corrections stored apart from what the importer makes, applied again by every import, undoable, in the exports.</summary>
public abstract class CurationTests : IDisposable
{
    private static readonly Lazy<ImportPipeline> Pipeline = new(() => ImportPipeline.CreateDefault(KnowledgeBase.LoadDefault()));
    private readonly TempDatabase _db;
    private readonly string _dir = Directory.CreateTempSubdirectory("timeline-curation-").FullName;

    protected CurationTests(TempDatabase db) => _db = db;

    public void Dispose()
    {
        _db.Dispose();
        Directory.Delete(_dir, recursive: true);
    }

    private const string Header = "---\npublished: 2024-04-05\n---\nHeadline\n\n";
    private const string Irist = "Germany delivered a second IRIS-T system to Ukraine on Monday.";
    private const string Patriot = "NATO ministers agreed on Thursday to send more Patriot systems to Ukraine.";

    private SourceDocument File(string name, string text) => new(Path.Combine(_dir, name), Encoding.UTF8.GetBytes(text));

    private void Import(params SourceDocument[] docs)
    {
        using var store = new TimelineStore(_db.ConnectionString);
        new Importer(Pipeline.Value, store).Import(docs);
    }

    private List<TimelineEvent> Events()
    {
        using var store = new TimelineStore(_db.ConnectionString);
        return [.. store.EventsBetween(new DateOnly(2020, 1, 1), new DateOnly(2026, 12, 31)).OrderBy(e => e.Date.Start)];
    }

    private async Task<List<JsonElement>> ExportJsonAsync()
    {
        await using var db = _db.Create();
        using var stream = new MemoryStream();
        await JsonExport.WriteAsync(ExportQueries.StreamAsync(db, EventFilter.None), stream);
        return [.. JsonDocument.Parse(stream.ToArray()).RootElement.GetProperty("events").EnumerateArray()];
    }

    [Fact]
    public async Task A_corrected_date_and_type_survive_a_reimport_of_the_same_and_of_a_changed_article_and_show_in_the_exports()
    {
        Import(File("a.md", Header + Irist + "\n\n" + Patriot));
        var irisT = Events().Single(e => e.Systems.Contains("IRIS-T"));
        var curator = new EventCurator(_db.ConnectionString);

        curator.Correct(irisT.Id, CuratedField.Date, new EventValues(Date: new EventDate(new DateOnly(2024, 3, 30), null, DatePrecision.Day, false)), "ana")
            .Outcome.ShouldBe(EventCurator.Outcome.Done);
        curator.Correct(irisT.Id, CuratedField.Type, new EventValues(Type: EventType.Pledge), "ana").Outcome.ShouldBe(EventCurator.Outcome.Done);

        Import(File("a.md", Header + Irist + "\n\n" + Patriot));                                  // unchanged: skipped
        Import(File("a.md", Header + Irist + " It was the second such system.\n\n" + Patriot));   // a new version of the same source
        var after = Events().Single(e => e.Id == irisT.Id);
        after.Date.Start.ShouldBe(new DateOnly(2024, 3, 30));
        after.Type.ShouldBe(EventType.Pledge);
        after.Curation!.Importer.Date!.Start.ShouldBe(irisT.Date.Start, "the importer's own date is kept beside the correction");

        var exported = (await ExportJsonAsync()).Single(e => e.GetProperty("id").GetString() == irisT.Id);
        exported.GetProperty("date").GetString().ShouldBe("2024-03-30");
        exported.GetProperty("type").GetString().ShouldBe("pledge");
        exported.GetProperty("curated").GetBoolean().ShouldBeTrue();
        exported.GetProperty("importer").GetProperty("date").GetString().ShouldBe(irisT.Date.ToIso());
        exported.GetProperty("importer").GetProperty("type").GetString().ShouldBe(irisT.Type.ToString().ToLowerInvariant());
    }

    [Fact]
    public async Task A_rejected_event_leaves_the_timeline_and_the_exports_and_stays_rejected_when_its_article_is_imported_again()
    {
        Import(File("a.md", Header + Irist + "\n\n" + Patriot));
        var patriot = Events().Single(e => e.Systems.Contains("Patriot"));
        var curator = new EventCurator(_db.ConnectionString);

        curator.Reject(patriot.Id, true, "ana").Outcome.ShouldBe(EventCurator.Outcome.Done);
        Import(File("a.md", Header + Irist + "\n\n" + Patriot + " The decision was unanimous."));

        (await ExportJsonAsync()).ShouldNotContain(e => e.GetProperty("id").GetString() == patriot.Id);
        await using var db = _db.Create();
        db.Events.Filter(EventFilter.None).Count().ShouldBe(1);
        Events().Single(e => e.Id == patriot.Id).Curation!.Rejected.ShouldBeTrue("the same id, still rejected");
    }

    [Fact]
    public void Undo_restores_the_previous_value_and_only_the_latest_change_of_a_field_can_be_undone()
    {
        Import(File("a.md", Header + Irist));
        var e = Events().Single();
        var curator = new EventCurator(_db.ConnectionString);
        curator.Correct(e.Id, CuratedField.Title, new EventValues(Title: "Germany delivers a second IRIS-T"), "ana");
        curator.Correct(e.Id, CuratedField.Title, new EventValues(Title: "Second IRIS-T reaches Ukraine"), "ben");
        var history = curator.History(e.Id);
        history.Select(c => (c.UserName, EventCurator.Values(c.After).Title)).ShouldBe([("ana", "Germany delivers a second IRIS-T"), ("ben", "Second IRIS-T reaches Ukraine")]);
        EventCurator.Values(history[0].Before).Title.ShouldBe(e.Title);

        curator.Undo(history[0].Id, "ana").Outcome.ShouldBe(EventCurator.Outcome.NotUndoable);
        curator.Undo(history[1].Id, "ana").Outcome.ShouldBe(EventCurator.Outcome.Done);
        Events().Single().Title.ShouldBe("Germany delivers a second IRIS-T");
        curator.Undo(history[0].Id, "ana").Outcome.ShouldBe(EventCurator.Outcome.Done);

        var back = Events().Single();
        back.Title.ShouldBe(e.Title);
        back.Curation.ShouldBeNull("back to the importer's value, nothing is corrected");
        curator.History(e.Id).Count.ShouldBe(4, "the undos are in the history too");
    }

    [Fact]
    public void Corrected_systems_replace_the_event_s_links_and_filters_find_it_by_them()
    {
        Import(File("a.md", Header + Irist));
        var e = Events().Single();
        new EventCurator(_db.ConnectionString).Correct(e.Id, CuratedField.Systems, new EventValues(Systems: ["IRIS-T", "Skynex"]), "ana");

        using var db = _db.Create();
        db.Events.Filter(EventFilter.None with { Systems = ["Skynex"] }).Select(x => x.Id).ShouldBe([e.Id]);
        Events().Single().Systems.ShouldBe(["IRIS-T", "Skynex"]);
    }

    [Fact]
    public async Task Sources_stating_different_days_put_an_event_in_the_work_queue_until_a_curator_picks_its_date()
    {
        Import(File("a.md", "---\npublished: 2024-04-06\n---\nHeadline\n\nGermany delivered an IRIS-T SLM system to Ukraine on April 4, 2024."),
            File("b.md", "---\npublished: 2024-04-07\n---\nOther headline\n\nGermany delivered an IRIS-T SLM system to Ukraine on April 5, 2024."));
        var e = Events().Single();
        await using (var db = _db.Create())
        {
            (await ReviewQueries.QueueAsync(db, 10)).ShouldContain(i => i.Id == e.Id && i.Reason == ReviewQueries.Reason.DatesDisagree);
        }
        var curator = new EventCurator(_db.ConnectionString);
        curator.Correct(e.Id, CuratedField.Date, new EventValues(Date: new EventDate(new DateOnly(2024, 4, 4), null, DatePrecision.Day, false)), "ana");
        curator.Reject(e.Id, true, "ana");

        await using var after = _db.Create();
        (await ReviewQueries.QueueAsync(after, 10)).ShouldNotContain(i => i.Id == e.Id);
        (await ReviewQueries.RejectedAsync(after, 10)).Select(i => i.Id).ShouldBe([e.Id]);
    }

    [Fact]
    public async Task Sources_telling_different_kinds_of_event_put_it_in_the_work_queue_until_a_curator_picks_its_type()
    {
        using (var store = new TimelineStore(_db.ConnectionString))
        {
            var delivered = Samples.Event("e1", new DateOnly(2024, 4, 4), "a1", systems: ["IRIS-T"], type: EventType.Delivery);
            store.Commit(Samples.Article("a1"), [delivered]);
            var pledged = new Evidence("a2", 0, 30, "Germany pledged another IRIS-T.", "", Type: EventType.Pledge);
            var said = new Evidence("a2", 31, 60, "The minister spoke of it.", "", Type: EventType.Statement);
            store.Commit(Samples.Article("a2"), [delivered with { Evidence = [.. delivered.Evidence, pledged, said] }]);
        }
        using (var read = new TimelineStore(_db.ConnectionString))
            read.GetEvent("e1")!.Evidence.Select(v => v.Type).ShouldBe([EventType.Delivery, EventType.Pledge, EventType.Statement]);
        await using (var db = _db.Create())
            (await ReviewQueries.QueueAsync(db, 10)).ShouldContain(i => i.Id == "e1" && i.Reason == ReviewQueries.Reason.TypesDisagree);

        new EventCurator(_db.ConnectionString).Correct("e1", CuratedField.Type, new EventValues(Type: EventType.Pledge), "ana").Outcome
            .ShouldBe(EventCurator.Outcome.Done);

        await using var after = _db.Create();
        (await ReviewQueries.QueueAsync(after, 10)).ShouldNotContain(i => i.Id == "e1");
    }

    /// <summary>Two reports of two deliveries: Germany's IRIS-T and Norway's NASAMS, each an event.</summary>
    private (TimelineEvent IrisT, TimelineEvent Nasams) ImportTwoDeliveries()
    {
        Import(File("a.md", Header + Irist), File("b.md", "---\npublished: 2024-03-01\n---\nHeadline\n\nNorway delivered NASAMS launchers to Ukraine on Tuesday."));
        return (Events().Single(e => e.Systems.Contains("IRIS-T")), Events().Single(e => e.Systems.Contains("NASAMS")));
    }

    [Fact]
    public void A_merge_leaves_one_event_with_both_sets_of_sources_under_the_survivor_s_id_and_the_other_id_redirects_to_it()
    {
        var (irisT, nasams) = ImportTwoDeliveries();
        var curator = new EventCurator(_db.ConnectionString);

        curator.Merge(nasams.Id, irisT.Id, "ana").Outcome.ShouldBe(EventCurator.Outcome.Done);

        var merged = Events().ShouldHaveSingleItem();
        merged.Id.ShouldBe(irisT.Id);
        merged.Evidence.Select(v => v.ArticleHash).Distinct().Count().ShouldBe(2);
        merged.Systems.ShouldBe(["IRIS-T", "NASAMS"]);
        curator.RedirectOf(nasams.Id).ShouldBe(irisT.Id);
        curator.History(irisT.Id).Single().Field.ShouldBe(CuratedField.Merged);
        using var db = _db.Create();
        db.Events.Single().SourceCount.ShouldBe(2);
    }

    [Fact]
    public void Undoing_a_merge_brings_the_other_event_back_under_its_id_with_its_sources()
    {
        var (irisT, nasams) = ImportTwoDeliveries();
        var curator = new EventCurator(_db.ConnectionString);
        curator.Merge(nasams.Id, irisT.Id, "ana");

        curator.Undo(curator.History(irisT.Id).Single().Id, "ben").Outcome.ShouldBe(EventCurator.Outcome.Done);

        var events = Events();
        events.Select(e => e.Id).Order().ShouldBe(new[] { irisT.Id, nasams.Id }.Order());
        events.Single(e => e.Id == nasams.Id).Evidence.Select(v => v.Quote).ShouldBe(nasams.Evidence.Select(v => v.Quote));
        events.Single(e => e.Id == irisT.Id).Systems.ShouldBe(["IRIS-T"]);
        events.Single(e => e.Id == irisT.Id).Curation.ShouldBeNull();
        curator.RedirectOf(nasams.Id).ShouldBeNull();
        var history = curator.History(irisT.Id);
        history.Select(c => (c.Field, c.UserName, c.UndoneAt is null)).ShouldBe([(CuratedField.Merged, "ana", false), (CuratedField.Merged, "ben", true)]);
        curator.History(nasams.Id).ShouldHaveSingleItem().UndoOf.ShouldBe(history[0].Id);
        using var db = _db.Create();
        db.Events.Select(e => e.SourceCount).ShouldAllBe(n => n == 1);
    }

    [Fact]
    public void A_merge_is_not_undone_once_the_event_changed_since()
    {
        var (irisT, nasams) = ImportTwoDeliveries();
        var curator = new EventCurator(_db.ConnectionString);
        curator.Merge(nasams.Id, irisT.Id, "ana");
        curator.Correct(irisT.Id, CuratedField.Title, new EventValues(Title: "Two air defence deliveries"), "ana");

        var result = curator.Undo(curator.History(irisT.Id).First().Id, "ana");

        result.Outcome.ShouldBe(EventCurator.Outcome.NotUndoable);
        result.Reason!.ShouldContain("changed since");
        Events().ShouldHaveSingleItem().Title.ShouldBe("Two air defence deliveries");
    }

    [Fact]
    public void Splitting_an_article_s_sources_off_makes_an_event_of_their_own_and_the_first_keeps_the_rest()
    {
        Import(File("a.md", Header + Irist), File("b.md", Header + "Germany handed Ukraine a second IRIS-T air defence system on Monday, the ministry said."));
        var e = Events().Single();
        e.Evidence.Select(v => v.ArticleHash).Distinct().Count().ShouldBe(2);
        int articleB;
        using (var db = _db.Create()) articleB = db.Articles.Single(a => a.FileName == "b.md").Id;
        var curator = new EventCurator(_db.ConnectionString, Pipeline.Value);

        var result = curator.Split(e.Id, articleB, "ana");

        result.Outcome.ShouldBe(EventCurator.Outcome.Done);
        var events = Events();
        events.Count.ShouldBe(2);
        events.Single(x => x.Id == e.Id).Evidence.Select(v => v.ArticleHash).Distinct().ShouldHaveSingleItem();
        var split = events.Single(x => x.Id != e.Id);
        split.Id.ShouldBe(result.Event!.Id);
        split.Curation!.SplitFrom.ShouldBe(e.Id);
        split.Systems.ShouldBe(["IRIS-T"]);
        curator.Split(e.Id, articleB, "ana").Outcome.ShouldBe(EventCurator.Outcome.Unchanged, "article b is no longer a source of the first");
        using var check = _db.Create();
        check.Events.Select(x => x.SourceCount).ShouldAllBe(n => n == 1);
    }

    [Fact]
    public void Undoing_a_split_gives_the_event_its_sources_back_and_the_split_off_id_leads_to_it()
    {
        Import(File("a.md", Header + Irist), File("b.md", Header + "Germany handed Ukraine a second IRIS-T air defence system on Monday, the ministry said."));
        var e = Events().Single();
        int articleB;
        using (var db = _db.Create()) articleB = db.Articles.Single(a => a.FileName == "b.md").Id;
        var curator = new EventCurator(_db.ConnectionString, Pipeline.Value);
        var split = curator.Split(e.Id, articleB, "ana").Event!;

        curator.Undo(curator.History(split.Id).Single().Id, "ana").Outcome.ShouldBe(EventCurator.Outcome.Done);

        var back = Events().ShouldHaveSingleItem();
        back.Id.ShouldBe(e.Id);
        back.Evidence.Select(v => (v.ArticleHash, v.Start, v.End)).ShouldBe(e.Evidence.Select(v => (v.ArticleHash, v.Start, v.End)));
        back.Title.ShouldBe(e.Title);
        curator.RedirectOf(split.Id).ShouldBe(e.Id);
        curator.History(e.Id).Select(c => c.UndoneAt is null).ShouldBe([false, true]);

        // Split again: the same id, no longer redirected.
        curator.Split(e.Id, articleB, "ana").Event!.Id.ShouldBe(split.Id);
        curator.RedirectOf(split.Id).ShouldBeNull();
        Events().Count.ShouldBe(2);
    }
}

/// <summary>The same tests on SQLite (the default engine).</summary>
public sealed class CurationOnSqliteTests() : CurationTests(TempDatabase.Sqlite());

/// <summary>The same tests on PostgreSQL, each in a database of its own.</summary>
public sealed class CurationOnPostgresTests() : CurationTests(TempDatabase.Postgres());
