using System.Globalization;
using System.Text.RegularExpressions;
using Microsoft.Playwright;
using Timeline.EndToEnd.Tests.Infrastructure;
using static Microsoft.Playwright.Assertions;

namespace Timeline.EndToEnd.Tests.Pages;

/// <summary>The timeline at "/": chart, toolbar, filters, the event list and the details panel.</summary>
public sealed class TimelinePage(IPage page)
{
    public IPage Page { get; } = page;

    public ILocator Chart => Page.GetByTestId("timeline-chart");
    public ILocator Markers => Page.GetByTestId("timeline-marker");
    /// <summary>What stands for several events: count bubbles among markers, and the bars of an overview.</summary>
    public ILocator Clusters => Page.Locator("[data-testid=timeline-cluster], [data-testid=timeline-bar]");
    public ILocator WindowLabel => Page.GetByTestId("window-label");
    public ILocator WindowCount => Page.GetByTestId("window-count");
    public ILocator ZoomIn => Page.GetByTestId("zoom-in");
    public ILocator ZoomOut => Page.GetByTestId("zoom-out");
    public ILocator ZoomFit => Page.GetByTestId("zoom-fit");
    public ILocator FilterPanel => Page.GetByTestId("filter-panel");
    public ILocator FilterReset => Page.GetByTestId("filter-reset");
    public ILocator FiltersToggle => Page.GetByTestId("filters-toggle");
    public ILocator EventList => Page.GetByTestId("event-list");
    public ILocator Rows => Page.GetByTestId("event-row");
    public ILocator RowLinks => Page.GetByTestId("event-row-link");
    public ILocator EmptyResult => Page.GetByTestId("empty-result");
    public ILocator Details => Page.GetByTestId("details-panel");
    public ILocator DetailsTitle => Page.GetByTestId("details-title");
    public ILocator DetailsDate => Page.GetByTestId("details-date");
    public ILocator DetailsConfidence => Page.GetByTestId("details-confidence");
    public ILocator DetailsSources => Page.GetByTestId("details-source");
    public ILocator ExportMenu => Page.GetByTestId("export-menu");
    public ILocator ExportCsv => Page.GetByTestId("export-csv");
    public ILocator ExportJson => Page.GetByTestId("export-json");
    public ILocator ExportSvg => Page.GetByTestId("export-svg");
    public ILocator ExportPng => Page.GetByTestId("export-png");

    public ILocator SystemOption(string name) => Page.Locator($"[data-testid='filter-system-option'][data-value='{name}']");
    public ILocator ActorOption(string name) => Page.Locator($"[data-testid='filter-actor-option'][data-value='{name}']");
    public ILocator Row(string eventId) => Page.Locator($"[data-testid='event-row'][data-event-id='{eventId}']");
    public ILocator Marker(string eventId) => Page.Locator($"[data-testid='timeline-marker'][data-event-id='{eventId}']");

    /// <summary>Opens "/" with a query and waits until the circuit has taken over (the chart has its gesture handlers).</summary>
    public async Task GotoAsync(string query = "")
    {
        await Page.GotoAsync("/" + query);
        await WaitUntilInteractiveAsync();
    }

    public ILocator OutsideEarlier => Page.GetByTestId("outside-earlier");
    public ILocator OutsideLater => Page.GetByTestId("outside-later");

    /// <summary>
    /// Opens "/" and presses "Fit all": every event is in the window or counted by the stubs at its edges (the window
    /// leaves out a far outlier such as the seeds' 1949 event). Returns how many are in the window.
    /// </summary>
    public async Task<int> GotoFitAllAsync(int total)
    {
        await GotoAsync();
        await ZoomFit.ClickAsync();
        await Expect(Chart).ToHaveAttributeAsync("data-total", new Regex(@"^\d+$"));
        var inside = 0;
        await Page.WaitForFunctionAsync("""
            total => {
              const n = s => Number(document.querySelector(s)?.dataset.count ?? 0);
              const inside = Number(document.querySelector('[data-testid="timeline-chart"]').dataset.total);
              return inside + n('[data-testid="outside-earlier"]') + n('[data-testid="outside-later"]') === total;
            }
            """, total);
        inside = int.Parse((await Chart.GetAttributeAsync("data-total"))!, CultureInfo.InvariantCulture);
        await Expect(WindowCount).ToHaveTextAsync($"{inside} events");
        await Expect(Rows).ToHaveCountAsync(inside);
        return inside;
    }

    /// <summary>Opens a window from 1900 to 2100: every event, outliers included, in the chart and the list.</summary>
    public async Task GotoEverythingAsync(int total)
    {
        await GotoAsync("?from=1900-01-01&to=2100-12-31");
        await Expect(WindowCount).ToHaveTextAsync($"{total} events");
        await Expect(Rows).ToHaveCountAsync(total);
    }

