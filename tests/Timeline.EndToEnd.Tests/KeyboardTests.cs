using Microsoft.Playwright;
using Timeline.EndToEnd.Tests.Infrastructure;
using Timeline.EndToEnd.Tests.Pages;
using static Microsoft.Playwright.Assertions;

namespace Timeline.EndToEnd.Tests;

/// <summary>What a keyboard user meets first: a skip link, and a visible ring on whatever has focus, MudBlazor's buttons too.</summary>
[Collection(AppCollection.Name)]
public sealed class KeyboardTests(AppFixture app)
{
    private static Task<string> OutlineAsync(ILocator element) =>
        element.EvaluateAsync<string>("el => { const s = getComputedStyle(el); return s.outlineStyle + ' ' + s.outlineWidth; }");

    [Theory]
    [InlineData(ColorScheme.Light)]
    [InlineData(ColorScheme.Dark)]
    public async Task A_skip_link_comes_first_and_leads_to_the_content_and_focus_is_visible_on_a_mud_button(ColorScheme scheme)
    {
        var page = await app.NewPageAsync(scheme: scheme);
        try
        {
            await new TimelinePage(page).GotoAsync();
            await Themes.WaitForSchemeAsync(page, scheme);

            // The first control in the document, so the first Tab from the top of a page; the page itself focuses its heading
            // after each navigation (FocusOnNavigate), which a screen reader announces.
            var skip = page.GetByTestId("skip-link");
            (await page.EvaluateAsync<string?>("() => document.querySelector('a[href], button, input, select, textarea, [tabindex]:not([tabindex=\"-1\"])')?.dataset.testid"))
                .ShouldBe("skip-link");
            await skip.FocusAsync();
            await Expect(skip).ToBeFocusedAsync();
            (await OutlineAsync(skip)).ShouldStartWith("solid");
            ((await skip.BoundingBoxAsync())!.Y).ShouldBeGreaterThanOrEqualTo(0, "shown when focused");

            await page.Keyboard.PressAsync("Enter");
            // Focus lands in the content (the main region, or its heading), past the app bar.
            await page.WaitForFunctionAsync("() => document.activeElement && document.activeElement.closest('main#main') !== null");

            // MudBlazor's icon button (the theme toggle) shows the ring too.
            var toggle = page.GetByTestId("theme-toggle");
            await toggle.FocusAsync();
            await page.Keyboard.PressAsync("Shift+Tab");
            await page.Keyboard.PressAsync("Tab");
            await Expect(toggle).ToBeFocusedAsync();
            (await OutlineAsync(toggle)).ShouldStartWith("solid");
        }
        finally
        {
            await page.Context.CloseAsync();
        }
    }

    [Theory]
    [InlineData(ColorScheme.Light)]
    [InlineData(ColorScheme.Dark)]
    public async Task Inputs_selects_facet_checkboxes_and_list_links_show_a_visible_focus_ring(ColorScheme scheme)
    {
        var page = await app.NewPageAsync(scheme: scheme);
        try
        {
            var timeline = new TimelinePage(page);
            await timeline.GotoAsync();
            await Themes.WaitForSchemeAsync(page, scheme);
            await Expect(timeline.SystemOption("Patriot")).ToBeVisibleAsync();
            ILocator[] controls =
            [
                page.GetByTestId("filter-text"), page.GetByTestId("filter-from"), page.GetByTestId("filter-confidence"),
                timeline.SystemOption("Patriot"), page.GetByTestId("lanes-mode"), page.GetByTestId("list-sort"), timeline.RowLinks.First,
            ];
            foreach (var control in controls)
            {
                // Reached by the keyboard, so the browser's :focus-visible applies as it does for a keyboard user.
                await control.FocusAsync();
                await page.Keyboard.PressAsync("Shift+Tab");
                await page.Keyboard.PressAsync("Tab");
                await Expect(control).ToBeFocusedAsync();
                var ring = await control.EvaluateAsync<string[]>("""
                    el => { const s = getComputedStyle(el); return [el.dataset.testid, s.outlineStyle, s.outlineWidth, s.outlineColor]; }
                    """);
                ring[1].ShouldBe("solid", string.Join(" ", ring));
                double.Parse(ring[2].Replace("px", ""), System.Globalization.CultureInfo.InvariantCulture).ShouldBeGreaterThanOrEqualTo(2, string.Join(" ", ring));
                ring[3].ShouldNotBe("rgba(0, 0, 0, 0)", string.Join(" ", ring));
            }
        }
        finally
        {
            await page.Context.CloseAsync();
        }
    }

