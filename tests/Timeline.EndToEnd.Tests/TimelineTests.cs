using System.Globalization;
using System.Text.RegularExpressions;
using Microsoft.Playwright;
using Timeline.EndToEnd.Tests.Infrastructure;
using Timeline.EndToEnd.Tests.Pages;
using static Microsoft.Playwright.Assertions;

namespace Timeline.EndToEnd.Tests;

[Collection(AppCollection.Name)]
public sealed class TimelineTests(AppFixture app) : IAsyncLifetime
{
    private IPage _page = null!;
    private TimelinePage _timeline = null!;

    public async Task InitializeAsync()
    {
        _page = await app.NewPageAsync();
        _timeline = new TimelinePage(_page);
    }

    public Task DisposeAsync() => _page.Context.CloseAsync();

    [Fact]
    public async Task Timeline_shows_markers_and_lists_every_seed_event_and_the_chart_has_an_accessible_name()
    {
        var all = CsvIds.Read(await Http($"/export.csv"));
        await _timeline.GotoEverythingAsync(all.Length);

        (await _timeline.RowIdsAsync()).ShouldBe(all, ignoreOrder: true);
        await Expect(_timeline.WindowCount).ToHaveTextAsync($"{all.Length} events");

        var markers = await _timeline.Markers.CountAsync();
        var clustered = await _timeline.Clusters.EvaluateAllAsync<int>("cs => cs.reduce((n, c) => n + Number(c.dataset.count), 0)");
        (markers + await _timeline.Clusters.CountAsync()).ShouldBeGreaterThan(0);
        (markers + clustered).ShouldBe(all.Length, "every event is drawn once, as a marker or inside a cluster");
        (await _timeline.MarkerIdsAsync()).ShouldBeSubsetOf(all);

        await Expect(_timeline.Chart).ToHaveAccessibleNameAsync(new Regex($@"^Timeline from .+, {all.Length} events\."));
        await Expect(_timeline.EventList).ToHaveAccessibleNameAsync("Events in the window");
    }

    [Fact]
    public async Task Wheel_over_the_chart_zooms_in_around_the_pointer_and_puts_the_window_in_the_url()
    {
        await _timeline.GotoAsync();
        var label = await _timeline.WindowLabel.TextContentAsync();
        var before = await _timeline.ChartWindowAsync();
        _timeline.QueryValues("from").ShouldBeEmpty();

        await _timeline.WheelOverChartAsync(-400, xFraction: 0.75);

        await Expect(_page).ToHaveURLAsync(new Regex("[?&]from=[^&]+&to=|[?&]to=[^&]+&from="));
        await Expect(_timeline.WindowLabel).Not.ToHaveTextAsync(label!);
        var after = await _timeline.ChartWindowAsync();
        (after.To - after.From).ShouldBeLessThan(before.To - before.From);
        TimelinePage.ParseBound(_timeline.QueryValues("from").Single()).ShouldBe(after.From, TimeSpan.FromDays(1));
        TimelinePage.ParseBound(_timeline.QueryValues("to").Single()).ShouldBe(after.To, TimeSpan.FromDays(1));
        // Anchored at 3/4 of the width: the start moves further than the end.
        (after.From - before.From).ShouldBeGreaterThan(before.To - after.To);

        await _timeline.WheelOverChartAsync(+400);
        await WaitForWindowChangeAsync(after);
        var outAgain = await _timeline.ChartWindowAsync();
        (outAgain.To - outAgain.From).ShouldBeGreaterThan(after.To - after.From);
    }

