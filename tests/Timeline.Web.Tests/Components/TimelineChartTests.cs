using Bunit;
using Microsoft.Extensions.DependencyInjection;
using Timeline.Domain.Model;
using Timeline.Web.Components.Pages.Timeline;
using Timeline.Web.Components.Pages.Timeline.Geometry;
using Timeline.Web.Components.Shared;

namespace Timeline.Web.Tests.Components;

public sealed class TimelineChartTests : TimelineTestContext
{
    private static WindowView View(TimeWindow window, TimelineLayout layout, int total, bool clustered = false)
    {
        var scale = new TimeScale(window, 1200);
        return new WindowView(scale, layout, TickGenerator.Generate(scale), total, clustered);
    }

    [Fact]
    public void Markers_carry_their_event_id_and_a_short_title()
    {
        var window = TimeWindow.Days(new DateOnly(2024, 3, 1), new DateOnly(2024, 3, 31));
        var marks = new[]
        {
            new EventMark("ev1", new DateOnly(2024, 3, 4), new DateOnly(2024, 3, 4), DatePrecision.Day, EventType.Pledge, "Germany pledges a third Patriot system to Ukraine", 3),
            new EventMark("ev2", new DateOnly(2024, 3, 1), new DateOnly(2024, 3, 31), DatePrecision.Month, EventType.Delivery, "IRIS-T delivered", 1),
        };
        var layout = TimelineLayouts.Detailed(new TimeScale(window, 1200), marks, new LayoutOptions());

        var cut = Render<TimelineChart>(p => p.Add(c => c.View, View(window, layout, 2)));

        cut.FindAll("[data-event-id]").Select(e => e.GetAttribute("data-event-id")).ShouldBe(["ev2", "ev1"], ignoreOrder: true);
        cut.Find("[data-event-id=ev1] circle").ShouldNotBeNull();
        cut.Find("[data-event-id=ev2] rect.tl-span").GetAttribute("width").ShouldBe("1200");
        cut.Find("[data-event-id=ev1] .tl-label").TextContent.Length.ShouldBeLessThanOrEqualTo(30);
    }

    [Fact]
    public void The_chart_has_an_accessible_name_that_points_to_the_list()
    {
        var window = TimeWindow.Days(new DateOnly(2024, 1, 1), new DateOnly(2024, 12, 31));
        var cut = Render<TimelineChart>(p => p.Add(c => c.View, View(window, TimelineLayouts.Detailed(new TimeScale(window, 1200), [], new LayoutOptions()), 0)));

        var svg = cut.Find("svg[data-testid=timeline-chart]");
        svg.GetAttribute("aria-label")!.ShouldContain("1 Jan 2024 – 31 Dec 2024");
        svg.GetAttribute("aria-label")!.ShouldContain("listed below");
        svg.GetAttribute("tabindex").ShouldBe("0");
    }

    [Fact]
    public void The_overview_is_a_histogram_of_buttons_named_by_period_and_types_that_report_their_bucket()
    {
        var window = TimeWindow.Days(new DateOnly(2014, 1, 1), new DateOnly(2026, 12, 31));
        var counts = new[]
        {
            new DayCount(new DateOnly(2024, 4, 4), new DateOnly(2024, 4, 4), 1000, null, EventType.Attack),
            new DayCount(new DateOnly(2024, 4, 9), new DateOnly(2024, 4, 9), 500, null, EventType.Pledge),
            new DayCount(new DateOnly(2016, 4, 4), new DateOnly(2016, 4, 4), 12, null, EventType.Meeting),
        };
        var layout = TimelineLayouts.Clustered(new TimeScale(window, 1200), counts, new LayoutOptions());
        HistogramBar? clicked = null;

        var cut = Render<TimelineChart>(p => p
            .Add(c => c.View, View(window, layout, 1512, clustered: true))
            .Add(c => c.OnBarClick, (HistogramBar b) => clicked = b));

        var bars = cut.FindAll("[data-testid=timeline-bar]");
        bars.Count.ShouldBe(2);
        var april = bars.Single(b => b.GetAttribute("data-from") == "2024-04-01");
        april.GetAttribute("role").ShouldBe("button");
        april.GetAttribute("aria-label").ShouldBe("April 2024: 1,500 events (1,000 Attack, 500 Pledge): zoom in");
        april.QuerySelectorAll(".tl-bar-part.tl-type-attack, .tl-bar-part.tl-type-pledge").Length.ShouldBe(2, "one part per type, in the type's colour");
        april.Click();
        clicked.ShouldNotBeNull();
        (clicked.From, clicked.To).ShouldBe((new DateOnly(2024, 4, 1), new DateOnly(2024, 5, 1)));
        clicked = null;
        cut.Find("[data-testid=timeline-bar][data-from='2024-04-01']").KeyDown(new Microsoft.AspNetCore.Components.Web.KeyboardEventArgs { Key = " " });
        clicked.ShouldNotBeNull("Space activates a bar as it does a button");
        cut.FindAll("[data-event-id]").ShouldBeEmpty();
        cut.FindAll("[data-testid=timeline-cluster]").ShouldBeEmpty();
    }

