using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using Microsoft.Playwright;
using Timeline.EndToEnd.Tests.Infrastructure;
using Timeline.EndToEnd.Tests.Pages;
using Xunit.Abstractions;
using static Microsoft.Playwright.Assertions;

namespace Timeline.EndToEnd.Tests;

/// <summary>The overview at 100k events: a histogram that says something, pictures kept for review, and timings reported (never asserted).</summary>
[Collection(Synthetic100kCollection.Name)]
public sealed class OverviewTests(Synthetic100kFixture app, ITestOutputHelper output)
{
    private static int Int(string? s) => int.Parse(s ?? "0", CultureInfo.InvariantCulture);

    private async Task<int> DrawnAsync(TimelinePage timeline)
    {
        var bars = await timeline.Page.Locator("[data-testid=timeline-bar]").EvaluateAllAsync<int>("bs => bs.reduce((n, b) => n + Number(b.dataset.count), 0)");
        var band = timeline.Page.GetByTestId("long-span-band");
        return bars + (await band.CountAsync() > 0 ? Int(await band.GetAttributeAsync("data-count")) : 0);
    }

    /// <summary>"/" with every one of the 100,000 events in the window, the chart at its width.</summary>
    private static async Task<TimelinePage> OpenAllAsync(IPage page)
    {
        var timeline = new TimelinePage(page);
        await timeline.GotoAsync();
        await timeline.WaitForChartWidthAsync();
        await Expect(timeline.WindowCount).ToHaveTextAsync("100,000 events");
        return timeline;
    }

    [Fact]
    public async Task At_100k_events_the_overview_is_a_histogram_whose_bars_add_up_and_zoom_to_their_period()
    {
        var page = await app.NewPageAsync();
        try
        {
            var timeline = await OpenAllAsync(page);
            var bars = page.Locator("[data-testid=timeline-bar]");
            await Expect(bars.First).ToBeVisibleAsync();
            (await DrawnAsync(timeline)).ShouldBe(Int(await timeline.Chart.GetAttributeAsync("data-total")), "every event of the window is in a bar or the long-span band");
            (await page.GetByTestId("timeline-cluster").CountAsync()).ShouldBe(0, "no identical bubbles at overview zoom");
            await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(Repo.Artifacts, "100k-overview.png") });

            var counts = await bars.EvaluateAllAsync<int[]>("bs => bs.map(b => Number(b.dataset.count))");
            var tallest = bars.Nth(Array.IndexOf(counts, counts.Max()));
            var from = await tallest.GetAttributeAsync("data-from");
            var to = await tallest.GetAttributeAsync("data-to");
            (await tallest.GetAttributeAsync("aria-label"))!.ShouldContain(" events (");
            await tallest.ClickAsync();

