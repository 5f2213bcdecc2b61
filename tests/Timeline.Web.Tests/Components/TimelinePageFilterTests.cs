using Bunit;
using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.DependencyInjection;
using Timeline.Domain.Export;
using Timeline.Web.Components.Pages.Timeline;

namespace Timeline.Web.Tests.Components;

public sealed class TimelinePageFilterTests : TimelineTestContext
{
    [Fact]
    public void The_address_filter_reads_names_in_any_case_and_says_what_it_cannot_read()
    {
        Services.GetRequiredService<NavigationManager>().NavigateTo("/?system=patriot&system=Bogus&type=party");

        var page = Render<TimelinePage>();

        page.WaitForAssertion(() =>
        {
            var problems = page.Find("[data-testid=filter-problems]").TextContent;
            problems.ShouldContain("no system 'Bogus' in this timeline");
            problems.ShouldContain("unknown type 'party'");
        });
        // The counts arrive after the list: wait for them.
        page.WaitForAssertion(() => page.Find("[data-testid='filter-system-option'][data-value='Patriot']").HasAttribute("checked").ShouldBeTrue("'patriot' is Patriot"));
    }

    [Theory]
    [InlineData("from=2025&to=2024", "2025", "2024")]
    [InlineData("from=xyz&to=2024", "xyz", "2024")]
    [InlineData("from=2024&to=2024-13", "2024", "2024-13")]
    public void A_bad_or_reversed_range_in_the_address_is_reported_as_the_export_urls_and_the_cli_report_it(string query, string from, string to)
    {
        Services.GetRequiredService<NavigationManager>().NavigateTo($"/?system=patriot&{query}");
        var expected = FilterParser.Parse(new FilterQuery([], [], [], null, from, to), new FilterNames([], [])).Problems;
        expected.ShouldNotBeEmpty();

        var page = Render<TimelinePage>();

        page.WaitForAssertion(() =>
        {
            var problems = page.Find("[data-testid=filter-problems]").TextContent;
            foreach (var problem in expected) problems.ShouldContain(problem);
            problems.ShouldNotContain("system");
        });
        // The rest of the address still applies, and the chart shows a window of its own choosing.
        page.WaitForAssertion(() => page.Find("[data-testid='filter-system-option'][data-value='Patriot']").HasAttribute("checked").ShouldBeTrue());
        page.Find("[data-testid=timeline-chart]").GetAttribute("data-from").ShouldNotBeNullOrEmpty();
    }

    [Fact]
    public void A_window_to_the_hour_in_the_address_is_shown_to_the_hour_and_reported_as_nothing()
    {
        Services.GetRequiredService<NavigationManager>().NavigateTo("/?from=2024-04-04T06&to=2024-04-05T18");

        var page = Render<TimelinePage>();

        page.WaitForAssertion(() =>
        {
            var chart = page.Find("[data-testid=timeline-chart]");
            (chart.GetAttribute("data-from"), chart.GetAttribute("data-to")).ShouldBe(("2024-04-04T06", "2024-04-05T18"));
        });
        page.FindAll("[data-testid=filter-problems]").ShouldBeEmpty();
    }

    private static List<double> Confidences(IRenderedComponent<TimelinePage> page) =>
        [.. page.FindAll("[data-testid=event-row-confidence]").Select(c => double.Parse(c.TextContent.Split('%')[0].Trim(), System.Globalization.CultureInfo.InvariantCulture))];

    [Fact]
    public void The_list_sorts_by_confidence_from_the_address_and_a_heading_changes_the_order_in_the_address()
    {
        var nav = Services.GetRequiredService<NavigationManager>();
        nav.NavigateTo("/?from=2020&to=2026&sort=confidence");

        var page = Render<TimelinePage>();

        page.WaitForAssertion(() => page.FindAll("[data-testid=event-row]").Count.ShouldBeGreaterThan(10));
        Confidences(page).ShouldBe(Confidences(page).OrderByDescending(c => c).ToList(), "most confident first");
        page.Find("th[aria-sort] [data-testid=sort-confidence]").ShouldNotBeNull();
        page.Find("[data-testid=list-sort] option[selected]").TextContent.ShouldBe("confidence");

        // The filter counts render from a background task; a click while they do is dispatched after them, so wait.
        page.Find("[data-testid=sort-sources]").Click();
        page.WaitForAssertion(() => nav.Uri.ShouldContain("sort=sources"));
        page.WaitForAssertion(() => page.Find("[data-testid=list-sort] option[selected]").TextContent.ShouldBe("number of sources"));
        page.Find("[data-testid=list-sort]").Change("Date");
        page.WaitForAssertion(() => nav.Uri.ShouldNotContain("sort="));
    }