    [Fact]
    public void Markers_and_bubbles_are_keyboard_buttons_named_by_date_and_title_or_count()
    {
        var window = TimeWindow.Days(new DateOnly(2024, 3, 1), new DateOnly(2024, 3, 31));
        var marks = Enumerable.Range(0, 40).Select(i => new EventMark($"ev{i}", new DateOnly(2024, 3, 4), new DateOnly(2024, 3, 4), DatePrecision.Day,
            EventType.Pledge, "Germany pledges a third Patriot system", 3)).ToList();
        var layout = TimelineLayouts.Detailed(new TimeScale(window, 1200), marks, new LayoutOptions());
        Cluster? zoomed = null;

        var cut = Render<TimelineChart>(p => p
            .Add(c => c.View, View(window, layout, 40))
            .Add(c => c.OnClusterClick, (Cluster c) => zoomed = c));

        var marker = cut.Find("[data-testid=timeline-marker]");
        marker.GetAttribute("role").ShouldBe("button");
        marker.GetAttribute("aria-label").ShouldBe("4 Mar 2024: Germany pledges a third Patriot system");
        var bubble = cut.Find("[data-testid=timeline-cluster]");
        bubble.GetAttribute("role").ShouldBe("button");
        cut.FindAll("[data-testid=timeline-marker], [data-testid=timeline-cluster]").Count(e => e.GetAttribute("tabindex") == "0")
            .ShouldBe(1, "the arrow keys reach the others");
        bubble.GetAttribute("aria-label")!.ShouldStartWith($"{layout.Clusters[0].Count} events, ");

        bubble.KeyDown(new Microsoft.AspNetCore.Components.Web.KeyboardEventArgs { Key = "Enter" });
        zoomed.ShouldNotBeNull();
        zoomed = null;
        bubble.KeyDown(new Microsoft.AspNetCore.Components.Web.KeyboardEventArgs { Key = "Tab" });
        zoomed.ShouldBeNull();
    }

    [Fact]
    public void One_chart_item_is_a_tab_stop_the_open_events_marker_else_the_first_and_the_arrow_order_runs_left_to_right()
    {
        var window = TimeWindow.Days(new DateOnly(2024, 3, 1), new DateOnly(2024, 3, 31));
        EventMark Mark(string id, int day) => new(id, new DateOnly(2024, 3, day), new DateOnly(2024, 3, day), DatePrecision.Day, EventType.Pledge, id, 1);
        var layout = TimelineLayouts.Detailed(new TimeScale(window, 1200), [Mark("late", 20), Mark("early", 4), Mark("middle", 12)], new LayoutOptions());

        var cut = Render<TimelineChart>(p => p.Add(c => c.View, View(window, layout, 3)));

        string? Attr(string id, string name) => cut.Find($"[data-event-id={id}]").GetAttribute(name);
        (Attr("early", "data-nav"), Attr("middle", "data-nav"), Attr("late", "data-nav")).ShouldBe(("0", "1", "2"));
        (Attr("early", "tabindex"), Attr("middle", "tabindex"), Attr("late", "tabindex")).ShouldBe(("0", "-1", "-1"));
        cut.Find("svg[data-testid=timeline-chart]").GetAttribute("data-entry").ShouldBe("0");

        cut.Render(p => p.Add(c => c.SelectedId, "middle"));

        (Attr("early", "tabindex"), Attr("middle", "tabindex"), Attr("late", "tabindex")).ShouldBe(("-1", "0", "-1"));
        cut.Find("svg[data-testid=timeline-chart]").GetAttribute("data-entry").ShouldBe("1");
    }