    [Fact]
    public async Task Zoom_buttons_halve_and_double_the_window_around_its_middle_and_fit_restores_everything()
    {
        await _timeline.GotoAsync("?from=2022-01-01&to=2024-12-31");
        var start = await _timeline.ChartWindowAsync();

        await _timeline.ZoomIn.ClickAsync();
        var zoomedIn = await WaitForWindowChangeAsync(start);
        Span(zoomedIn).TotalHours.ShouldBe(Span(start).TotalHours / 2, 1);
        Middle(zoomedIn).ShouldBe(Middle(start), TimeSpan.FromHours(1));
        await Expect(_page).ToHaveURLAsync(new Regex($"from={zoomedIn.From:yyyy-MM-dd}"));

        await _timeline.ZoomOut.ClickAsync();
        var zoomedOut = await WaitForWindowChangeAsync(zoomedIn);
        Span(zoomedOut).TotalHours.ShouldBe(Span(start).TotalHours, 1);
        Middle(zoomedOut).ShouldBe(Middle(start), TimeSpan.FromHours(1));

        var all = CsvIds.Read(await Http("/export.csv")).Length;
        await _timeline.ZoomFit.ClickAsync();
        var fit = await WaitForWindowChangeAsync(zoomedOut);
        // The seeds' 1949 event is not squeezed in: a stub counts it, and every other event is in the window.
        fit.From.Year.ShouldBeGreaterThan(2000);
        await Expect(_timeline.OutsideEarlier).ToHaveAttributeAsync("data-count", "1");
        await Expect(_timeline.WindowCount).ToHaveTextAsync($"{all - 1} events");
        await Expect(_timeline.Rows).ToHaveCountAsync(all - 1);
    }

    [Fact]
    public async Task The_earlier_events_stub_goes_to_the_outlier_and_back_undoes_it()
    {
        var all = CsvIds.Read(await Http("/export.csv")).Length;
        await _timeline.GotoFitAllAsync(all);
        var fitFrom = await _timeline.Chart.GetAttributeAsync("data-from");

        await _timeline.OutsideEarlier.ClickAsync();
        await Expect(_timeline.Chart).Not.ToHaveAttributeAsync("data-from", fitFrom!);
        var outlier = await _timeline.ChartWindowAsync();
        outlier.From.Year.ShouldBeLessThan(1950);
        await Expect(_timeline.Rows).ToHaveCountAsync(1);
        await Expect(_timeline.OutsideLater).ToHaveAttributeAsync("data-count", (all - 1).ToString(CultureInfo.InvariantCulture));

        // Back to the address without a window: the page opens on the same window as "Fit all".
        await _page.GoBackAsync();
        await Expect(_timeline.Chart).ToHaveAttributeAsync("data-from", fitFrom!);
        await Expect(_timeline.Rows).ToHaveCountAsync(all - 1);
    }

    [Fact]
    public async Task Back_undoes_a_zoom_step()
    {
        await _timeline.GotoAsync("?from=2022-01-01&to=2024-12-31");
        var start = await _timeline.ChartWindowAsync();
        await _timeline.ZoomIn.ClickAsync();
        var zoomedIn = await WaitForWindowChangeAsync(start);

        await _page.GoBackAsync();

        (await WaitForWindowChangeAsync(zoomedIn)).ShouldBe(start);
        await Expect(_page).ToHaveURLAsync(new Regex("from=2022-01-01&to=2024-12-31"));
    }

    [Fact]
    public async Task Zooming_out_after_zooming_in_from_fit_all_shows_every_event_again()
    {
        var all = CsvIds.Read(await Http("/export.csv")).Length;
        var inside = await _timeline.GotoFitAllAsync(all);
        var fit = await _timeline.ChartWindowAsync();

        await _timeline.ZoomIn.ClickAsync();
        var zoomedIn = await WaitForWindowChangeAsync(fit);
        await _timeline.ZoomOut.ClickAsync();
        var zoomedOut = await WaitForWindowChangeAsync(zoomedIn);

        Span(zoomedOut).TotalHours.ShouldBe(Span(fit).TotalHours, 1);
        await Expect(_timeline.WindowCount).ToHaveTextAsync($"{inside} events");
    }

