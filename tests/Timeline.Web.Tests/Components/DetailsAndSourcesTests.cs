using Microsoft.Extensions.DependencyInjection;
using Bunit;
using Microsoft.EntityFrameworkCore;
using Timeline.Web.Components.Pages.Sources;
using Timeline.Web.Components.Pages.Timeline;
using Timeline.Web.Components.Shared;

namespace Timeline.Web.Tests.Components;

public sealed class DetailsAndSourcesTests : TimelineTestContext
{
    private static (string EventId, int ArticleId, int EvidenceCount) Hostile()
    {
        using var db = TestDatabase.CreateFactory().CreateDbContext();
        var article = db.Articles.Include(a => a.Evidence).Single(a => a.Title.Contains("Hostile"));
        return (article.Evidence[0].EventId, article.Id, article.Evidence.Count);
    }

    [Fact]
    public void Details_show_date_precision_confidence_sources_and_filter_chips()
    {
        string eventId;
        using (var db = TestDatabase.CreateFactory().CreateDbContext())
        {
            eventId = db.Events.OrderBy(e => e.Id).First(e => e.Precision == Timeline.Domain.Model.DatePrecision.Month).Id;
        }
        string? actor = null;
        var cut = Render<EventDetails>(p => p.Add(c => c.EventId, eventId).Add(c => c.OnActor, (string a) => actor = a));
        cut.WaitForElement("[data-testid=details-title]");

        cut.Find("[data-testid=details-date]").TextContent.ShouldContain("month precision");
        cut.Find("[data-testid=details-confidence]").TextContent.ShouldContain("%");
        cut.FindAll("[data-testid=details-source]").ShouldNotBeEmpty();
        cut.Find("[data-testid=evidence-source-link]").GetAttribute("href")!.ShouldMatch(@"^/sources/\d+\?evidence=\d+#ev-\d+$");
        var original = cut.Find("[data-testid=evidence-original-link]");
        original.GetAttribute("target").ShouldBe("_blank");
        original.GetAttribute("rel").ShouldBe("noopener noreferrer");
        cut.Find("[data-testid=details-summary] strong").ShouldNotBeNull();

        cut.Find("[data-testid=details-actor-chip]").Click();
        actor.ShouldNotBeNullOrEmpty();
    }

    [Fact]
    public void Sources_count_articles_and_an_article_with_two_supporting_sentences_is_one_source_with_both_quotes()
    {
        // A database of its own: one event gets a second sentence from an article it already cites.
        var connection = TestDatabase.Create(20);
        var factory = TestDatabase.CreateFactory(connection);
        Services.AddSingleton(new TimelineQueries(factory));
        string id;
        int articles;
        using (var db = factory.CreateDbContext())
        {
            var e = db.Events.Include(x => x.Evidence).OrderBy(x => x.Id).First();
            var first = e.Evidence[0];
            db.Evidence.Add(new Timeline.Data.Entities.EvidenceEntity
            {
                EventId = e.Id, ArticleId = first.ArticleId, Start = first.End + 1, End = first.End + 30, Quote = "A second sentence of the same report.",
            });
            db.SaveChanges();
            (id, articles) = (e.Id, e.Evidence.Select(v => v.ArticleId).Distinct().Count());
        }
        var cut = Render<EventDetails>(p => p.Add(c => c.EventId, id));
        cut.WaitForElement("[data-testid=details-title]");

        cut.Find("h3.tl-h3").TextContent.ShouldBe($"Sources ({articles})");
        cut.FindAll("[data-testid=details-source]").Count.ShouldBe(articles);
        cut.FindAll("[data-testid=details-quote]").Select(q => q.TextContent).ShouldContain("A second sentence of the same report.");
        cut.FindAll("[data-testid=details-quote]").Count.ShouldBe(articles + 1);
    }

    [Fact]
    public void The_details_follow_their_event_id_when_another_event_is_opened()
    {
        string[] ids;
        using (var db = TestDatabase.CreateFactory().CreateDbContext())
        {
            ids = [.. db.Events.OrderBy(e => e.Id).Select(e => e.Id).Take(2)];
        }
        var cut = Render<EventDetails>(p => p.Add(c => c.EventId, ids[0]));
        cut.WaitForElement("[data-testid=details-title]");
        var first = cut.Find("[data-testid=details-title]").TextContent;

        cut.Render(p => p.Add(c => c.EventId, ids[1]));

        cut.WaitForAssertion(() => cut.Find("[data-testid=details-title]").TextContent.ShouldNotBe(first));
    }

