using Timeline.Web.Components.Pages.Timeline.Geometry;

namespace Timeline.Web.Tests.Geometry;

public sealed class TimeWindowTests
{
    private static readonly TimeWindow Year2024 = TimeWindow.Days(new DateOnly(2024, 1, 1), new DateOnly(2024, 12, 31));

    [Theory]
    [InlineData(0.0)]
    [InlineData(0.25)]
    [InlineData(0.9)]
    public void Zoom_keeps_the_instant_under_the_pointer_in_place(double anchor)
    {
        var before = new TimeScale(Year2024, 1200);
        var pinned = before.Time(anchor * 1200);

        var after = new TimeScale(Year2024.Zoom(anchor, 0.5), 1200);

        after.X(pinned).ShouldBe(anchor * 1200, tolerance: 1.0);
        after.Window.Length.TotalDays.ShouldBe(Year2024.Length.TotalDays / 2, tolerance: 0.01);
    }

    [Fact]
    public void Zoom_in_stops_at_the_minimum_length() =>
        Year2024.Zoom(0.5, 1e-9).Length.ShouldBeGreaterThanOrEqualTo(TimeWindow.MinLength - TimeSpan.FromMinutes(1));

    [Fact]
    public void Pan_moves_by_a_fraction_of_the_window() =>
        TimeWindow.Days(new DateOnly(2024, 1, 1), new DateOnly(2024, 1, 10)).Pan(0.5).Start.ShouldBe(new DateTime(2024, 1, 6));

    [Fact]
    public void Whole_day_windows_round_trip_through_the_url_with_an_inclusive_to()
    {
        Year2024.ToQuery().ShouldBe(("2024-01-01", "2024-12-31"));
        TimeWindow.TryParseBound("2024-12-31", isEnd: true, out var end).ShouldBeTrue();
        end.ShouldBe(Year2024.End);
    }

    [Fact]
    public void Windows_with_hours_round_trip_through_the_url()
    {
        var window = new TimeWindow(new DateTime(2024, 4, 4, 6, 30, 0), new DateTime(2024, 4, 4, 18, 0, 0));
        var (from, to) = window.ToQuery();
        TimeWindow.TryParseBound(from, false, out var start).ShouldBeTrue();
        TimeWindow.TryParseBound(to, true, out var end).ShouldBeTrue();
        new TimeWindow(start, end).ShouldBe(window);
    }

    [Fact]
    public void Svg_numbers_ignore_the_current_culture()
    {
        var previous = System.Globalization.CultureInfo.CurrentCulture;
        System.Globalization.CultureInfo.CurrentCulture = new System.Globalization.CultureInfo("de-DE");
        try
        {
            Svg.N(1234.56).ShouldBe("1234.6");
        }
        finally
        {
            System.Globalization.CultureInfo.CurrentCulture = previous;
        }
    }

    [Fact]
    public void Zoom_out_may_reach_a_data_extent_longer_than_the_max_length()
    {
        // The seeds span 1949..2024: with padding the fit window is longer than MaxLength.
        var counts = new[]
        {
            new DayCount(new DateOnly(1949, 4, 4), new DateOnly(1949, 4, 4), 1),
            new DayCount(new DateOnly(2024, 7, 10), new DateOnly(2024, 7, 10), 1),
        };
        var fit = DensityStrip.DataExtent(counts);
        fit.Length.ShouldBeGreaterThan(TimeWindow.MaxLength);
        var max = TimeWindow.MaxLengthFor(fit);

        var back = fit.Zoom(0.5, 0.5, max).Zoom(0.5, 2, max);

        back.Length.TotalHours.ShouldBe(fit.Length.TotalHours, tolerance: 1);
        back.Start.ShouldBeLessThanOrEqualTo(new DateTime(1949, 4, 4));
        back.End.ShouldBeGreaterThan(new DateTime(2024, 7, 10));
        fit.Zoom(0.5, 10, max).Length.ShouldBe(fit.Length);
    }

    [Fact]
    public void Max_length_stays_the_default_for_short_data() =>
        TimeWindow.MaxLengthFor(Year2024).ShouldBe(TimeWindow.MaxLength);
}