    [Fact]
    public async Task Quick_zoom_clicks_never_jump_back_to_an_older_window()
    {
        await _timeline.GotoAsync("?from=2022-01-01&to=2024-12-31");
        var start = await _timeline.ChartWindowAsync();
        await _page.EvaluateAsync("""
            () => {
              const c = document.querySelector('[data-testid="timeline-chart"]');
              window.__e2eWindows = [];
              new MutationObserver(() => {
                const w = c.dataset.from + '|' + c.dataset.to;
                if (window.__e2eWindows.at(-1) !== w) window.__e2eWindows.push(w);
              }).observe(c, { attributes: true, attributeFilter: ['data-from', 'data-to'] });
            }
            """);

        for (var i = 0; i < 3; i++)
        {
            await _timeline.ZoomIn.ClickAsync();
        }

        var expected = Span(start) / 8;
        await _page.WaitForFunctionAsync("() => new URLSearchParams(location.search).get('from') === document.querySelector('[data-testid=\"timeline-chart\"]').dataset.from");
        await Expect(_timeline.Chart).ToHaveAttributeAsync("data-total", new Regex(".+"));
        var seen = await _page.EvaluateAsync<string[]>("() => window.__e2eWindows");
        var spans = seen.Select(w => w.Split('|')).Select(p => (TimelinePage.ParseBound(p[0]), TimelinePage.ParseBound(p[1]).AddDays(p[1].Contains('T') ? 0 : 1)))
            .Select(Span).ToList();
        for (var i = 1; i < spans.Count; i++)
        {
            spans[i].ShouldBeLessThan(spans[i - 1], $"each click zooms in; the chart showed {string.Join(" → ", seen)}");
        }
        // Windows are whole hours: each step rounds its length by up to half an hour.
        Span(await WaitForStableAsync()).TotalHours.ShouldBe(expected.TotalHours, 2, $"the chart showed {string.Join(" → ", seen)}");
    }

    [Fact]
    public async Task Quick_key_presses_zoom_step_by_step_without_jumping_back_to_an_older_window()
    {
        await _timeline.GotoAsync("?from=2022-01-01&to=2024-12-31");
        var start = await _timeline.ChartWindowAsync();
        await RecordWindowsAsync();
        await _timeline.Chart.FocusAsync();

        for (var i = 0; i < 4; i++)
        {
            await _page.Keyboard.TypeAsync("+");
            await _page.WaitForFunctionAsync("n => window.__e2eWindows.length > n", i + 1);
        }

        var settled = await WaitForStableAsync();
        var seen = await _page.EvaluateAsync<string[]>("() => window.__e2eWindows");
        var spans = seen.Select(w => w.Split('|')).Select(p => (TimelinePage.ParseBound(p[0]), TimelinePage.ParseBound(p[1]).AddDays(p[1].Contains('T') ? 0 : 1)))
            .Select(Span).ToList();
        for (var i = 1; i < spans.Count; i++)
        {
            spans[i].ShouldBeLessThan(spans[i - 1], $"every + zooms in; the chart showed {string.Join(" → ", seen)}");
        }
        Span(settled).TotalHours.ShouldBe(Span(start).TotalHours * Math.Pow(0.6, 4), 2, $"the chart showed {string.Join(" → ", seen)}");
    }

