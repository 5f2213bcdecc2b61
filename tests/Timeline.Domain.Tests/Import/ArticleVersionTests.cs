using System.Text;
using Timeline.Domain.Import;
using Timeline.Domain.Model;

namespace Timeline.Domain.Tests.Import;

/// <summary>An edited file is a new version of its article; an article can be removed. Both keep the rest of the timeline.</summary>
public sealed class ArticleVersionTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("timeline-versions-").FullName;
    private readonly InMemoryTimelineStore _store = new();

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    private const string Header = "---\npublished: 2024-04-05\n---\nHeadline\n\n";
    private const string FirstVersion = Header +
        "Germany delivered a second IRIS-T system to Ukraine on Monday.\n\n" +
        "NATO foreign ministers agreed on Thursday to send more Patriot systems to Ukraine.";
    private const string OtherReport = Header + "Germany handed Ukraine a second IRIS-T air defence system on Monday, the ministry said.";

    private SourceDocument File(string name, string text)
    {
        var path = Path.Combine(_dir, name);
        System.IO.File.WriteAllText(path, text);
        return new SourceDocument(path, Encoding.UTF8.GetBytes(text));
    }

    private ImportReport Import(params SourceDocument[] docs) => new Importer(TestData.Pipeline, _store).Import(docs);

    private TimelineEvent Single(string system) => _store.Events.Single(e => e.Systems.Contains(system));

    [Fact]
    public void An_edited_file_replaces_its_old_version_and_the_events_follow_the_new_text()
    {
        Import(File("a.md", FirstVersion), File("b.md", OtherReport));
        var irisT = Single("IRIS-T");
        irisT.Evidence.Select(v => v.ArticleHash).Distinct().Count().ShouldBe(2);
        var oldHash = _store.FindArticle(Path.Combine(_dir, "a.md")).ShouldNotBeNull();

        var report = Import(File("a.md", Header +
            "Germany delivered a second IRIS-T system to Ukraine on Monday.\n\n" +
            "NATO foreign ministers agreed on Wednesday to send more Patriot systems to Ukraine."));

        report.Files.Single().Outcome.ShouldBe(ImportOutcome.Replaced);
        _store.Articles().Count.ShouldBe(2, "the new version replaces the old one; it is not a third article");
        _store.HasArticle(oldHash).ShouldBeFalse();
        var newHash = _store.FindArticle(Path.Combine(_dir, "a.md")).ShouldNotBeNull();
        _store.GetArticle(newHash)!.Replaces.ShouldBe([oldHash]);
        _store.Events.ShouldAllBe(e => e.Evidence.All(v => v.ArticleHash != oldHash), "no evidence from the old version stays");
        Single("Patriot").Date.ToIso().ShouldBe("2024-04-03", "the date changed in the text is the event's date now");
        var again = Single("IRIS-T");
        again.Id.ShouldBe(irisT.Id, "an event still supported keeps its id");
        again.Evidence.Select(v => v.ArticleHash).Distinct().ShouldBe([newHash, _store.FindArticle(Path.Combine(_dir, "b.md"))!], ignoreOrder: true);
    }

    [Fact]
    public void A_sentence_deleted_from_the_file_takes_its_event_with_it()
    {
        Import(File("a.md", FirstVersion));
        _store.Events.Count.ShouldBe(2);

        Import(File("a.md", Header + "Germany delivered a second IRIS-T system to Ukraine on Monday."));

        _store.Events.ShouldHaveSingleItem().Systems.ShouldBe(["IRIS-T"]);
    }

    [Fact]
    public void Removing_an_article_deletes_what_only_it_supported_and_rebuilds_the_rest_under_the_same_ids()
    {
        Import(File("a.md", FirstVersion), File("b.md", OtherReport));
        var irisT = Single("IRIS-T");
        var a = _store.FindArticle(Path.Combine(_dir, "a.md"))!;
        var b = _store.FindArticle(Path.Combine(_dir, "b.md"))!;

        var removed = new ArticleRemoval(TestData.Pipeline, _store).Remove(a);

        removed.ShouldBe(new RemovalReport(a, EventsDeleted: 1, EventsRebuilt: 1));
        _store.HasArticle(a).ShouldBeFalse();
        var left = _store.Events.ShouldHaveSingleItem();
        left.Id.ShouldBe(irisT.Id);
        left.Evidence.ShouldAllBe(v => v.ArticleHash == b);
        left.Title.ShouldNotBeNullOrWhiteSpace();

        new ArticleRemoval(TestData.Pipeline, _store).Remove(b);
        _store.Events.ShouldBeEmpty();
        _store.Articles().ShouldBeEmpty();
    }

    [Fact]
    public void The_same_text_under_another_name_is_unchanged_not_a_new_version()
    {
        Import(File("a.md", FirstVersion));
        Import(File("copy.md", FirstVersion)).Files.Single().Outcome.ShouldBe(ImportOutcome.Unchanged);
        Import(File("a.md", FirstVersion)).Files.Single().Outcome.ShouldBe(ImportOutcome.Unchanged);
        _store.Articles().ShouldHaveSingleItem();
    }
}
