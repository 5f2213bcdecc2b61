using Timeline.Domain.Model;
using Timeline.Web.Components.Pages.Timeline.Geometry;

namespace Timeline.Web.Tests.Geometry;

public sealed class HistogramTests
{
    private static readonly TimeScale Year2024 = new(TimeWindow.Days(new DateOnly(2024, 1, 1), new DateOnly(2024, 12, 31)), 1200);

    private static DayCount On(int month, int day, int count, EventType type = EventType.Pledge, string? group = null) =>
        new(new DateOnly(2024, month, day), new DateOnly(2024, month, day), count, group, type);

    [Theory]
    [InlineData("2024-03-01", "2024-03-31", 1240, BucketUnit.Day)]
    [InlineData("2024-01-01", "2024-12-31", 1200, BucketUnit.Week)]
    [InlineData("2024-01-01", "2024-12-31", 190, BucketUnit.Month)]
    [InlineData("2016-01-01", "2025-12-31", 1200, BucketUnit.Month)]
    [InlineData("2016-01-01", "2025-12-31", 368, BucketUnit.Quarter)]
    [InlineData("1970-01-01", "2029-12-31", 1200, BucketUnit.Year)]
    [InlineData("1970-01-01", "2029-12-31", 200, BucketUnit.Decade)]
    public void The_bucket_is_the_smallest_calendar_unit_whose_bars_are_wide_enough(string from, string to, double width, BucketUnit expected)
    {
        var scale = new TimeScale(TimeWindow.Days(DateOnly.Parse(from, System.Globalization.CultureInfo.InvariantCulture),
            DateOnly.Parse(to, System.Globalization.CultureInfo.InvariantCulture)), width);

        Histogram.Unit(scale).ShouldBe(expected);
    }

    [Theory]
    [InlineData("2024-03-20", BucketUnit.Day, "2024-03-20", "2024-03-21", "20 March 2024")]
    [InlineData("2024-03-20", BucketUnit.Week, "2024-03-18", "2024-03-25", "week of 18 March 2024")]
    [InlineData("2024-03-17", BucketUnit.Week, "2024-03-11", "2024-03-18", "week of 11 March 2024")]
    [InlineData("2024-03-20", BucketUnit.Month, "2024-03-01", "2024-04-01", "March 2024")]
    [InlineData("2024-08-15", BucketUnit.Quarter, "2024-07-01", "2024-10-01", "Q3 2024")]
    [InlineData("2024-12-31", BucketUnit.Year, "2024-01-01", "2025-01-01", "2024")]
    [InlineData("2027-05-05", BucketUnit.Decade, "2020-01-01", "2030-01-01", "2020s")]
    public void A_bucket_starts_on_its_calendar_boundary_and_is_named_as_a_reader_would(string day, BucketUnit unit, string start, string next, string name)
    {
        var d = DateOnly.ParseExact(day, "yyyy-MM-dd");
        var from = Histogram.Start(d, unit);

        from.ShouldBe(DateOnly.ParseExact(start, "yyyy-MM-dd"));
        Histogram.Next(from, unit).ShouldBe(DateOnly.ParseExact(next, "yyyy-MM-dd"));
        Histogram.Name(from, unit).ShouldBe(name);
    }

    [Fact]
    public void Bars_keep_every_event_and_stack_the_types_from_the_baseline_up()
    {
        DayCount[] counts = [On(3, 18, 30, EventType.Delivery), On(3, 19, 10, EventType.Pledge), On(3, 24, 5, EventType.Attack), On(7, 1, 4, EventType.Pledge)];

        var layout = TimelineLayouts.Clustered(Year2024, counts, new LayoutOptions(Width: 1200));

        layout.Clusters.ShouldBeEmpty("an overview draws bars, not bubbles that all look alike");
        layout.Bars.Sum(b => b.Count).ShouldBe(49);
        var week = layout.Bars.Single(b => b.From == new DateOnly(2024, 3, 18));
        week.To.ShouldBe(new DateOnly(2024, 3, 25));
        week.Parts.Select(p => (p.Type, p.Count)).ShouldBe([(EventType.Pledge, 10), (EventType.Delivery, 30), (EventType.Attack, 5)]);
        week.Parts[0].Y.ShouldBe(week.Baseline - week.Parts[0].Height, tolerance: 0.01);
        for (var i = 1; i < week.Parts.Count; i++)
        {
            week.Parts[i].Y.ShouldBe(week.Parts[i - 1].Y - week.Parts[i].Height, tolerance: 0.01, "each part sits on the one below");
        }
        week.Parts[1].Height.ShouldBe(3 * week.Parts[0].Height, tolerance: 0.01, "a part's height is its share of the bar");
    }