    [Fact]
    public void Space_on_a_marker_opens_its_details()
    {
        var window = TimeWindow.Days(new DateOnly(2024, 3, 1), new DateOnly(2024, 3, 31));
        var mark = new EventMark("ev1", new DateOnly(2024, 3, 4), new DateOnly(2024, 3, 4), DatePrecision.Day, EventType.Pledge, "Pledge", 1);
        var layout = TimelineLayouts.Detailed(new TimeScale(window, 1200), [mark], new LayoutOptions());
        var nav = Services.GetRequiredService<Microsoft.AspNetCore.Components.NavigationManager>();

        var cut = Render<TimelineChart>(p => p.Add(c => c.View, View(window, layout, 1)).Add(c => c.EventHref, id => "/?event=" + id));
        cut.Find("[data-event-id=ev1]").KeyDown(new Microsoft.AspNetCore.Components.Web.KeyboardEventArgs { Key = " " });

        nav.Uri.ShouldEndWith("/?event=ev1");
    }

    [Theory]
    [InlineData(1200, "most of this window")]
    [InlineData(368, "longer events span this window")]
    public void The_long_span_caption_fits_the_chart(double width, string expected)
    {
        var text = TimelineChart.LongSpansText(1701, width);

        text.ShouldStartWith("1,701 ");
        text.ShouldContain(expected);
        (8 + text.Length * TickGenerator.CharWidth).ShouldBeLessThanOrEqualTo(width);
    }

    [Fact]
    public void Compact_list_dates_keep_a_range_within_a_month_on_one_short_line()
    {
        Dates.Compact(new DateOnly(2024, 3, 8), new DateOnly(2024, 3, 10), DatePrecision.Day).ShouldBe("8–10 Mar 2024");
        Dates.Compact(new DateOnly(2022, 10, 10), null, DatePrecision.Week).ShouldBe("wk 10 Oct 2022");
        Dates.Compact(new DateOnly(2022, 10, 12), null, DatePrecision.Day).ShouldBe("12 Oct 2022");
    }

    [Fact]
    public void A_tick_label_that_would_be_cut_at_the_right_edge_is_left_out()
    {
        TickGenerator.LabelFits(new Tick(1190, "2024"), 1200).ShouldBeFalse();
        TickGenerator.LabelFits(new Tick(1100, "2024"), 1200).ShouldBeTrue();
    }

    [Fact]
    public void Tick_labels_follow_the_zoom_level()
    {
        var days = TimeWindow.Days(new DateOnly(2024, 3, 1), new DateOnly(2024, 3, 31));
        var years = TimeWindow.Days(new DateOnly(2014, 1, 1), new DateOnly(2026, 12, 31));
        var empty = TimelineLayouts.Detailed(new TimeScale(days, 1200), [], new LayoutOptions());

        var dayCut = Render<TimelineChart>(p => p.Add(c => c.View, View(days, empty, 0)));
        var yearCut = Render<TimelineChart>(p => p.Add(c => c.View, View(years, empty, 0)));

        dayCut.Find("[data-testid=tick-context] text").TextContent.ShouldBe("March 2024");
        yearCut.FindAll("[data-testid=tick] text").Select(t => t.TextContent).ShouldContain("2022");
    }

    [Fact]
    public void The_density_strip_marks_the_current_window()
    {
        var window = TimeWindow.Days(new DateOnly(2024, 1, 1), new DateOnly(2024, 12, 31));
        var counts = new[] { new DayCount(new DateOnly(2015, 1, 1), new DateOnly(2015, 1, 1), 3), new DayCount(new DateOnly(2025, 1, 1), new DateOnly(2025, 1, 1), 3) };
        var strip = DensityStrip.Compute(counts, window, 1200, 36, 100);

        var cut = Render<TimelineChart>(p => p
            .Add(c => c.View, View(window, TimelineLayouts.Detailed(new TimeScale(window, 1200), [], new LayoutOptions()), 0))
            .Add(c => c.Strip, strip));

        var mark = cut.Find("[data-testid=density-window]");
        double.Parse(mark.GetAttribute("x")!, System.Globalization.CultureInfo.InvariantCulture).ShouldBeGreaterThan(600);
        cut.FindAll(".tl-strip-bar").Count.ShouldBe(2);
    }
}