    /// <summary>The number of Tab presses until focus is inside <paramref name="target"/>, or null after <paramref name="limit"/>.</summary>
    private static async Task<int?> TabsUntilAsync(IPage page, string target, int limit = 60)
    {
        for (var n = 1; n <= limit; n++)
        {
            await page.Keyboard.PressAsync("Tab");
            if (await page.EvaluateAsync<bool>("s => document.activeElement?.closest(s) != null", target)) return n;
        }
        return null;
    }

    private static Task<string?> FocusedAsync(IPage page, string attribute) =>
        page.EvaluateAsync<string?>("a => document.activeElement?.getAttribute(a) ?? null", attribute);

    [Fact]
    public async Task The_open_events_details_are_a_few_tabs_after_the_skip_link_and_the_chart_is_one_tab_stop_whose_events_the_arrows_walk()
    {
        var page = await app.NewPageAsync();
        try
        {
            var timeline = new TimelinePage(page);
            await timeline.GotoAsync();
            var id = (await timeline.Markers.First.GetAttributeAsync("data-event-id"))!;
            await timeline.GotoAsync($"?event={Uri.EscapeDataString(id)}");
            await Expect(timeline.DetailsTitle).ToBeVisibleAsync();
            await page.Locator(Interactivity.Chart).WaitForAsync(new() { State = WaitForSelectorState.Attached });

            await page.GetByTestId("skip-link").FocusAsync();
            await page.Keyboard.PressAsync("Enter");
            await page.WaitForFunctionAsync("() => document.activeElement?.closest('main#main') != null");
            var tabs = await TabsUntilAsync(page, "[data-testid=details-panel]");
            tabs.ShouldNotBeNull("the details panel is reachable by Tab");
            tabs.Value.ShouldBeLessThanOrEqualTo(5, "the panel comes right after the skip link, not after the filters, the chart and the list");

            // Into the chart: itself (its keys pan and zoom), then one of its events; the open one's marker is that stop.
            var markers = await timeline.Markers.CountAsync();
            markers.ShouldBeGreaterThan(2, "the seeds' default window draws events one by one");
            await timeline.Chart.FocusAsync();
            await page.Keyboard.PressAsync("Tab");
            (await FocusedAsync(page, "data-event-id")).ShouldBe(id);
            var window = await timeline.ChartWindowAsync();

            await page.Keyboard.PressAsync("Home");
            (await FocusedAsync(page, "data-nav")).ShouldBe("0");
            await page.Keyboard.PressAsync("ArrowRight");
            (await FocusedAsync(page, "data-nav")).ShouldBe("1");
            await page.Keyboard.PressAsync("ArrowRight");
            (await FocusedAsync(page, "data-nav")).ShouldBe("2");
            await page.Keyboard.PressAsync("ArrowLeft");
            (await FocusedAsync(page, "data-nav")).ShouldBe("1");
            await page.Keyboard.PressAsync("End");
            var last = await page.EvaluateAsync<int>("() => document.querySelectorAll('[data-testid=timeline-chart] [data-nav]').length - 1");
            (await FocusedAsync(page, "data-nav")).ShouldBe(last.ToString(System.Globalization.CultureInfo.InvariantCulture));
            await page.Keyboard.PressAsync("ArrowRight");
            (await FocusedAsync(page, "data-nav")).ShouldBe(last.ToString(System.Globalization.CultureInfo.InvariantCulture), "the last stays last");
            // Walking the events does not pan the chart, and the walked-to event is the chart's one stop: the next Tab leaves it.
            (await timeline.ChartWindowAsync()).ShouldBe(window);
            (await page.EvaluateAsync<int>("() => document.querySelectorAll('[data-testid=timeline-chart] [tabindex=\"0\"]').length")).ShouldBe(1);
            await page.Keyboard.PressAsync("Tab");
            (await page.EvaluateAsync<bool>("() => document.activeElement?.closest('[data-testid=timeline-chart]') == null")).ShouldBeTrue();
        }
        finally
        {
            await page.Context.CloseAsync();
        }
    }