            await Expect(timeline.Chart).ToHaveAttributeAsync("data-from", from!);
            await Expect(timeline.Chart).ToHaveAttributeAsync("data-to", to!);
            output.WriteLine($"overview: {counts.Length} bars, the tallest ({counts.Max():N0} events) zooms to {from}..{to}");
        }
        finally
        {
            await page.Context.CloseAsync();
        }
    }

    [Fact]
    public async Task At_100k_events_a_drag_that_starts_on_a_bar_pans_the_overview_instead_of_zooming_to_the_bar()
    {
        var page = await app.NewPageAsync();
        try
        {
            var timeline = await OpenAllAsync(page);
            var from = await timeline.Chart.GetAttributeAsync("data-from");
            // Two thirds across, where the synthetic events are densest, half-way down the bars' band.
            var bar = page.Locator("[data-testid=timeline-bar]").Last;
            await Expect(bar).ToBeVisibleAsync();

            await timeline.DragChartAsync(-200, at: (0.7, 0.55));

            await Expect(timeline.Chart).Not.ToHaveAttributeAsync("data-from", from!);
            // Read once the page has written the dragged window to its address, not in the middle of the gesture.
            await page.WaitForFunctionAsync("() => { const c = document.querySelector('[data-testid=\"timeline-chart\"]'); return new URLSearchParams(location.search).get('from') === c.dataset.from; }");
            var (newFrom, newTo) = (await timeline.Chart.GetAttributeAsync("data-from"), await timeline.Chart.GetAttributeAsync("data-to"));
            (DateOnly.Parse(newTo![..10], CultureInfo.InvariantCulture).DayNumber - DateOnly.Parse(newFrom![..10], CultureInfo.InvariantCulture).DayNumber)
                .ShouldBeGreaterThan(365 * 5, "a pan keeps a window of years; a bar's click would have zoomed to its quarter");
            string.CompareOrdinal(newFrom, from).ShouldBeGreaterThan(0, "dragging to the left shows later dates");
        }
        finally
        {
            await page.Context.CloseAsync();
        }
    }

    [Theory]
    [InlineData("overview", "")]
    [InlineData("overview-lanes", "?lanes=system")]
    [InlineData("overview-1440-dark", "", 1440, ColorScheme.Dark)]
    [InlineData("overview-390-light", "", 390)]
    [InlineData("overview-390-dark", "?lanes=system", 390, ColorScheme.Dark)]
    [InlineData("year", "?from=2024-01-01&to=2024-12-31")]
    [InlineData("year-lanes", "?from=2024-01-01&to=2024-12-31&lanes=system")]
    [InlineData("year-1440-dark", "?from=2024-01-01&to=2024-12-31", 1440, ColorScheme.Dark)]
    [InlineData("year-390-light", "?from=2024-01-01&to=2024-12-31", 390)]
    [InlineData("month", "?from=2024-03-01&to=2024-03-31")]
    [InlineData("month-lanes", "?from=2024-03-01&to=2024-03-31&lanes=actor")]
    [InlineData("week", "?from=2024-03-04&to=2024-03-10")]
    [InlineData("week-lanes", "?from=2024-03-04&to=2024-03-10&lanes=system")]
    public async Task At_100k_events_each_zoom_level_draws_a_bounded_picture_that_is_kept_for_review(string name, string query, int width = 1440,
        ColorScheme scheme = ColorScheme.Light)
    {
        var page = await app.NewPageAsync(width, width < 600 ? 844 : 900, scheme);
        try
        {
            var timeline = new TimelinePage(page);
            await timeline.GotoAsync(query);
            await Themes.WaitForSchemeAsync(page, scheme);
            await timeline.WaitForChartWidthAsync();
            await Expect(timeline.Chart).ToHaveAttributeAsync("data-total", new System.Text.RegularExpressions.Regex(@"^[1-9]\d*$"));
            var elements = await timeline.Markers.CountAsync() + await timeline.Clusters.CountAsync();
            elements.ShouldBeInRange(1, 600);
            await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(Repo.Artifacts, $"100k-{name}.png") });
            output.WriteLine($"{name}: {await timeline.WindowCount.TextContentAsync()}, {await timeline.Markers.CountAsync()} markers, " +
                $"{await page.GetByTestId("timeline-bar").CountAsync()} bars, {await page.GetByTestId("timeline-cluster").CountAsync()} bubbles");
        }
        finally
        {
            await page.Context.CloseAsync();
        }
    }

    [Fact]
    public async Task At_100k_events_a_filter_change_and_the_full_exports_report_their_times()
    {
        var page = await app.NewPageAsync();
        try
        {
            var timeline = await OpenAllAsync(page);
            var patriot = timeline.SystemOption("Patriot");
            await Expect(patriot).ToBeVisibleAsync();

            // From the click to the chart's new total: what a reader waits for.
            var filter = new List<double>();
            for (var i = 0; i < 6; i++)
            {
                var before = await timeline.Chart.GetAttributeAsync("data-total");
                var clock = Stopwatch.StartNew();
                if (i % 2 == 0) await patriot.CheckAsync(); else await patriot.UncheckAsync();
                await Expect(timeline.Chart).Not.ToHaveAttributeAsync("data-total", before!);
                filter.Add(clock.Elapsed.TotalMilliseconds);
            }

            var exports = new Dictionary<string, object>();
            foreach (var format in new[] { "csv", "json" })
            {
                var clock = Stopwatch.StartNew();
                var response = await page.APIRequest.GetAsync($"/export.{format}");
                var body = await response.BodyAsync();
                var seconds = clock.Elapsed.TotalSeconds;
                response.Ok.ShouldBeTrue();
                exports[format] = new { seconds = Math.Round(seconds, 2), megabytes = Math.Round(body.Length / 1e6, 1), rowsPerSecond = Math.Round(Synthetic100kFixture.Events / seconds) };
            }

            filter.Sort();
            var report = new
            {
                events = Synthetic100kFixture.Events,
                filterToggleMs = filter.Select(m => Math.Round(m, 1)).ToList(),
                filterMedianMs = Math.Round(filter[filter.Count / 2], 1),
                exports,
                measuredAt = DateTime.UtcNow,
                machine = $"{Environment.ProcessorCount} cores",
            };
            var path = Path.Combine(Directory.GetParent(Repo.Artifacts)!.FullName, "perf-filter-export-100k.json");
            var json = JsonSerializer.Serialize(report, new JsonSerializerOptions { WriteIndented = true });
            await File.WriteAllTextAsync(path, json);
            output.WriteLine(json);
        }
        finally
        {
            await page.Context.CloseAsync();
        }
    }

    /// <summary>
    /// First load: from navigation to a chart laid out at its width with the filters ready, five times (the first pays the
    /// server's warm-up). Idle circuits: the server's resident memory before and after twenty more open pages, per page.
    /// Reported, not asserted: wall time and memory depend on the machine.
    /// </summary>
    [Fact]
    public async Task At_100k_events_first_load_and_idle_circuit_memory_are_reported()
    {
        var loads = new List<double>();
        for (var i = 0; i < 5; i++)
        {
            var page = await app.NewPageAsync();
            try
            {
                var clock = Stopwatch.StartNew();
                var timeline = await OpenAllAsync(page);
                await Expect(timeline.SystemOption("Patriot")).ToBeEnabledAsync();
                loads.Add(clock.Elapsed.TotalMilliseconds);
            }
            finally
            {
                await page.Context.CloseAsync();
            }
        }

        const int circuits = 20;
        var before = app.Server.ResidentBytes();
        var open = new List<IPage>();
        try
        {
            for (var i = 0; i < circuits; i++)
            {
                var page = await app.NewPageAsync();
                open.Add(page);
                await OpenAllAsync(page);
            }
            await Task.Delay(2000);
            var after = app.Server.ResidentBytes();
            var sorted = loads.Order().ToList();
            var report = new
            {
                events = Synthetic100kFixture.Events,
                firstLoadMs = loads.Select(m => Math.Round(m)).ToList(),
                firstLoadMedianMs = Math.Round(sorted[sorted.Count / 2]),
                circuits,
                residentBeforeMb = before is { } b ? Math.Round(b / 1e6, 1) : (double?)null,
                residentAfterMb = after is { } a ? Math.Round(a / 1e6, 1) : (double?)null,
                perCircuitKb = before is { } b2 && after is { } a2 ? Math.Round((a2 - b2) / 1e3 / circuits) : (double?)null,
                measuredAt = DateTime.UtcNow,
                machine = $"{Environment.ProcessorCount} cores",
            };
            var path = Path.Combine(Directory.GetParent(Repo.Artifacts)!.FullName, "perf-first-load-memory-100k.json");
            var json = JsonSerializer.Serialize(report, new JsonSerializerOptions { WriteIndented = true });
            await File.WriteAllTextAsync(path, json);
            output.WriteLine(json);
        }
        finally
        {
            foreach (var page in open) await page.Context.CloseAsync();
        }
    }
}