    [Fact]
    public void A_hostile_article_is_shown_as_text_in_the_details()
    {
        var (eventId, _, _) = Hostile();
        var cut = Render<EventDetails>(p => p.Add(c => c.EventId, eventId));
        cut.WaitForElement("[data-testid=details-title]");

        cut.FindAll("script, iframe, img").ShouldBeEmpty();
        cut.Find(".tl-source-title").TextContent.ShouldContain("<script>");
        cut.FindAll("[data-testid=evidence-original-link]").ShouldBeEmpty();
        cut.FindAll("a").ShouldAllBe(a => !a.GetAttribute("href")!.StartsWith("javascript", StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public void The_source_view_highlights_every_evidence_sentence_and_links_back()
    {
        var (_, articleId, evidenceCount) = Hostile();
        var cut = Render<SourcePage>(p => p.Add(c => c.Id, articleId));
        cut.WaitForElement("[data-testid=source-text]");

        var marks = cut.FindAll("mark[data-testid=evidence-mark]");
        marks.Count.ShouldBe(evidenceCount);
        marks.ShouldAllBe(m => m.Id!.StartsWith("ev-", StringComparison.Ordinal) && m.QuerySelector("a")!.GetAttribute("href")!.StartsWith("/?event=", StringComparison.Ordinal));
        cut.FindAll("script, iframe").ShouldBeEmpty();
        cut.Find("[data-testid=source-text]").TextContent.ShouldContain("<iframe");
        cut.FindAll("[data-testid=source-original-link]").ShouldBeEmpty();
        cut.Find("[data-testid=source-url-text]").TextContent.ShouldContain("javascript:");
    }

    [Fact]
    public void Only_an_editor_is_offered_to_remove_the_article_and_only_after_confirming()
    {
        var (_, articleId, _) = Hostile();
        var anonymous = Render<SourcePage>(p => p.Add(c => c.Id, articleId));
        anonymous.WaitForElement("[data-testid=source-text]");
        anonymous.FindAll("[data-testid=remove-article]").ShouldBeEmpty();

        Authorization.SetAuthorized("ana");
        Authorization.SetRoles(Timeline.Data.Accounts.Roles.Editor);
        Authorization.SetPolicies(Timeline.Web.Accounts.AccountHosting.EditorsPolicy);
        var editor = Render<SourcePage>(p => p.Add(c => c.Id, articleId));
        editor.WaitForElement("[data-testid=source-text]");
        editor.FindAll("[data-testid=remove-confirm]").ShouldBeEmpty();
        editor.Find("[data-testid=remove-article]").Click();
        editor.Find("[data-testid=remove-confirm-text]").TextContent.ShouldContain("Events only this article supports are deleted");
        editor.Find("[data-testid=remove-cancel]").Click();
        editor.FindAll("[data-testid=remove-confirm]").ShouldBeEmpty();
    }

    [Fact]
    public void Highlighting_cuts_paragraphs_at_evidence_offsets()
    {
        const string text = "First sentence. Evidence here. Tail.\n\nSecond paragraph with more evidence.";
        var start = text.IndexOf("Evidence", StringComparison.Ordinal);
        var second = text.IndexOf("more evidence", StringComparison.Ordinal);
        var paragraphs = Highlighter.Paragraphs(text, [new EvidenceSpan(1, start, start + 14, "e1"), new EvidenceSpan(2, second, text.Length, "e2")]);

        paragraphs.Count.ShouldBe(2);
        paragraphs[0].Segments.Select(s => (s.Text, s.EvidenceId)).ShouldBe([("First sentence. ", null), ("Evidence here.", 1), (" Tail.", null)]);
        paragraphs[1].Segments[^1].EventId.ShouldBe("e2");
    }

    [Theory]
    [InlineData("[x](javascript:alert(1))", "javascript")]
    [InlineData("<script>alert(1)</script>", "<script")]
    [InlineData("<img src=x onerror=alert(1)>", "<img")]
    [InlineData("![p](https://tracker.example/p.png)", "<img")]
    public void Markdown_never_lets_html_or_script_urls_through(string markdown, string forbidden) =>
        SafeText.MarkdownToHtml(markdown).ShouldNotContain(forbidden, Case.Insensitive);

    [Fact]
    public void Markdown_keeps_http_links_and_emphasis() =>
        SafeText.MarkdownToHtml("**bold** [link](https://example.org/a)").ShouldBe("<p><strong>bold</strong> <a href=\"https://example.org/a\">link</a></p>\n");

    [Theory]
    [InlineData("https://example.org/x", true)]
    [InlineData("http://example.org", true)]
    [InlineData("javascript:alert(1)", false)]
    [InlineData("JaVaScRiPt:alert(1)", false)]
    [InlineData("data:text/html,hi", false)]
    [InlineData("/relative", false)]
    [InlineData(null, false)]
    public void Only_http_and_https_urls_become_links(string? url, bool link) =>
        (SafeText.HttpUrl(url) is not null).ShouldBe(link);

    [Fact]
    public void The_sources_list_shows_status_and_event_counts()
    {
        var cut = Render<SourcesPage>();
        cut.WaitForElement("[data-testid=sources-table]");

        var statuses = cut.FindAll("[data-testid=source-status]").Select(s => s.TextContent.Trim()).ToList();
        statuses.ShouldContain("Given");
        statuses.ShouldContain(s => s.StartsWith("Inferred"));
        cut.FindAll("[data-testid=source-row]").Count.ShouldBeGreaterThan(50);
    }
}
