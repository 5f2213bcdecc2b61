using Microsoft.Playwright;
using Timeline.EndToEnd.Tests.Infrastructure;
using Timeline.EndToEnd.Tests.Pages;
using static Microsoft.Playwright.Assertions;

namespace Timeline.EndToEnd.Tests;

[Collection(HostileCollection.Name)]
public sealed class HostileArticleTests(HostileFixture app)
{
    private const string ActiveContent = """
        () => ({
          scripts: [...document.querySelectorAll('script')].filter(s => /alert\(/.test(s.textContent) || /alert\(/.test(s.src)).map(s => s.outerHTML),
          iframes: [...document.querySelectorAll('iframe, object, embed')].map(f => f.outerHTML),
          handlers: [...document.querySelectorAll('*')].flatMap(el => [...el.attributes]
            .filter(a => a.name.startsWith('on')).map(a => `${el.tagName} ${a.name}=${a.value}`)),
          scriptLinks: [...document.querySelectorAll('a, area, [href], [src], [action], [formaction]')].flatMap(el =>
            ['href', 'xlink:href', 'src', 'action', 'formaction'].map(n => el.getAttribute(n)).filter(v => v !== null)
              .filter(v => /^\s*(javascript|data|vbscript):/i.test(v.replace(/[\u0000-\u001f]/g, ''))).map(v => `${el.tagName} ${v}`)),
        })
        """;

    [Fact]
    public async Task Hostile_article_is_shown_as_literal_text_and_never_runs_script_or_links_to_javascript()
    {
        var page = await app.NewPageAsync();
        var dialogs = new List<string>();
        page.Dialog += (_, dialog) =>
        {
            lock (dialogs) { dialogs.Add($"{dialog.Type}: {dialog.Message}"); }
            _ = dialog.DismissAsync();
        };
        try
        {
            var ev = (await ExportDocument.FetchAsync(app.Server)).Events.Single();
            var articleId = ev.Sources.Single().ArticleId;
            var timeline = new TimelinePage(page);

            await timeline.GotoAsync();
            await Expect(timeline.Rows).ToHaveCountAsync(1);
            await AssertInertAsync(page, "/");
            await timeline.Marker(ev.Id).Or(timeline.Clusters).First.HoverAsync();

            await timeline.RowLinks.First.ClickAsync();
            await Expect(timeline.DetailsTitle).ToHaveTextAsync(ev.Title);
            await Expect(timeline.Details.GetByTestId("evidence-original-link")).ToHaveCountAsync(0);
            await AssertInertAsync(page, "details");

            var sources = new SourcesPage(page);
            await sources.GotoAsync();
            await Expect(sources.Rows).ToHaveCountAsync(1);
            await AssertInertAsync(page, "/sources");

            var source = new SourcePage(page);
            await source.GotoAsync(articleId);
            var text = await source.Text.InnerTextAsync();
            foreach (var literal in HostileFixture.LiteralTexts)
            {
                text.ShouldContain(literal, Case.Sensitive, $"the article text shows {literal} as text");
            }
            await Expect(source.OriginalLink).ToHaveCountAsync(0);
            await Expect(page.GetByTestId("source-url-text")).ToHaveTextAsync("javascript:alert(5)");
            await AssertInertAsync(page, "/sources/" + articleId);

            // Give any deferred handler (an image error, a timer) a chance: the page must stay silent.
            await page.EvaluateAsync("() => new Promise(r => setTimeout(r, 300))");
            lock (dialogs) { dialogs.ShouldBeEmpty(); }
        }
        finally
        {
            await page.Context.CloseAsync();
        }
    }

    private static async Task AssertInertAsync(IPage page, string where)
    {
        var found = await page.EvaluateAsync<System.Text.Json.JsonElement>(ActiveContent);
        string[] Read(string name) => found.GetProperty(name).EnumerateArray().Select(e => e.GetString()!).ToArray();
        Read("scripts").ShouldBeEmpty($"{where}: article <script> in the DOM");
        Read("iframes").ShouldBeEmpty($"{where}: article <iframe> in the DOM");
        Read("handlers").ShouldBeEmpty($"{where}: inline event handlers from the article");
        Read("scriptLinks").ShouldBeEmpty($"{where}: javascript:/data: URLs in links");
    }
}
