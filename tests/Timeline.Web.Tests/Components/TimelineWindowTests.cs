using Bunit;
using Bunit.TestDoubles;
using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.DependencyInjection;
using Timeline.Web.Components.Pages.Timeline;

namespace Timeline.Web.Tests.Components;

/// <summary>The window from the address, the stubs at its edges and which moves Back undoes.</summary>
public sealed class TimelineWindowTests : TimelineTestContext
{
    private BunitNavigationManager Nav => Services.GetRequiredService<BunitNavigationManager>();

    private static string Window(IRenderedComponent<TimelinePage> page) =>
        page.Find("[data-testid=timeline-chart]").GetAttribute("data-from") + ".." + page.Find("[data-testid=timeline-chart]").GetAttribute("data-to");

    [Fact]
    public void Stubs_count_the_events_beyond_each_edge_and_take_the_reader_to_the_nearest()
    {
        Nav.NavigateTo("/?from=2019-01-01&to=2019-12-31");
        var page = Render<TimelinePage>();
        page.WaitForAssertion(() => page.Find("[data-testid=outside-earlier]"));

        var earlier = int.Parse(page.Find("[data-testid=outside-earlier]").GetAttribute("data-count")!, System.Globalization.CultureInfo.InvariantCulture);
        var later = int.Parse(page.Find("[data-testid=outside-later]").GetAttribute("data-count")!, System.Globalization.CultureInfo.InvariantCulture);
        var inside = int.Parse(page.Find("[data-testid=timeline-chart]").GetAttribute("data-total")!, System.Globalization.CultureInfo.InvariantCulture);
        (earlier + inside + later).ShouldBe(TestDatabase.Events);
        page.Find("[data-testid=outside-earlier]").TextContent.ShouldContain("2018");

        page.Find("[data-testid=outside-earlier]").Click();

        page.WaitForAssertion(() => Window(page).ShouldStartWith("2018-"));
        page.WaitForAssertion(() => Nav.Uri.ShouldContain("from=2018-"));
        page.Find("[data-testid=outside-later]").GetAttribute("data-count").ShouldNotBe(later.ToString(System.Globalization.CultureInfo.InvariantCulture));
    }

    [Fact]
    public void Only_from_in_the_address_shows_up_to_where_the_data_ends_and_fills_the_from_field()
    {
        Nav.NavigateTo("/?from=2025-01-01");
        var page = Render<TimelinePage>();

        page.WaitForAssertion(() => Window(page).ShouldStartWith("2025-01-01.."));
        var to = DateOnly.Parse(page.Find("[data-testid=timeline-chart]").GetAttribute("data-to")!, System.Globalization.CultureInfo.InvariantCulture);
        to.Year.ShouldBeLessThanOrEqualTo(2027, "the synthetic data ends in 2026 (the window adds a little room), not in 2100");
        page.Find("[data-testid=filter-from]").GetAttribute("value").ShouldBe("2025-01-01");
        page.Find("[data-testid=filter-to]").GetAttribute("value").ShouldBeNull();
        page.FindAll("[data-testid=outside-later]").ShouldBeEmpty();
    }

    [Fact]
    public void The_from_and_to_fields_show_a_window_in_any_year()
    {
        Nav.NavigateTo("/?from=1947-01-01&to=1950-12-31");
        var page = Render<TimelinePage>();

        page.WaitForAssertion(() => page.Find("[data-testid=filter-from]").GetAttribute("value").ShouldBe("1947-01-01"));
        page.Find("[data-testid=filter-to]").GetAttribute("value").ShouldBe("1950-12-31");
    }

    [Fact]
    public async Task Zoom_buttons_and_fit_all_add_history_entries_and_a_continuing_wheel_gesture_replaces_its_own()
    {
        Nav.NavigateTo("/?from=2020-01-01&to=2020-12-31");
        var page = Render<TimelinePage>();
        page.WaitForAssertion(() => page.Find("[data-testid=timeline-chart]"));
        var before = Nav.History.Count;

        page.Find("[data-testid=zoom-in]").Click();
        page.WaitForAssertion(() => Nav.History.Count.ShouldBe(before + 1));
        Nav.History.First().Options.ReplaceHistoryEntry.ShouldBeFalse("Back undoes a zoom step");

        var chart = page.FindComponent<TimelineChart>();
        await page.InvokeAsync(() => chart.Instance.Gesture(0.5, 0.9, 0));
        await page.InvokeAsync(() => chart.Instance.Gesture(0.5, 0.9, 0));
        // The wheel's first step is an entry; the next one in the same gesture replaces it (bUnit then drops the replaced one).
        page.WaitForAssertion(() => Nav.History.Count.ShouldBe(before + 2));
        Nav.History.First().Options.ReplaceHistoryEntry.ShouldBeTrue();

        page.Find("[data-testid=zoom-fit]").Click();
        page.WaitForAssertion(() => Nav.History.First().Options.ReplaceHistoryEntry.ShouldBeFalse());
    }

    [Fact]
    public void The_window_label_carries_days_and_no_clock_time()
    {
        Nav.NavigateTo("/?from=2024-04-04T06&to=2024-04-05T18");
        var page = Render<TimelinePage>();

        page.WaitForAssertion(() => page.Find("[data-testid=window-label]").TextContent.ShouldBe("4 Apr 2024 – 5 Apr 2024"));
    }
}
