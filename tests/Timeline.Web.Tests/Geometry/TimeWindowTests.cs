using Timeline.Web.Components.Pages.Timeline.Geometry;
using Timeline.Web.Components.Pages.Timeline;

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
        Read("2024-01-01", "2024-12-31").ShouldBe(Year2024);
    }

    [Fact]
    public void Zoom_in_stops_at_one_day()
    {
        var day = Year2024.Zoom(0.3, 1e-9);

        day.Length.ShouldBe(TimeSpan.FromDays(1));
        day.Zoom(0.5, 0.5).ShouldBe(day);
    }

    [Fact]
    public void Gestures_give_windows_in_whole_hours_and_urls_without_minutes()
    {
        var window = Year2024.Zoom(0.37, 0.0123).Pan(0.013);

        (window.Start.Ticks % TimeSpan.TicksPerHour).ShouldBe(0);
        (window.End.Ticks % TimeSpan.TicksPerHour).ShouldBe(0);
        var (from, to) = window.ToQuery();
        from.ShouldMatch(@"^\d{4}-\d\d-\d\d(T\d\d)?$");
        to.ShouldMatch(@"^\d{4}-\d\d-\d\d(T\d\d)?$");
    }

    /// <summary>The window an address's from/to give, read as the page reads them (FilterParser, then the hour).</summary>
    private static TimeWindow Read(string from, string to) =>
        TimelineFilter.Parse(null, null, null, null, from, to).Window ?? throw new InvalidOperationException("no window");

    [Theory]
    [InlineData("2025", "2024")]
    [InlineData("xyz", "zyx")]
    [InlineData("2024-04-04T06", "2024-04-04T03")]
    public void A_reversed_or_unreadable_range_gives_no_window(string from, string to) =>
        TimelineFilter.Parse(null, null, null, null, from, to).Window.ShouldBeNull();

    [Fact]
    public void Links_written_with_minutes_still_open()
    {
        Read("2024-04-04T06:30", "2024-04-06").Start.ShouldBe(new DateTime(2024, 4, 4, 6, 30, 0));
    }

    [Fact]
    public void Many_zoom_steps_do_not_drift_from_the_exact_length()
    {
        var window = Year2024;
        for (var i = 0; i < 6; i++)
        {
            window = window.Zoom(0.5, 0.6);
        }

        window.Length.TotalHours.ShouldBe(Year2024.Length.TotalHours * Math.Pow(0.6, 6), 1);
    }

    [Fact]
    public void Windows_with_hours_round_trip_through_the_url()
    {
        var window = new TimeWindow(new DateTime(2024, 4, 4, 6, 0, 0), new DateTime(2024, 4, 5, 18, 0, 0));
        var (from, to) = window.ToQuery();
        Read(from, to).ShouldBe(window);
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

public sealed class HalfRangeTests
{
    private static readonly TimeWindow Data = TimeWindow.Days(new DateOnly(2021, 11, 20), new DateOnly(2025, 2, 10));

    private static TimeWindow Parsed(string? from, string? to) =>
        TimelineFilter.Parse(null, null, null, null, from, to).Window ?? throw new InvalidOperationException("no window");

    [Fact]
    public void Only_from_keeps_the_other_edge_where_the_data_ends() =>
        Parsed("2024-01-01", null).CloseOpenSides(Data).ShouldBe(new TimeWindow(new DateTime(2024, 1, 1), Data.End));

    [Fact]
    public void Only_to_starts_where_the_data_starts() =>
        Parsed(null, "2023-06-30").CloseOpenSides(Data).ShouldBe(new TimeWindow(Data.Start, new DateTime(2023, 7, 1)));

    [Fact]
    public void A_from_after_all_the_data_shows_a_year_from_there() =>
        Parsed("2030-01-01", null).CloseOpenSides(Data).ShouldBe(new TimeWindow(new DateTime(2030, 1, 1), new DateTime(2031, 1, 1)));

    [Fact]
    public void A_whole_range_is_kept_as_given_for_any_year() =>
        Parsed("1947-01-01", "1950-12-31").CloseOpenSides(Data).ShouldBe(TimeWindow.Days(new DateOnly(1947, 1, 1), new DateOnly(1950, 12, 31)));

    [Fact]
    public void Years_and_months_read_as_the_export_urls_read_them() =>
        Parsed("2023", "2023-06").ShouldBe(TimeWindow.Days(new DateOnly(2023, 1, 1), new DateOnly(2023, 6, 30)));
}
