using Timeline.Web.Components.Pages.Timeline;
using Timeline.Web.Components.Pages.Timeline.Geometry;

namespace Timeline.Web.Tests.Queries;

public sealed class WindowQueryTests
{
    private readonly TimelineQueries _queries = new(TestDatabase.CreateFactory());

    public static TheoryData<string, string> Windows => new()
    {
        { "2024-03-10", "2024-03-16" },
        { "2024-03-01", "2024-03-31" },
        { "2023-01-01", "2024-12-31" },
    };

    /// <summary>However a window is drawn (markers, bubbles, the long-span band), every event in it is accounted for once.</summary>
    [Theory]
    [MemberData(nameof(Windows))]
    public async Task Markers_bubbles_bars_and_the_long_span_band_add_up_to_the_window_total(string from, string to)
    {
        var filter = TimelineFilter.Parse(null, null, null, null, from, to);
        var all = await _queries.CountsAsync(filter.ToEventFilter(includeWindow: false));
        // A tiny detail limit forces the aggregated paths on the small test database.
        var options = new LayoutOptions(Width: 1200, DetailLimit: 8);

        var view = await _queries.WindowAsync(filter, filter.Window!.Value, LaneMode.None, options, allCounts: all);

        var drawn = view.Layout.Markers.Count + view.Layout.Clusters.Sum(c => c.Count) + view.Layout.Bars.Sum(b => b.Count) + (view.Layout.LongSpans?.Count ?? 0);
        drawn.ShouldBe(view.Total);
    }

    [Fact]
    public async Task A_narrow_window_lists_its_own_events_before_the_long_ones_that_overlap_it()
    {
        var filter = TimelineFilter.Parse(null, null, null, null, "2024-03-01", "2024-03-31").ToEventFilter();
        var minDays = LongSpans.MinDays(TimeWindow.Days(filter.From!.Value, filter.To!.Value));

        var rows = await _queries.ListAsync(filter, 0, 500);

        var isLong = rows.Select(r => LongSpans.IsLong(r.Date, LastDay(r), minDays)).ToList();
        isLong.ShouldContain(false);
        isLong.SkipWhile(l => !l).ShouldAllBe(l => l, "no short event after the first long one");
        rows.Where(r => !LongSpans.IsLong(r.Date, LastDay(r), minDays)).Select(r => r.Date).ShouldBeInOrder();
    }

    private static DateOnly LastDay(EventRow r) => r.Precision switch
    {
        Timeline.Domain.Model.DatePrecision.Year => new DateOnly(r.Date.Year, 12, 31),
        Timeline.Domain.Model.DatePrecision.Month => new DateOnly(r.Date.Year, r.Date.Month, 1).AddMonths(1).AddDays(-1),
        Timeline.Domain.Model.DatePrecision.Week => r.Date.AddDays(6),
        _ => r.EndDate ?? r.Date,
    };
}
