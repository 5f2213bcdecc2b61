using Deque.AxeCore.Playwright;
using Microsoft.Playwright;
using Timeline.EndToEnd.Tests.Infrastructure;
using Timeline.EndToEnd.Tests.Pages;
using Xunit.Abstractions;

namespace Timeline.EndToEnd.Tests;

[Collection(AppCollection.Name)]
public sealed class AccessibilityTests(AppFixture app, ITestOutputHelper output)
{
    [Theory]
    [InlineData("timeline", ColorScheme.Light)]
    [InlineData("timeline", ColorScheme.Dark)]
    [InlineData("sources", ColorScheme.Light)]
    [InlineData("sources", ColorScheme.Dark)]
    [InlineData("source", ColorScheme.Light)]
    [InlineData("source", ColorScheme.Dark)]
    public async Task Page_has_no_serious_or_critical_axe_violations(string which, ColorScheme scheme)
    {
        var page = await app.NewPageAsync(scheme: scheme);
        try
        {
            switch (which)
            {
                case "timeline":
                    await new TimelinePage(page).GotoAsync();
                    break;
                case "sources":
                    await new SourcesPage(page).GotoAsync();
                    break;
                default:
                    var article = (await ExportDocument.FetchAsync(app.Server)).Events.SelectMany(e => e.Sources).First().ArticleId;
                    await new SourcePage(page).GotoAsync(article);
                    break;
            }
            await Themes.WaitForSchemeAsync(page, scheme);

            var result = await page.RunAxe();

            var bad = result.Violations.Where(v => v.Impact is "serious" or "critical").ToList();
            foreach (var v in result.Violations)
            {
                output.WriteLine($"{v.Impact} {v.Id}: {v.Help} ({v.Nodes.Length} nodes)");
                foreach (var n in v.Nodes.Take(5))
                {
                    output.WriteLine($"    {n.Target}  {n.Html}  {string.Join("; ", n.Any.Concat(n.All).Concat(n.None).Select(c => c.Message))}");
                }
            }
            bad.ShouldBeEmpty(string.Join("\n", bad.Select(v =>
                $"{v.Impact} {v.Id} ({v.Help}): {string.Join(" | ", v.Nodes.Take(4).Select(n => n.Html))}")));
        }
        finally
        {
            await page.Context.CloseAsync();
        }
    }
}