    [Fact]
    public void Heights_share_one_scale_so_a_small_bucket_looks_small_but_never_vanishes()
    {
        DayCount[] counts = [On(3, 5, 1000), On(6, 5, 250), On(9, 5, 1)];

        var bars = TimelineLayouts.Clustered(Year2024, counts, new LayoutOptions(Width: 1200)).Bars.OrderBy(b => b.From).ToList();

        var height = bars.Select(b => b.Baseline - b.Top).ToList();
        height[1].ShouldBe(height[0] / 4, tolerance: 0.01);
        height[2].ShouldBeGreaterThanOrEqualTo(2, "one event beside a thousand is still seen");
        bars.ShouldAllBe(b => b.Top >= Histogram.CountRoom - 0.001, "the tallest bar leaves room for its count above it");
    }

    [Fact]
    public void A_month_precision_event_counts_in_the_middle_of_its_month_not_on_its_first_day()
    {
        DayCount[] counts = [new(new DateOnly(2024, 3, 1), new DateOnly(2024, 3, 31), 40, null, EventType.Delivery), On(3, 1, 5)];

        var bars = TimelineLayouts.Clustered(Year2024, counts, new LayoutOptions(Width: 1200)).Bars;

        bars.Single(b => b.Count == 40).From.ShouldBe(new DateOnly(2024, 3, 11), "16 March falls in the week of 11 March");
        bars.Single(b => b.Count == 5).From.ShouldBe(new DateOnly(2024, 2, 26));
    }

    [Theory]
    [InlineData(1200)]
    [InlineData(368)]
    public void Bars_stay_inside_the_chart_and_never_overlap(double width)
    {
        // The window starts mid-week and mid-month: the first and last buckets are cut at the chart's edges.
        var scale = new TimeScale(TimeWindow.Days(new DateOnly(2013, 10, 9), new DateOnly(2027, 4, 5)), width);
        var counts = Enumerable.Range(0, 13 * 52).Select(w => new DayCount(new DateOnly(2013, 10, 9).AddDays(7 * w), new DateOnly(2013, 10, 9).AddDays(7 * w), 20_000, null, EventType.Meeting)).ToList();

        var bars = TimelineLayouts.Clustered(scale, counts, new LayoutOptions(Width: width)).Bars.OrderBy(b => b.X).ToList();

        bars.Sum(b => (long)b.Count).ShouldBe(13 * 52 * 20_000L);
        bars.ShouldAllBe(b => b.X >= 0 && b.X + b.Width <= width + 0.001);
        for (var i = 1; i < bars.Count; i++)
        {
            bars[i].X.ShouldBeGreaterThanOrEqualTo(bars[i - 1].X + bars[i - 1].Width);
        }
    }

    [Fact]
    public void Counts_of_groups_beyond_the_largest_are_bars_in_the_others_band()
    {
        DayCount[] counts = [On(3, 5, 50, group: "Patriot"), On(3, 5, 7, group: "Hawk"), On(3, 9, 3, group: "Gepard")];
        var march = new TimeScale(TimeWindow.Days(new DateOnly(2024, 3, 1), new DateOnly(2024, 3, 31)), 1240);

        var layout = TimelineLayouts.Clustered(march, counts, new LayoutOptions(Width: 1240, MaxGroups: 1));

        layout.Bands.Select(b => b.Name).ShouldBe(["Patriot", TimelineLayouts.Others]);
        layout.Bars.Where(b => b.Band == 1).Sum(b => b.Count).ShouldBe(10);
        layout.Bars.ShouldAllBe(b => b.Top > layout.Bands[b.Band].Y + Band.NameHeight && b.Baseline <= layout.Bands[b.Band].Y + layout.Bands[b.Band].Height);
    }
}