    [Fact]
    public async Task Keyboard_on_the_focused_chart_zooms_with_plus_and_minus_pans_with_arrows_and_fits_with_home()
    {
        await _timeline.GotoAsync("?from=2022-01-01&to=2024-12-31");
        var start = await _timeline.ChartWindowAsync();
        await _timeline.Chart.FocusAsync();
        await Expect(_timeline.Chart).ToBeFocusedAsync();

        await _page.Keyboard.TypeAsync("+");
        var plus = await WaitForWindowChangeAsync(start);
        Span(plus).ShouldBeLessThan(Span(start));

        await _page.Keyboard.TypeAsync("-");
        var minus = await WaitForWindowChangeAsync(plus);
        Span(minus).ShouldBeGreaterThan(Span(plus));

        await _page.Keyboard.PressAsync("ArrowRight");
        var right = await WaitForWindowChangeAsync(minus);
        right.From.ShouldBeGreaterThan(minus.From, $"start {start}, plus {plus}, minus {minus}, right {right}");
        Span(right).TotalHours.ShouldBe(Span(minus).TotalHours, 24);

        await _page.Keyboard.PressAsync("ArrowLeft");
        var left = await WaitForWindowChangeAsync(right);
        left.From.ShouldBeLessThan(right.From);
        Span(left).TotalHours.ShouldBe(Span(right).TotalHours, 24);

        await _page.Keyboard.PressAsync("Home");
        var home = await WaitForWindowChangeAsync(left);
        var everything = CsvIds.Read(await Http("/export.csv")).Length;
        // Everything but the seeds' 1949 event, which the stub at the left edge counts.
        await Expect(_timeline.WindowCount).ToHaveTextAsync($"{everything - 1} events");
        await Expect(_timeline.OutsideEarlier).ToHaveAttributeAsync("data-count", "1");
        home.From.Year.ShouldBeGreaterThan(2000);
        await Expect(_timeline.Chart).ToBeFocusedAsync();
    }

    [Fact]
    public async Task Dragging_the_chart_pans_the_window_without_zooming()
    {
        await _timeline.GotoAsync("?from=2022-01-01&to=2024-12-31");
        var start = await _timeline.ChartWindowAsync();
        var width = (await _timeline.Chart.BoundingBoxAsync())!.Width;
        await RecordWindowsAsync();

        await _timeline.DragChartAsync(+width / 4);

        await WaitForWindowChangeAsync(start);
        // Read once the page has written the dragged window to its address: a window read in the middle of the gesture, on
        // a busy machine, can catch one render's bounds from two steps.
        await Expect(_page).Not.ToHaveURLAsync(new Regex("from=2022-01-01"));
        // The gesture's last steps may still be rendering: read the window once the chart and the address agree.
        var dragged = await _timeline.ChartWindowAsync();
        for (var i = 0; i < 50 && !_page.Url.Contains($"from={dragged.From:yyyy-MM-dd}", StringComparison.Ordinal); i++)
        {
            await Task.Delay(100);
            dragged = await _timeline.ChartWindowAsync();
        }
        var seen = string.Join(" → ", await _page.EvaluateAsync<string[]>("() => window.__e2eWindows"));
        dragged.From.ShouldBeLessThan(start.From, "dragging to the right shows earlier dates");
        Span(dragged).TotalHours.ShouldBe(Span(start).TotalHours, 24, seen);
        await Expect(_page).ToHaveURLAsync(new Regex($"from={dragged.From:yyyy-MM-dd}"));
    }

    [Fact]
    public async Task Filtering_by_NASAMS_keeps_only_NASAMS_events_back_restores_and_reset_clears()
    {
        var all = CsvIds.Read(await Http("/export.csv"));
        var nasams = CsvIds.Read(await Http("/export.csv?system=NASAMS"));
        nasams.ShouldNotBeEmpty("the seeds have NASAMS events");
        nasams.Length.ShouldBeLessThan(all.Length);
        await _timeline.GotoAsync();
        // The default window may leave out a far outlier: compare with what it shows, not with every event.
        var shown = await _timeline.WindowTotalAsync();
        await Expect(_timeline.Rows).ToHaveCountAsync(shown);

        await _timeline.SystemOption("NASAMS").CheckAsync();

        await Expect(_page).ToHaveURLAsync(TimelinePage.UrlWith("system", "NASAMS"));
        await Expect(_timeline.Rows).ToHaveCountAsync(nasams.Length);
        (await _timeline.RowIdsAsync()).ShouldBe(nasams, ignoreOrder: true);
        foreach (var systems in await _timeline.RowSystemsAsync())
        {
            systems.Split(", ").ShouldContain("NASAMS");
        }
        await AssertChartShowsOnlyAsync(nasams);
        await Expect(_timeline.SystemOption("NASAMS")).ToBeCheckedAsync();

        await _page.GoBackAsync();
        await Expect(_page).Not.ToHaveURLAsync(new Regex("system="));
        await Expect(_timeline.Rows).ToHaveCountAsync(shown);
        await Expect(_timeline.SystemOption("NASAMS")).Not.ToBeCheckedAsync();

        await _page.GoForwardAsync();
        await Expect(_timeline.Rows).ToHaveCountAsync(nasams.Length);
        await _timeline.FilterReset.ClickAsync();
        await Expect(_page).Not.ToHaveURLAsync(new Regex("system="));
        await Expect(_timeline.Rows).ToHaveCountAsync(shown);
        await Expect(_timeline.SystemOption("NASAMS")).Not.ToBeCheckedAsync();
        await Expect(_timeline.FilterReset).ToBeDisabledAsync();
    }

