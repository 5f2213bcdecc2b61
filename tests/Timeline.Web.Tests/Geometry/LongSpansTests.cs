using Timeline.Web.Components.Pages.Timeline.Geometry;

namespace Timeline.Web.Tests.Geometry;

public sealed class LongSpansTests
{
    private static readonly TimeWindow Week = TimeWindow.Days(new DateOnly(2024, 3, 10), new DateOnly(2024, 3, 16));

    [Fact]
    public void In_a_week_events_spanning_half_of_it_or_more_are_long_and_days_are_not()
    {
        var day = new DayCount(new DateOnly(2024, 3, 12), new DateOnly(2024, 3, 12), 4);
        var week = new DayCount(new DateOnly(2024, 3, 11), new DateOnly(2024, 3, 17), 2);
        var month = new DayCount(new DateOnly(2024, 3, 1), new DateOnly(2024, 3, 31), 30);
        var year = new DayCount(new DateOnly(2024, 1, 1), new DateOnly(2024, 12, 31), 100);

        var (longCount, rest) = LongSpans.Split([day, week, month, year], Week);

        longCount.ShouldBe(132);
        rest.ShouldBe([day]);
    }

    [Fact]
    public void Over_many_years_nothing_is_long()
    {
        var years = TimeWindow.Days(new DateOnly(2014, 1, 1), new DateOnly(2026, 12, 31));
        var year = new DayCount(new DateOnly(2024, 1, 1), new DateOnly(2024, 12, 31), 100);

        LongSpans.Split([year], years).Long.ShouldBe(0);
    }

    [Fact]
    public void The_band_takes_the_top_row_and_moves_lanes_and_bars_down()
    {
        var scale = new TimeScale(Week, 1200);
        var counts = new[] { new DayCount(new DateOnly(2024, 3, 12), new DateOnly(2024, 3, 12), 500) };
        var options = new LayoutOptions();
        var plain = TimelineLayouts.Clustered(scale, counts, options);

        var banded = TimelineLayouts.WithLongSpans(plain, 1900, options);

        banded.LongSpans.ShouldBe(new LongSpanBand(1900, 0, options.LaneHeight));
        banded.Bands[0].Y.ShouldBe(plain.Bands[0].Y + options.LaneHeight);
        banded.Bars[0].Baseline.ShouldBe(plain.Bars[0].Baseline + options.LaneHeight);
        banded.Bars[0].Top.ShouldBe(plain.Bars[0].Top + options.LaneHeight);
        banded.Height.ShouldBe(plain.Height + options.LaneHeight);
        TimelineLayouts.WithLongSpans(plain, 0, options).ShouldBeSameAs(plain);
    }
}