    /// <summary>The number of events the toolbar says the window holds.</summary>
    public async Task<int> WindowTotalAsync()
    {
        await Expect(WindowCount).ToHaveTextAsync(new Regex(@"^[\d,]+ events$"));
        return int.Parse((await WindowCount.TextContentAsync())!.Split(' ')[0], NumberStyles.AllowThousands, CultureInfo.InvariantCulture);
    }

    public async Task WaitUntilInteractiveAsync()
    {
        await Interactivity.WaitForRootAsync(Page);
        await Page.Locator(Interactivity.Chart).WaitForAsync(new() { State = WaitForSelectorState.Attached });
        await Expect(Chart).ToBeVisibleAsync();
    }

    /// <summary>Waits until the chart has been laid out for its real width (the app learns it from a ResizeObserver).</summary>
    public Task WaitForChartWidthAsync() => Page.WaitForFunctionAsync("""
        () => {
          const svg = document.querySelector('[data-testid="timeline-chart"]');
          if (!svg) return false;
          const w = svg.getBoundingClientRect().width;
          return Math.abs(svg.viewBox.baseVal.width - Math.min(Math.max(w, 320), 2400)) < 8;
        }
        """);

    /// <summary>
    /// The chart's window as [From, To). The app writes whole-day windows as first and last day ("2024-01-01".."2024-12-31")
    /// and other windows as instants ("…T06"), so a plain date "to" is the day after.
    /// </summary>
    public async Task<(DateTime From, DateTime To)> ChartWindowAsync()
    {
        var from = await Chart.GetAttributeAsync("data-from");
        var to = await Chart.GetAttributeAsync("data-to");
        return (ParseBound(from), ParseBound(to).AddDays(to!.Contains('T') ? 0 : 1));
    }

    public static DateTime ParseBound(string? text)
    {
        ArgumentNullException.ThrowIfNull(text);
        // The app writes hours without minutes ("2024-04-04T06").
        var full = Regex.IsMatch(text, @"T\d\d$") ? text + ":00" : text;
        return DateTime.Parse(full, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal);
    }

    public IReadOnlyList<string> QueryValues(string name) => QueryValues(Page.Url, name);

    public static IReadOnlyList<string> QueryValues(string url, string name)
    {
        var query = new Uri(url).Query.TrimStart('?');
        return query.Split('&', StringSplitOptions.RemoveEmptyEntries)
            .Select(p => p.Split('=', 2))
            .Where(p => Uri.UnescapeDataString(p[0]) == name)
            .Select(p => Uri.UnescapeDataString((p.Length > 1 ? p[1] : "").Replace('+', ' ')))
            .ToList();
    }

    public async Task<string[]> RowIdsAsync() =>
        (await Rows.EvaluateAllAsync<string[]>("rows => rows.map(r => r.getAttribute('data-event-id'))"));

    public async Task<string[]> MarkerIdsAsync() =>
        (await Markers.EvaluateAllAsync<string[]>("ms => ms.map(m => m.getAttribute('data-event-id'))"));

    /// <summary>The systems column (wide layouts) of every row.</summary>
    public async Task<string[]> RowSystemsAsync() =>
        await Rows.EvaluateAllAsync<string[]>("rows => rows.map(r => r.querySelectorAll('td')[3].textContent.trim())");

    /// <summary>Moves the pointer over the middle of the chart and turns the wheel.</summary>
    public async Task WheelOverChartAsync(double deltaY, double xFraction = 0.5)
    {
        var box = await Chart.BoundingBoxAsync() ?? throw new InvalidOperationException("the chart has no box");
        await Page.Mouse.MoveAsync((float)(box.X + box.Width * xFraction), box.Y + Math.Min(box.Height / 2, 120));
        await Page.Mouse.WheelAsync(0, (float)deltaY);
    }

    /// <summary>
    /// Drags across the chart, by default on an empty part (the axis row, where there are no markers); <paramref name="at"/>
    /// (fractions of the chart's box) starts it elsewhere, e.g. on an overview's bar.
    /// </summary>
    public async Task DragChartAsync(double dxPixels, (double X, double Y)? at = null)
    {
        var box = await Chart.BoundingBoxAsync() ?? throw new InvalidOperationException("the chart has no box");
        var y = at is { } start ? box.Y + box.Height * start.Y : box.Y + 20;
        var x = box.X + box.Width * (at?.X ?? 0.5);
        await Page.Mouse.MoveAsync((float)x, (float)y);
        await Page.Mouse.DownAsync();
        for (var i = 1; i <= 10; i++)
        {
            await Page.Mouse.MoveAsync((float)(x + dxPixels * i / 10), (float)y);
        }
        await Page.Mouse.UpAsync();
    }

    public async Task OpenExportMenuAsync()
    {
        if (await ExportMenu.GetAttributeAsync("data-open") != "true")
        {
            await Page.GetByTestId("export-toggle").ClickAsync();
        }
        await Expect(ExportCsv).ToBeVisibleAsync();
    }

    public static Regex UrlWith(string name, string value) =>
        new($"[?&]{Regex.Escape(name)}={Regex.Escape(Uri.EscapeDataString(value))}(&|$)");
}
