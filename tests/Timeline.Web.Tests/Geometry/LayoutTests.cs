using Timeline.Domain.Model;
using Timeline.Web.Components.Pages.Timeline.Geometry;

namespace Timeline.Web.Tests.Geometry;

public sealed class LayoutTests
{
    private static readonly TimeScale March = new(TimeWindow.Days(new DateOnly(2024, 3, 1), new DateOnly(2024, 3, 31)), 1240);

    private static EventMark Day(string id, int day, string? group = null) =>
        new(id, new DateOnly(2024, 3, day), new DateOnly(2024, 3, day), DatePrecision.Day, EventType.Pledge, "Event " + id, 1, group);

    [Fact]
    public void Greedy_packing_reuses_a_lane_once_it_is_free()
    {
        var lanes = TimelineLayouts.PackLanes([(0, 10), (5, 15), (10, 20), (12, 30)], 3);
        lanes.ShouldBe([0, 1, 0, 2]);
    }

    [Fact]
    public void Greedy_packing_reports_intervals_that_do_not_fit()
    {
        var lanes = TimelineLayouts.PackLanes([(0, 10), (1, 10), (2, 10)], 2);
        lanes[2].ShouldBeNull();
    }

    [Fact]
    public void Month_precision_is_a_span_over_the_whole_month_not_a_day()
    {
        var month = new EventMark("m", new DateOnly(2024, 3, 1), new DateOnly(2024, 3, 31), DatePrecision.Month, EventType.Delivery, "March delivery", 2);
        var layout = TimelineLayouts.Detailed(March, [month], new LayoutOptions(Width: 1240));

        var marker = layout.Markers.ShouldHaveSingleItem();
        marker.IsSpan.ShouldBeTrue();
        marker.X1.ShouldBe(0, tolerance: 0.01);
        marker.X2.ShouldBe(1240, tolerance: 0.01);
    }

    [Fact]
    public void A_day_event_sits_in_the_middle_of_its_day()
    {
        var layout = TimelineLayouts.Detailed(March, [Day("a", 2)], new LayoutOptions(Width: 1240));
        var marker = layout.Markers.ShouldHaveSingleItem();
        marker.IsSpan.ShouldBeFalse();
        marker.X1.ShouldBe(40 * 1.5, tolerance: 0.01);
    }

    [Fact]
    public void Overlapping_events_stack_in_lanes_and_labels_never_overlap()
    {
        var events = Enumerable.Range(0, 12).Select(i => Day($"e{i}", 10 + (i % 3))).ToList();
        var layout = TimelineLayouts.Detailed(March, events, new LayoutOptions(Width: 1240));

        layout.Markers.Select(m => m.Lane).Distinct().Count().ShouldBeGreaterThan(1);
        AssertLabelsInsideAndApart(layout, 1240);
    }

    public static TheoryData<int, double> Crowds => new() { { 1, 1240 }, { 2, 1240 }, { 3, 390 }, { 4, 700 }, { 5, 320 } };

    [Theory]
    [MemberData(nameof(Crowds))]
    public void No_label_leaves_the_viewBox_and_labels_in_a_lane_never_overlap(int seed, double width)
    {
        var random = new Random(seed);
        var titles = new[] { "American support has been crucial since the start", "NATO chief Jens Stoltenberg said", "Kyiv", "IRIS-T delivered to Ukraine" };
        var events = Enumerable.Range(0, 40).Select(i =>
        {
            var day = random.Next(1, 32);
            var precision = random.Next(5) == 0 ? DatePrecision.Week : DatePrecision.Day;
            var first = new DateOnly(2024, 3, day);
            var last = precision == DatePrecision.Week ? first.AddDays(6) : first;
            return new EventMark($"e{i}", first, last, precision, EventType.Meeting, titles[random.Next(titles.Length)], 1);
        }).ToList();
        var scale = new TimeScale(March.Window, width);

        var layout = TimelineLayouts.Detailed(scale, events, new LayoutOptions(Width: width));

        layout.Markers.Count(m => m.Label is not null).ShouldBeGreaterThan(0);
        AssertLabelsInsideAndApart(layout, width);
    }