    [Fact]
    public void A_confidence_bound_in_the_address_leaves_out_the_less_sure_events()
    {
        Services.GetRequiredService<NavigationManager>().NavigateTo("/?from=2020&to=2026&confidence=80");

        var page = Render<TimelinePage>();

        page.WaitForAssertion(() => page.FindAll("[data-testid=event-row]").Count.ShouldBeGreaterThan(0));
        Confidences(page).ShouldAllBe(c => c >= 80);
    }

    private static int TypeCounts(IRenderedComponent<TimelinePage> page) =>
        page.FindAll("[data-testid^=filter-type-] .tl-count").Sum(c => int.Parse(c.TextContent.Replace(",", ""), System.Globalization.CultureInfo.InvariantCulture));

    private static int WindowCount(IRenderedComponent<TimelinePage> page) =>
        int.Parse(page.Find("[data-testid=window-count]").TextContent.Split(' ')[0].Replace(",", ""), System.Globalization.CultureInfo.InvariantCulture);

    [Fact]
    public void The_list_says_how_many_of_the_windows_events_it_shows_and_follows_show_more()
    {
        Services.GetRequiredService<NavigationManager>().NavigateTo("/?from=2014&to=2026");
        var page = Render<TimelinePage>();
        page.WaitForAssertion(() => page.FindAll("[data-testid=event-row]").Count.ShouldBe(100));
        var total = WindowCount(page);
        total.ShouldBeGreaterThan(200, "the test database holds more than two pages of events");
        string Shown(int n) => $"Showing {n.ToString("N0", System.Globalization.CultureInfo.InvariantCulture)} of {total.ToString("N0", System.Globalization.CultureInfo.InvariantCulture)} events";

        page.Find("[data-testid=list-count]").TextContent.ShouldBe(Shown(100));
        page.Find("[data-testid=list-more]").Click();

        page.WaitForAssertion(() => page.Find("[data-testid=list-count]").TextContent.ShouldBe(Shown(200)));
        page.FindAll("[data-testid=event-row]").Count.ShouldBe(200);
    }

    [Fact]
    public void A_list_that_holds_the_whole_window_says_its_count()
    {
        Services.GetRequiredService<NavigationManager>().NavigateTo("/?from=2024-03-01&to=2024-03-03");
        var page = Render<TimelinePage>();
        page.WaitForAssertion(() => page.FindAll("[data-testid=event-row]").Count.ShouldBeGreaterThan(0));

        var rows = page.FindAll("[data-testid=event-row]").Count;
        rows.ShouldBeLessThan(100);
        WindowCount(page).ShouldBe(rows);
        page.Find("[data-testid=list-count]").TextContent.ShouldBe(rows == 1 ? "1 event" : $"{rows} events");
    }

    [Fact]
    public void The_type_counts_are_those_of_the_window_shown_and_follow_it()
    {
        var nav = Services.GetRequiredService<NavigationManager>();
        nav.NavigateTo("/?from=2014&to=2026");
        var page = Render<TimelinePage>();
        page.WaitForAssertion(() => TypeCounts(page).ShouldBe(WindowCount(page)));
        var everything = TypeCounts(page);

        nav.NavigateTo("/?from=2023-01-01&to=2023-03-31");

        page.WaitForAssertion(() =>
        {
            TypeCounts(page).ShouldBe(WindowCount(page), "each event has one type: the counts add up to the window's events");
            TypeCounts(page).ShouldBeLessThan(everything);
        });
    }
}
