using Microsoft.Playwright;
using Timeline.EndToEnd.Tests.Infrastructure;
using Timeline.EndToEnd.Tests.Pages;
using Xunit.Abstractions;
using static Microsoft.Playwright.Assertions;

namespace Timeline.EndToEnd.Tests;

/// <summary>Every page at desktop and phone width, light and dark, kept under artifacts/screenshots/ for review.</summary>
[Collection(AppCollection.Name)]
public sealed class ScreenshotTests(AppFixture app, ITestOutputHelper output)
{
    [Theory]
    [InlineData(1440, ColorScheme.Light)]
    [InlineData(1440, ColorScheme.Dark)]
    [InlineData(390, ColorScheme.Light)]
    [InlineData(390, ColorScheme.Dark)]
    public async Task Every_page_renders_without_horizontal_overflow_and_is_saved_as_a_screenshot(int width, ColorScheme scheme)
    {
        var events = (await ExportDocument.FetchAsync(app.Server)).Events;
        var detailed = events.OrderByDescending(e => e.Sources.Count).ThenByDescending(e => e.Systems.Count).First();
        var article = detailed.Sources[0].ArticleId;
        var page = await app.NewPageAsync(width, width < 600 ? 844 : 900, scheme);
        var suffix = $"{width}-{scheme.ToString().ToLowerInvariant()}";
        try
        {
            var timeline = new TimelinePage(page);
            await timeline.GotoFitAllAsync(events.Count);
            await Themes.WaitForSchemeAsync(page, scheme);
            await timeline.WaitForChartWidthAsync();
            if (width < 600)
            {
                // On a phone the list is the main view: full width, with the filters folded away behind a button.
                await Expect(timeline.EventList).ToBeVisibleAsync();
                await Expect(timeline.FilterPanel).ToBeHiddenAsync();
                await Expect(timeline.FiltersToggle).ToBeVisibleAsync();
                ((double)(await timeline.EventList.BoundingBoxAsync())!.Width).ShouldBeGreaterThan(width * 0.85);
            }
            await SaveAsync(page, $"timeline-{suffix}");

            await timeline.GotoAsync($"?event={Uri.EscapeDataString(detailed.Id)}");
            await Themes.WaitForSchemeAsync(page, scheme);
            await timeline.WaitForChartWidthAsync();
            await Expect(timeline.DetailsTitle).ToHaveTextAsync(detailed.Title);
            await Expect(timeline.DetailsSources).ToHaveCountAsync(detailed.Sources.Select(s => s.ArticleId).Distinct().Count());
            await SaveAsync(page, $"timeline-details-{suffix}");

            // The notice a filter in the address that cannot all be read leaves above the chart.
            await timeline.GotoAsync("?system=patriot&system=Bogus");
            await Themes.WaitForSchemeAsync(page, scheme);
            await Expect(page.GetByTestId("filter-problems")).ToContainTextAsync("no system 'Bogus' in this timeline");
            await SaveAsync(page, $"timeline-filter-problems-{suffix}");

            var sources = new SourcesPage(page);
            await sources.GotoAsync();
            await Themes.WaitForSchemeAsync(page, scheme);
            await SaveAsync(page, $"sources-{suffix}");

            var source = new SourcePage(page);
            await source.GotoAsync(article);
            await Themes.WaitForSchemeAsync(page, scheme);
            await Expect(source.Marks.First).ToBeVisibleAsync();
            await SaveAsync(page, $"source-{suffix}");
            _overflows.ForEach(output.WriteLine);
            _overflows.ShouldBeEmpty();
        }
        finally
        {
            await page.Context.CloseAsync();
        }
    }

    [Theory]
    [InlineData("/")]
    [InlineData("/sources")]
    public async Task At_phone_width_no_page_overflows_horizontally(string path)
    {
        var page = await app.NewPageAsync(390, 844);
        try
        {
            await page.GotoAsync(path);
            await Interactivity.WaitForRootAsync(page);
            await page.WaitForLoadStateAsync(LoadState.NetworkIdle);
            var widths = await page.EvaluateAsync<int[]>("() => [document.documentElement.scrollWidth, window.innerWidth]");
            widths[0].ShouldBeLessThanOrEqualTo(widths[1]);
        }
        finally
        {
            await page.Context.CloseAsync();
        }
    }

    private readonly List<string> _overflows = [];

    private async Task SaveAsync(IPage page, string name)
    {
        var path = Path.Combine(Repo.Artifacts, name + ".png");
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = path, FullPage = true });
        // What a phone shows before scrolling.
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(Repo.Artifacts, name + "-fold.png") });
        output.WriteLine($"{name}: {path}");
        var widths = await page.EvaluateAsync<int[]>("() => [document.documentElement.scrollWidth, window.innerWidth]");
        if (widths[0] > widths[1])
        {
            var culprits = await page.EvaluateAsync<string[]>("""
                () => [...document.querySelectorAll('body *')]
                  .filter(el => !el.closest('svg') && el.getBoundingClientRect().right > window.innerWidth + 0.5 && el.getBoundingClientRect().width > 0)
                  .filter(el => ![...el.children].some(c => c.getBoundingClientRect().right > window.innerWidth + 0.5))
                  .slice(0, 4)
                  .map(el => `<${el.tagName.toLowerCase()} class="${el.getAttribute('class') ?? ''}"> right=${Math.round(el.getBoundingClientRect().right)}`)
                """);
            _overflows.Add($"{name}: document.scrollWidth {widths[0]} > innerWidth {widths[1]}; overflowing: {string.Join(", ", culprits)}");
        }
    }
}