    [Fact]
    public void A_label_near_the_right_edge_goes_left_of_its_marker()
    {
        var layout = TimelineLayouts.Detailed(March, [Day("late", 31) with { Title = "American support has been crucial" }], new LayoutOptions(Width: 1240));

        var label = layout.Markers.ShouldHaveSingleItem().LabelPlace.ShouldNotBeNull();
        label.Left.ShouldBeTrue();
        label.Text.ShouldBe("American support has been…");
        label.End.ShouldBeLessThan(layout.Markers[0].X1);
    }

    [Fact]
    public void A_label_with_room_on_neither_side_is_shortened_to_fit()
    {
        var label = TimelineLayouts.PlaceLabel("American support has been crucial", rightX: 60, leftX: 40, width: 200, maxChars: 30).ShouldNotBeNull();

        label.Left.ShouldBeFalse();
        label.Text.ShouldEndWith("…");
        label.End.ShouldBeLessThanOrEqualTo(200 - TimelineLayouts.EdgePad);
        TimelineLayouts.PlaceLabel("Anything", rightX: 20, leftX: 10, width: 40, maxChars: 30).ShouldBeNull();
    }

    private static void AssertLabelsInsideAndApart(TimelineLayout layout, double width)
    {
        foreach (var m in layout.Markers.Where(m => m.LabelPlace is not null))
        {
            m.LabelPlace!.Start.ShouldBeGreaterThanOrEqualTo(0, m.Label);
            m.LabelPlace.End.ShouldBeLessThanOrEqualTo(width, m.Label);
        }
        foreach (var lane in layout.Markers.Where(m => m.LabelPlace is not null).GroupBy(m => (m.Band, m.Lane)))
        {
            var boxes = lane.Select(m => m.LabelPlace!).OrderBy(l => l.Start).ToList();
            for (var i = 1; i < boxes.Count; i++)
            {
                boxes[i].Start.ShouldBeGreaterThan(boxes[i - 1].End, $"'{boxes[i - 1].Text}' runs into '{boxes[i].Text}'");
            }
        }
    }

    [Fact]
    public void Events_that_do_not_fit_become_count_bubbles_and_none_are_lost()
    {
        var events = Enumerable.Range(0, 60).Select(i => Day($"e{i}", 15)).ToList();
        var layout = TimelineLayouts.Detailed(March, events, new LayoutOptions(Width: 1240, Lanes: 4));

        layout.Markers.Count.ShouldBe(4);
        layout.Clusters.Sum(c => c.Count).ShouldBe(56);
        (layout.Markers.Count + layout.Clusters.Sum(c => c.Count)).ShouldBe(60);
    }

    [Fact]
    public void Lanes_per_group_give_each_group_its_own_band()
    {
        var events = new[] { Day("a", 3, "Patriot"), Day("b", 3, "NASAMS"), Day("c", 4, "Patriot") };
        var layout = TimelineLayouts.Detailed(March, events, new LayoutOptions(Width: 1240));

        layout.Bands.Select(b => b.Name).ShouldBe(["Patriot", "NASAMS"]);
        layout.Markers.Single(m => m.Event.Id == "b").Band.ShouldBe(1);
    }

    [Fact]
    public void In_lanes_a_month_precision_event_is_a_span_over_its_month_and_those_that_do_not_fit_are_counted_mid_month()
    {
        // Two months in the window; February's events in the Patriot band: more than its lanes hold.
        var window = new TimeScale(TimeWindow.Days(new DateOnly(2024, 2, 1), new DateOnly(2024, 3, 31)), 1200);
        EventMark February(string id, string group) =>
            new(id, new DateOnly(2024, 2, 1), new DateOnly(2024, 2, 29), DatePrecision.Month, EventType.Delivery, "Delivery " + id, 1, group);
        var events = Enumerable.Range(0, 12).Select(i => February($"p{i}", "Patriot")).Append(February("n", "NASAMS")).ToList();

        var layout = TimelineLayouts.Detailed(window, events, new LayoutOptions(Width: 1200));

        layout.Bands.Select(b => b.Name).ShouldBe(["Patriot", "NASAMS"]);
        var (first, next) = (window.X(new DateOnly(2024, 2, 1)), window.X(new DateOnly(2024, 3, 1)));
        layout.Markers.ShouldAllBe(m => m.IsSpan);
        layout.Markers.ShouldAllBe(m => Math.Abs(m.X1 - first) < 0.01 && Math.Abs(m.X2 - next) < 0.01, "the whole of February, not the 1st");
        layout.Markers.Single(m => m.Event.Id == "n").Band.ShouldBe(1);
        var bubble = layout.Clusters.ShouldHaveSingleItem();
        bubble.Band.ShouldBe(0);
        (layout.Markers.Count(m => m.Band == 0) + bubble.Count).ShouldBe(12);
        // Counted at the middle of the month (within a bin of it), not piled on the 1st.
        bubble.X.ShouldBe((first + next) / 2, tolerance: new LayoutOptions().BinWidth);
        bubble.X.ShouldBeGreaterThan(first + new LayoutOptions().BinWidth);
    }

