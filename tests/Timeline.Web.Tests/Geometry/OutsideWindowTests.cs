using Timeline.Web.Components.Pages.Timeline.Geometry;

namespace Timeline.Web.Tests.Geometry;

public sealed class OutsideWindowTests
{
    private static DayCount On(int year, int month, int day, int count = 1) => new(new DateOnly(year, month, day), new DateOnly(year, month, day), count);

    private static readonly TimeWindow Bulk = TimeWindow.Days(new DateOnly(2022, 1, 1), new DateOnly(2024, 12, 31));

    [Fact]
    public void Events_wholly_before_or_after_the_window_are_counted_with_the_nearest_of_each()
    {
        List<DayCount> counts = [On(1949, 4, 4), On(1999, 3, 12, 2), On(2023, 5, 1, 7), On(2025, 2, 1), On(2026, 1, 1, 3)];

        var outside = OutsideWindow.Of(counts, Bulk);

        outside.ShouldBe(new OutsideWindow(3, new DateOnly(1999, 3, 12), 4, new DateOnly(2025, 2, 1)));
    }

    [Fact]
    public void An_event_that_reaches_into_the_window_is_inside_it()
    {
        // A month-precision event of December 2021 ends before the window; one running into January 2022 touches it.
        List<DayCount> counts = [new(new DateOnly(2021, 12, 1), new DateOnly(2021, 12, 31), 1), new(new DateOnly(2021, 12, 15), new DateOnly(2022, 1, 14), 1)];

        OutsideWindow.Of(counts, Bulk).Earlier.ShouldBe(1);
    }

    [Fact]
    public void Nothing_outside_means_no_stub_and_no_move()
    {
        var outside = OutsideWindow.Of([On(2023, 5, 1)], Bulk);

        outside.ShouldBe(new OutsideWindow(0, null, 0, null));
        outside.ShowEarlier(Bulk).ShouldBe(Bulk);
        outside.ShowLater(Bulk).ShouldBe(Bulk);
    }

    [Fact]
    public void Going_to_earlier_events_keeps_the_zoom_and_puts_the_nearest_one_near_the_right_edge()
    {
        var outside = OutsideWindow.Of([On(1949, 4, 4), On(2023, 5, 1)], Bulk);

        var window = outside.ShowEarlier(Bulk);

        window.Length.ShouldBe(Bulk.Length);
        var x = new TimeScale(window, 1000).X(new DateOnly(1949, 4, 4));
        x.ShouldBeInRange(850, 900);
        OutsideWindow.Of([On(1949, 4, 4), On(2023, 5, 1)], window).Later.ShouldBe(1, "the stub on the other side leads back");
    }

    [Fact]
    public void Going_to_later_events_puts_the_nearest_one_near_the_left_edge()
    {
        var outside = OutsideWindow.Of([On(2023, 5, 1), On(2031, 6, 1)], Bulk);

        var window = outside.ShowLater(Bulk);

        new TimeScale(window, 1000).X(new DateOnly(2031, 6, 1)).ShouldBe(100, tolerance: 1);
        OutsideWindow.Of([On(2023, 5, 1), On(2031, 6, 1)], window).Later.ShouldBe(0);
    }
}