    [Fact]
    public async Task Clicking_a_row_opens_its_details_with_title_date_precision_confidence_and_quoted_sources()
    {
        var events = (await ExportDocument.FetchAsync(app.Server)).Events;
        await _timeline.GotoAsync();
        var link = _timeline.RowLinks.Nth(2);
        var row = _timeline.Rows.Nth(2);
        var id = (await row.GetAttributeAsync("data-event-id"))!;
        var expected = events.Single(e => e.Id == id);

        await link.ClickAsync();

        await Expect(_page).ToHaveURLAsync(TimelinePage.UrlWith("event", id));
        await AssertDetailsAsync(expected);
        await Expect(row).ToHaveClassAsync(new Regex("tl-selected"));
    }

    [Fact]
    public async Task Clicking_a_marker_opens_that_events_details()
    {
        var events = (await ExportDocument.FetchAsync(app.Server)).Events;
        await _timeline.GotoAsync("?from=2022-10-01&to=2022-10-31");
        await Expect(_timeline.Markers.First).ToBeVisibleAsync();
        var marker = _timeline.Markers.Last;
        var id = (await marker.GetAttributeAsync("data-event-id"))!;

        await marker.ClickAsync();

        await Expect(_page).ToHaveURLAsync(TimelinePage.UrlWith("event", id));
        await AssertDetailsAsync(events.Single(e => e.Id == id));
    }

    [Fact]
    public async Task The_open_events_marker_is_highlighted_in_the_chart()
    {
        await _timeline.GotoAsync("?from=2022-10-01&to=2022-10-31");
        var marker = _timeline.Markers.Last;
        var id = (await marker.GetAttributeAsync("data-event-id"))!;

        await marker.ClickAsync();

        await Expect(_timeline.Details).ToHaveAttributeAsync("data-event-id", id);
        await Expect(_timeline.Marker(id)).ToHaveClassAsync(new Regex(@"\btl-selected\b"));
        await Expect(_timeline.Markers.And(_page.Locator(".tl-selected"))).ToHaveCountAsync(1);
    }

    [Fact]
    public async Task Enter_on_a_focused_row_moves_focus_into_its_details_and_escape_from_anywhere_closes_them_and_returns_focus()
    {
        var events = (await ExportDocument.FetchAsync(app.Server)).Events;
        await _timeline.GotoAsync();
        var link = _timeline.RowLinks.Nth(4);
        var id = (await _timeline.Rows.Nth(4).GetAttributeAsync("data-event-id"))!;

        await link.FocusAsync();
        await _page.Keyboard.PressAsync("Enter");

        await Expect(_page).ToHaveURLAsync(TimelinePage.UrlWith("event", id));
        await AssertDetailsAsync(events.Single(e => e.Id == id));
        await Expect(_timeline.Details.GetByTestId("details-title")).ToBeFocusedAsync();

        // From inside the panel ...
        await _page.Keyboard.PressAsync("Escape");
        await Expect(_timeline.Details).ToHaveCountAsync(0);
        await Expect(_page).Not.ToHaveURLAsync(new Regex("event="));
        await Expect(link).ToBeFocusedAsync();

        // ... and from elsewhere on the page.
        await _page.Keyboard.PressAsync("Enter");
        await Expect(_timeline.Details.GetByTestId("details-title")).ToBeFocusedAsync();
        await _page.GetByTestId("quick-year").First.FocusAsync();
        await _page.Keyboard.PressAsync("Escape");
        await Expect(_timeline.Details).ToHaveCountAsync(0);
        await Expect(link).ToBeFocusedAsync();
    }

