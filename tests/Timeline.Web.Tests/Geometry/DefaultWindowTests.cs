using Timeline.Web.Components.Pages.Timeline.Geometry;

namespace Timeline.Web.Tests.Geometry;

public sealed class DefaultWindowTests
{
    private static DayCount On(int year, int month, int day, int count = 1) => new(new DateOnly(year, month, day), new DateOnly(year, month, day), count);

    [Fact]
    public void One_far_background_event_does_not_squash_the_busy_years()
    {
        // The seed data's shape: NATO's founding in 1949 and a dozen events in 2022-2024.
        List<DayCount> counts = [On(1949, 4, 4), .. Enumerable.Range(0, 13).Select(i => On(2022 + i % 3, 2 + i % 9, 10 + i))];

        var window = DefaultWindow.Choose(counts);

        window.Start.Year.ShouldBeGreaterThanOrEqualTo(2021);
        window.End.Year.ShouldBeLessThanOrEqualTo(2025);
        DensityStrip.DataExtent(counts).Start.Year.ShouldBe(1947, "fit all still reaches the outlier");
    }

    [Fact]
    public void Clumped_news_events_keep_every_clump_and_lose_only_the_far_outlier()
    {
        // The seed's real dates: a 1949 background event, the invasion, a busy October 2022 and April 2024.
        List<DayCount> counts = [On(1949, 4, 4), On(2022, 2, 24), .. Enumerable.Range(8, 6).Select(d => On(2022, 10, d, 2)), On(2024, 4, 3), On(2024, 4, 4, 2)];

        var window = DefaultWindow.Choose(counts);

        window.FirstDay.ShouldBeLessThanOrEqualTo(new DateOnly(2022, 2, 24));
        window.FirstDay.Year.ShouldBeGreaterThanOrEqualTo(2021, "1949 is left out");
        window.LastDay.ShouldBeGreaterThanOrEqualTo(new DateOnly(2024, 4, 4));
    }

    [Fact]
    public void Evenly_spread_events_open_on_all_of_them()
    {
        var counts = Enumerable.Range(2013, 14).SelectMany(y => Enumerable.Range(1, 12).Select(m => On(y, m, 1, 50))).ToList();

        DefaultWindow.Choose(counts).ShouldBe(DensityStrip.DataExtent(counts));
    }

    [Fact]
    public void Many_early_events_are_data_not_outliers()
    {
        List<DayCount> counts = [On(1990, 1, 1, 30), .. Enumerable.Range(1, 28).Select(d => On(2024, 2, d, 3))];

        DefaultWindow.Choose(counts).ShouldBe(DensityStrip.DataExtent(counts));
    }

    [Fact]
    public void Few_or_no_events_open_on_everything()
    {
        DefaultWindow.Choose([]).ShouldBe(DensityStrip.DataExtent([]));
        List<DayCount> two = [On(1949, 4, 4), On(2024, 4, 4)];
        DefaultWindow.Choose(two).ShouldBe(DensityStrip.DataExtent(two));
    }
}
