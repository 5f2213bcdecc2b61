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
    public async Task Markers_bubbles_and_the_long_span_band_add_up_to_the_window_total(string from, string to)
    {
        var filter = TimelineFilter.Parse(null, null, null, null, from, to);
        var all = await _queries.CountsAsync(filter.ToEventFilter(includeWindow: false));
        // A tiny detail limit forces the aggregated paths on the small test database.
        var options = new LayoutOptions(Width: 1200, DetailLimit: 8);

        var view = await _queries.WindowAsync(filter, filter.Window!.Value, LaneMode.None, options, allCounts: all);

        var drawn = view.Layout.Markers.Count + view.Layout.Clusters.Sum(c => c.Count) + (view.Layout.LongSpans?.Count ?? 0);
        drawn.ShouldBe(view.Total);
    }
}