    [Fact]
    public async Task Evidence_link_opens_the_source_with_the_quoted_sentence_marked_and_scrolled_into_view()
    {
        // The evidence furthest into its article: its sentence starts well below the fold.
        var events = (await ExportDocument.FetchAsync(app.Server)).Events;
        var (ev, source) = events.SelectMany(e => e.Sources.Where(s => e.Sources.Count(o => o.ArticleId == s.ArticleId) == 1).Select(s => (Event: e, Source: s)))
            .MaxBy(p => p.Source.Start);
        await _timeline.GotoAsync($"?event={Uri.EscapeDataString(ev.Id)}");
        await AssertDetailsAsync(ev);
        var item = _timeline.DetailsSources.Filter(new() { Has = _page.Locator($"a[href^='/sources/{source.ArticleId}?']") }).First;
        var quote = (await item.Locator("blockquote").TextContentAsync())!.Trim();
        quote.ShouldBe(source.Quote!.Trim());

        await item.GetByTestId("evidence-source-link").ClickAsync();

        await Expect(_page).ToHaveURLAsync(new Regex($@"/sources/{source.ArticleId}\?evidence=\d+#ev-\d+$"));
        var sourcePage = new SourcePage(_page);
        await Expect(sourcePage.Title).ToBeVisibleAsync();
        var mark = sourcePage.Mark(new Uri(_page.Url).Fragment.TrimStart('#'));
        await Expect(mark).ToHaveTextAsync(quote);
        await Expect(mark).ToHaveAttributeAsync("data-event-id", ev.Id);
        await Expect(mark).ToBeInViewportAsync();
        (await _page.EvaluateAsync<double>("() => window.scrollY")).ShouldBeGreaterThan(0, "the sentence is below the fold and the page scrolled to it");
        // The sentence one came for stands out from the article's other evidence.
        (await mark.EvaluateAsync<string>("el => getComputedStyle(el).outlineStyle")).ShouldBe("solid");
        var others = _page.Locator("[data-testid=evidence-mark]:not(.tl-here)");
        if (await others.CountAsync() > 0)
            (await others.First.EvaluateAsync<string>("el => getComputedStyle(el).outlineStyle")).ShouldBe("none");
    }

    [Fact]
    public async Task Csv_and_json_exports_from_the_menu_contain_exactly_the_listed_events_of_the_filter_and_window()
    {
        await _timeline.GotoAsync("?actor=NATO&from=2022-06-01&to=2024-06-30");
        await Expect(_page).ToHaveURLAsync(TimelinePage.UrlWith("actor", "NATO"));
        var listed = await _timeline.RowIdsAsync();
        listed.ShouldNotBeEmpty();
        var everything = CsvIds.Read(await Http("/export.csv"));
        listed.Length.ShouldBeLessThan(everything.Length, "the filter and window leave events out");

        await _timeline.OpenExportMenuAsync();
        var csvHref = (await _timeline.ExportCsv.GetAttributeAsync("href"))!;
        csvHref.ShouldContain("actor=NATO");
        var csvDownload = await _page.RunAndWaitForDownloadAsync(() => _timeline.ExportCsv.ClickAsync());
        var csv = await File.ReadAllTextAsync((await csvDownload.PathAsync())!);
        CsvIds.Read(csv).ShouldBe(listed, ignoreOrder: true);

        await _timeline.OpenExportMenuAsync();
        var jsonDownload = await _page.RunAndWaitForDownloadAsync(() => _timeline.ExportJson.ClickAsync());
        var json = ExportDocument.Parse(await File.ReadAllTextAsync((await jsonDownload.PathAsync())!));
        json.Events.Select(e => e.Id).ShouldBe(listed, ignoreOrder: true);
        foreach (var e in json.Events)
        {
            e.Actors.ShouldContain("NATO");
            e.Sources.ShouldNotBeEmpty();
            string.Compare(e.Date, "2024-06-30", StringComparison.Ordinal).ShouldBeLessThanOrEqualTo(0);
            string.Compare(e.EndDate ?? e.Date, "2022-06-01", StringComparison.Ordinal).ShouldBeGreaterThanOrEqualTo(0);
        }
    }