    [Fact]
    public void A_lane_name_has_its_own_row_that_no_mark_or_label_is_drawn_over()
    {
        // Early in the month, where a label would start right at the band's name.
        var events = new[] { Day("a", 1, "Patriot"), Day("b", 1, "Patriot"), Day("c", 2, "NASAMS"), Day("d", 1, "IRIS-T") };
        var layout = TimelineLayouts.Detailed(March, events, new LayoutOptions(Width: 1240));

        foreach (var m in layout.Markers)
        {
            var band = layout.Bands[m.Band];
            var top = band.LaneY(m.Lane) - band.LaneHeight / 2;
            top.ShouldBeGreaterThanOrEqualTo(band.Y + Band.NameHeight, $"{m.Event.Id} is below its band's name");
        }
        for (var i = 1; i < layout.Bands.Count; i++)
            layout.Bands[i].Y.ShouldBe(layout.Bands[i - 1].Y + layout.Bands[i - 1].Height, "bands do not overlap");
        layout.Height.ShouldBe(layout.Bands.Sum(b => b.Height));
    }

    [Fact]
    public void An_unnamed_band_has_no_name_row()
    {
        var layout = TimelineLayouts.Detailed(March, [Day("a", 3)], new LayoutOptions(Width: 1240));

        layout.Bands.ShouldHaveSingleItem().Header.ShouldBe(0);
        layout.Bands[0].LaneY(0).ShouldBe(11);
    }

    [Fact]
    public void Groups_beyond_the_largest_share_an_others_band_where_an_event_is_drawn_once()
    {
        var events = new List<EventMark>();
        for (var g = 0; g < 5; g++)
            for (var i = 0; i <= g; i++) events.Add(Day($"{g}-{i}", 2 + i * 3, $"S{g}"));
        // One event of the two smallest groups (S0 and S1): one mark in Others.
        events.Add(Day("both", 25, "S0"));
        events.Add(Day("both", 25, "S1"));

        var layout = TimelineLayouts.Detailed(March, events, new LayoutOptions(Width: 1240, MaxGroups: 2));

        layout.Bands.Select(b => b.Name).ShouldBe(["S4", "S3", TimelineLayouts.Others]);
        var others = layout.Markers.Where(m => m.Band == 2).Select(m => m.Event.Id).ToList();
        others.ShouldBe(["0-0", "1-0", "1-1", "2-0", "2-1", "2-2", "both"], ignoreOrder: true);
        layout.Markers.Count.ShouldBe(5 + 4 + others.Count, "no event is lost");
    }

    [Fact]
    public void Density_strip_marks_the_window_and_counts_every_event()
    {
        var counts = new[]
        {
            new DayCount(new DateOnly(2022, 3, 1), new DateOnly(2022, 3, 1), 5),
            new DayCount(new DateOnly(2024, 6, 1), new DateOnly(2024, 6, 30), 7),
        };
        var window = TimeWindow.Days(new DateOnly(2023, 1, 1), new DateOnly(2023, 12, 31));
        var strip = DensityStrip.Compute(counts, window, 1000, 36, 100);

        strip.Bars.Sum(b => b.Count).ShouldBe(12);
        strip.WindowX1.ShouldBeGreaterThan(0);
        strip.WindowX2.ShouldBeLessThan(1000);
        strip.WindowX2.ShouldBeGreaterThan(strip.WindowX1);
    }
}