    [Fact]
    public async Task Escape_returns_focus_to_the_chart_marker_an_event_was_opened_from_not_to_its_row()
    {
        var page = await app.NewPageAsync();
        try
        {
            var timeline = new TimelinePage(page);
            await timeline.GotoAsync();
            await page.Locator(Interactivity.Chart).WaitForAsync(new() { State = WaitForSelectorState.Attached });
            await timeline.Chart.FocusAsync();
            await page.Keyboard.PressAsync("Tab");
            await page.Keyboard.PressAsync("ArrowRight");
            var id = (await FocusedAsync(page, "data-event-id"))!;
            id.ShouldNotBeNull("the second item in the chart is a marker");
            await Expect(timeline.Row(id)).ToHaveCountAsync(1);

            await page.Keyboard.PressAsync("Enter");
            await Expect(timeline.Details).ToHaveAttributeAsync("data-event-id", id);
            await Expect(timeline.DetailsTitle).ToBeFocusedAsync();
            await page.Keyboard.PressAsync("Escape");

            await Expect(timeline.Details).ToHaveCountAsync(0);
            await Expect(timeline.Marker(id)).ToBeFocusedAsync();

            // Escape from the chart closes too, and focus stays on the marker the event was opened from.
            await page.Keyboard.PressAsync("Enter");
            await Expect(timeline.DetailsTitle).ToBeFocusedAsync();
            await timeline.Marker(id).FocusAsync();
            await page.Keyboard.PressAsync("Escape");
            await Expect(timeline.Details).ToHaveCountAsync(0);
            await Expect(timeline.Marker(id)).ToBeFocusedAsync();
        }
        finally
        {
            await page.Context.CloseAsync();
        }
    }

    [Fact]
    public async Task An_event_neither_drawn_nor_listed_closed_by_escape_leaves_focus_on_the_chart()
    {
        var page = await app.NewPageAsync();
        try
        {
            var timeline = new TimelinePage(page);
            // The seeds' 1949 event, outside the default window: no marker and no row to return to.
            await timeline.GotoAsync("?from=2024-01-01&to=2024-12-31");
            var everything = (await ExportDocument.FetchAsync(app.Server)).Events;
            var outside = everything.MinBy(e => e.Date)!;
            await timeline.GotoAsync($"?from=2024-01-01&to=2024-12-31&event={Uri.EscapeDataString(outside.Id)}");
            await Expect(timeline.DetailsTitle).ToBeFocusedAsync();
            await Expect(timeline.Row(outside.Id)).ToHaveCountAsync(0);

            await page.Keyboard.PressAsync("Escape");

            await Expect(timeline.Details).ToHaveCountAsync(0);
            await Expect(timeline.Chart).ToBeFocusedAsync();
        }
        finally
        {
            await page.Context.CloseAsync();
        }
    }

    [Fact]
    public async Task On_a_phone_the_filters_button_comes_before_the_filters_so_the_next_tab_enters_them()
    {
        var page = await app.NewPageAsync(390, 844);
        try
        {
            var timeline = new TimelinePage(page);
            await timeline.GotoAsync();
            await Expect(timeline.FilterPanel).ToBeHiddenAsync();
            await timeline.FiltersToggle.FocusAsync();
            await page.Keyboard.PressAsync("Enter");
            await Expect(timeline.FiltersToggle).ToHaveAttributeAsync("aria-expanded", "true");
            await Expect(timeline.FilterPanel).ToBeVisibleAsync();

            await page.Keyboard.PressAsync("Tab");

            (await page.EvaluateAsync<bool>("() => document.activeElement?.closest('[data-testid=filter-panel]') != null"))
                .ShouldBeTrue("Tab from the button goes into the filters it opened");
        }
        finally
        {
            await page.Context.CloseAsync();
        }
    }
}