    [Fact]
    public async Task Pictures_from_the_menu_are_named_after_the_filter_carry_their_caption_and_the_menu_closes()
    {
        await _timeline.GotoAsync("?system=Patriot&from=2024-01-01&to=2024-12-31");
        await Expect(_timeline.Rows.First).ToBeVisibleAsync();

        await _timeline.OpenExportMenuAsync();
        // Kept for review beside the other screenshots: the open menu, its items lined up.
        await _page.ScreenshotAsync(new() { Path = Path.Combine(Repo.Artifacts, "export-menu-1440-light.png") });
        var svgDownload = await _page.RunAndWaitForDownloadAsync(() => _timeline.ExportSvg.ClickAsync());
        svgDownload.SuggestedFilename.ShouldBe("timeline-patriot-2024.svg");
        await Expect(_timeline.ExportCsv).ToBeHiddenAsync();
        var svg = await File.ReadAllTextAsync((await svgDownload.PathAsync())!);
        svg.ShouldContain("System: Patriot");
        svg.ShouldContain("1 Jan 2024 – 31 Dec 2024");
        svg.ShouldNotContain("127.0.0.1");

        await _timeline.OpenExportMenuAsync();
        var pngDownload = await _page.RunAndWaitForDownloadAsync(() => _timeline.ExportPng.ClickAsync());
        pngDownload.SuggestedFilename.ShouldBe("timeline-patriot-2024.png");
        await Expect(_timeline.ExportCsv).ToBeHiddenAsync();
        var png = await File.ReadAllBytesAsync((await pngDownload.PathAsync())!);
        png.Take(8).ShouldBe(new byte[] { 0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A }, "a PNG file");
        // Twice the SVG's width: the header says how wide it is (bytes 16..19, big-endian).
        var width = (png[16] << 24) | (png[17] << 16) | (png[18] << 8) | png[19];
        var svgWidth = double.Parse(System.Xml.Linq.XDocument.Parse(svg).Root!.Attribute("width")!.Value, System.Globalization.CultureInfo.InvariantCulture);
        width.ShouldBe((int)Math.Round(svgWidth * 2));
        await File.WriteAllBytesAsync(Path.Combine(Repo.Artifacts, "export-patriot-2024.png"), png);
    }

    private async Task AssertDetailsAsync(ExportEvent expected)
    {
        await Expect(_timeline.Details).ToBeVisibleAsync();
        await Expect(_timeline.Details).ToHaveAttributeAsync("data-event-id", expected.Id);
        await Expect(_timeline.DetailsTitle).ToHaveTextAsync(expected.Title);
        await Expect(_timeline.DetailsDate).ToContainTextAsync($"{expected.Precision} precision");
        await Expect(_timeline.DetailsConfidence).ToHaveTextAsync(new Regex($@"^\s*{Math.Round(expected.Confidence * 100):0}\s?%\s*$"));
        // One entry per article, each with every sentence of it that supports the event.
        var articles = expected.Sources.Select(s => s.ArticleId).Distinct().Count();
        await Expect(_timeline.DetailsSources).ToHaveCountAsync(articles);
        foreach (var quote in await _timeline.DetailsSources.Locator("blockquote").AllTextContentsAsync())
        {
            quote.Trim().ShouldNotBeEmpty();
        }
        var quotes = (await _timeline.DetailsSources.Locator("blockquote").AllTextContentsAsync()).Select(q => q.Trim());
        quotes.ShouldBe(expected.Sources.Select(s => s.Quote!.Trim()), ignoreOrder: true);
        await Expect(_timeline.DetailsSources.GetByTestId("evidence-source-link")).ToHaveCountAsync(articles);
    }

