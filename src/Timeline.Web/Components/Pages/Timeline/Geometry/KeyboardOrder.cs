namespace Timeline.Web.Components.Pages.Timeline.Geometry;

/// <summary>
/// The order in which the arrow keys walk the chart's markers, bubbles and bars: left to right as drawn (top to bottom
/// at the same x). The chart is one Tab stop, so this order is how a keyboard reaches each of them; the script only
/// moves focus to the neighbouring number.
/// </summary>
public sealed record KeyboardOrder(IReadOnlyList<int> Markers, IReadOnlyList<int> Clusters, IReadOnlyList<int> Bars)
{
    public int Count => Markers.Count + Clusters.Count + Bars.Count;

    public static KeyboardOrder Of(TimelineLayout layout)
    {
        // (kind, index in its list, x, y): a span counts from its visible start, a bar from its middle.
        var items = new List<(int Kind, int Index, double X, double Y)>(layout.Markers.Count + layout.Clusters.Count + layout.Bars.Count);
        for (var i = 0; i < layout.Markers.Count; i++)
        {
            var m = layout.Markers[i];
            items.Add((0, i, Math.Max(m.X1, 0), layout.Bands[m.Band].LaneY(m.Lane)));
        }
        for (var i = 0; i < layout.Clusters.Count; i++)
        {
            items.Add((1, i, layout.Clusters[i].X, layout.Clusters[i].Y));
        }
        for (var i = 0; i < layout.Bars.Count; i++)
        {
            var b = layout.Bars[i];
            items.Add((2, i, b.X + b.Width / 2, layout.Bands[b.Band].Y));
        }
        var markers = new int[layout.Markers.Count];
        var clusters = new int[layout.Clusters.Count];
        var bars = new int[layout.Bars.Count];
        var position = 0;
        foreach (var item in items.OrderBy(t => t.X).ThenBy(t => t.Y).ThenBy(t => t.Kind).ThenBy(t => t.Index))
        {
            (item.Kind switch { 0 => markers, 1 => clusters, _ => bars })[item.Index] = position++;
        }
        return new KeyboardOrder(markers, clusters, bars);
    }
}
