using System.Text.Json;
using Deque.AxeCore.Commons;
using Deque.AxeCore.Playwright;
using Microsoft.Playwright;
using Timeline.EndToEnd.Tests.Infrastructure;
using Timeline.EndToEnd.Tests.Pages;
using Xunit.Abstractions;

namespace Timeline.EndToEnd.Tests;

[Collection(AppCollection.Name)]
public sealed class AccessibilityTests(AppFixture app, ITestOutputHelper output)
{
    /// <summary>One axe run per page and theme; every finding is logged and kept under artifacts/axe/.</summary>
    [Theory]
    [InlineData("timeline", ColorScheme.Light)]
    [InlineData("timeline", ColorScheme.Dark)]
    [InlineData("sources", ColorScheme.Light)]
    [InlineData("sources", ColorScheme.Dark)]
    [InlineData("source", ColorScheme.Light)]
    [InlineData("source", ColorScheme.Dark)]
    public async Task Page_has_no_critical_or_serious_axe_violations(string which, ColorScheme scheme)
    {
        var violations = await ViolationsAsync(which, scheme);
        Problems(violations, "critical").ShouldBeEmpty();
        Problems(violations, "serious").ShouldBeEmpty();
    }

    private static List<string> Problems(IEnumerable<AxeResultItem> violations, string impact) =>
        violations.Where(v => v.Impact == impact)
            .Select(v => $"{v.Impact} {v.Id} ({v.Help}): {string.Join(" | ", v.Nodes.Take(4).Select(n => n.Html))}").ToList();

    private async Task<AxeResultItem[]> ViolationsAsync(string which, ColorScheme scheme)
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

            var lines = new List<string>();
            foreach (var v in result.Violations)
            {
                lines.Add($"{v.Impact} {v.Id}: {v.Help} ({v.Nodes.Length} nodes)");
                lines.AddRange(v.Nodes.Take(5).Select(n =>
                    $"    {n.Target}  {n.Html}  {string.Join("; ", n.Any.Concat(n.All).Concat(n.None).Select(c => c.Message))}"));
            }
            lines.ForEach(output.WriteLine);
            var folder = Directory.CreateDirectory(Path.Combine(Directory.GetParent(Repo.Artifacts)!.FullName, "axe")).FullName;
            await File.WriteAllLinesAsync(Path.Combine(folder, $"{which}-{scheme.ToString().ToLowerInvariant()}.txt"), lines);
            return result.Violations;
        }
        finally
        {
            await page.Context.CloseAsync();
        }
    }
}