    private async Task AssertChartShowsOnlyAsync(IReadOnlyCollection<string> ids)
    {
        await Expect(_timeline.Chart).ToHaveAttributeAsync("data-total", ids.Count.ToString());
        (await _timeline.MarkerIdsAsync()).ShouldBeSubsetOf(ids);
        var clustered = await _timeline.Clusters.EvaluateAllAsync<int>("cs => cs.reduce((n, c) => n + Number(c.dataset.count), 0)");
        ((await _timeline.Markers.CountAsync()) + clustered).ShouldBe(ids.Count);
    }

    private async Task<(DateTime From, DateTime To)> WaitForWindowChangeAsync((DateTime From, DateTime To) before)
    {
        // Also waits until the URL carries the new window: the app's own NavigateTo round trip (see
        // Quick_zoom_clicks_never_jump_back_to_an_older_window) would otherwise re-apply the previous window.
        await _page.WaitForFunctionAsync("""
            ([from, to]) => {
              const c = document.querySelector('[data-testid="timeline-chart"]');
              const q = new URLSearchParams(location.search);
              return c && (c.dataset.from !== from || c.dataset.to !== to) && q.get('from') === c.dataset.from && q.get('to') === c.dataset.to;
            }
            """, Written(before), new() { Timeout = 15_000 });
        return await _timeline.ChartWindowAsync();

        // As the app writes a window: whole days as first and last day, otherwise both edges to the hour.
        static string[] Written((DateTime From, DateTime To) w) =>
            w.From.TimeOfDay == TimeSpan.Zero && w.To.TimeOfDay == TimeSpan.Zero
                ? [w.From.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), w.To.AddDays(-1).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)]
                : [w.From.ToString("yyyy-MM-dd'T'HH", CultureInfo.InvariantCulture), w.To.ToString("yyyy-MM-dd'T'HH", CultureInfo.InvariantCulture)];
    }

    private Task RecordWindowsAsync() => _page.EvaluateAsync("""
        () => {
          const c = document.querySelector('[data-testid="timeline-chart"]');
          window.__e2eWindows = [c.dataset.from + '|' + c.dataset.to];
          new MutationObserver(() => {
            const w = c.dataset.from + '|' + c.dataset.to;
            if (window.__e2eWindows.at(-1) !== w) window.__e2eWindows.push(w);
          }).observe(c, { attributes: true, attributeFilter: ['data-from', 'data-to'] });
        }
        """);

    /// <summary>The window once the chart, the URL and the server agree (no change for half a second).</summary>
    private async Task<(DateTime From, DateTime To)> WaitForStableAsync()
    {
        var last = await _timeline.ChartWindowAsync();
        for (var i = 0; i < 20; i++)
        {
            await _page.WaitForTimeoutAsync(250);
            var now = await _timeline.ChartWindowAsync();
            if (now == last && TimelinePage.ParseBound(_timeline.QueryValues("from").FirstOrDefault() ?? "1900-01-01") == now.From)
            {
                return now;
            }
            last = now;
        }
        return last;
    }

    private static TimeSpan Span((DateTime From, DateTime To) w) => w.To - w.From;
    private static DateTime Middle((DateTime From, DateTime To) w) => w.From + Span(w) / 2;

    private async Task<string> Http(string path)
    {
        using var http = new HttpClient();
        return await http.GetStringAsync(app.Server.BaseUrl + path);
    }
}
