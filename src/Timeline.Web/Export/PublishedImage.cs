using System.Globalization;
using System.Xml.Linq;
using Timeline.Domain.Model;
using Timeline.Web.Components.Pages.Timeline;
using Timeline.Web.Components.Pages.Timeline.Geometry;
using Timeline.Web.Components.Shared;

namespace Timeline.Web.Export;

/// <summary>
/// The timeline as a picture to publish: a standalone SVG (inline styles, light background) with a title, the period,
/// the filter in words, the chart drawn from the same <see cref="WindowView"/> the page draws, a legend of what it shows
/// and a credit line. No links, no keyboard hints, no address of the server. A pure function of its inputs.
/// </summary>
public static class PublishedImage
{
    private static readonly XNamespace Ns = "http://www.w3.org/2000/svg";
    public const double Margin = 20;
    /// <summary>A picture has no list below it to read the rest in: labels may be as long as the room beside them allows.</summary>
    public static LayoutOptions Options(double width) => new(Width: width, MaxLabelChars: 96);
    public const double HeaderHeight = 84;
    public const double FooterHeight = 58;
    private const string Ink = "#1f2430";
    private const string Muted = "#5b6472";
    private const string Grid = "#e3e6eb";

    public static string Svg(WindowView view, ImageCaption caption)
    {
        var width = view.Scale.Width + 2 * Margin;
        var chartHeight = TimelineChart.Top + Math.Max(UsedHeight(view.Layout), 3 * 22) + 10;
        var height = HeaderHeight + chartHeight + FooterHeight;
        var root = new XElement(Ns + "svg",
            new XAttribute("width", N(width)), new XAttribute("height", N(height)), new XAttribute("viewBox", $"0 0 {N(width)} {N(height)}"),
            new XAttribute("font-family", "'Segoe UI', Roboto, 'Helvetica Neue', Arial, sans-serif"),
            new XElement(Ns + "title", $"{caption.Title}, {caption.Range}"),
            new XElement(Ns + "rect", new XAttribute("width", "100%"), new XAttribute("height", "100%"), new XAttribute("fill", "#ffffff")),
            Text(Margin, 30, caption.Title, 20, Ink, weight: "600"),
            Text(Margin, 52, caption.Range, 13.5, Ink),
            Text(Margin, 71, caption.Filters, 12.5, Muted),
            new XElement(Ns + "g", new XAttribute("transform", $"translate({N(Margin)} {N(HeaderHeight)})"), Chart(view, chartHeight)),
            Legend(view, Margin, HeaderHeight + chartHeight + 20),
            Text(Margin, height - 14, caption.Credit, 11.5, Muted));
        return new XDocument(new XDeclaration("1.0", "utf-8", null), root).Declaration + "\n" + root.ToString(SaveOptions.DisableFormatting);
    }

    private static IEnumerable<XElement> Chart(WindowView view, double height)
    {
        var width = view.Scale.Width;
        var top = TimelineChart.Top;
        var axis = TimelineChart.AxisHeight;
        foreach (var t in view.Ticks.Fine)
            yield return Line(t.X, axis - 14, t.X, height, Grid);
        for (var b = 0; b < view.Layout.Bands.Count; b++)
        {
            var band = view.Layout.Bands[b];
            if (b % 2 == 1) yield return Rect(0, top + band.Y, width, band.Height, "#f4f6f8");
        }
        foreach (var t in view.Ticks.Context)
        {
            yield return Line(t.X, 3, t.X, axis, "#9aa1ad");
            if (TickGenerator.LabelFits(t, width)) yield return Text(t.X + TickGenerator.LabelOffset, 14, t.Label, 11.5, Ink, weight: "600");
        }
        foreach (var t in view.Ticks.Fine)
            if (TickGenerator.LabelFits(t, width)) yield return Text(t.X + TickGenerator.LabelOffset, 32, t.Label, 11, Muted);
        yield return Line(0, axis, width, axis, "#9aa1ad");
        if (view.Layout.LongSpans is { } longSpans)
        {
            yield return Rect(0, top + longSpans.Y + 3, width, longSpans.Height - 6, "#eef0f3", rx: 3);
            yield return Text(8, top + longSpans.Y + longSpans.Height / 2 + 4, LongSpansCaption(longSpans.Count), 11, Muted);
        }
        foreach (var m in view.Layout.Markers)
        {
            var y = top + view.Layout.Bands[m.Band].LaneY(m.Lane);
            var colour = EventTypes.Color(m.Event.Type);
            if (m.IsSpan)
            {
                var x1 = Math.Max(m.X1, 0);
                yield return Rect(x1, y - 5, Math.Max(Math.Min(m.X2, width) - x1, 3), 10, colour, rx: 3, opacity: 0.55);
            }
            else
            {
                yield return new XElement(Ns + "circle", new XAttribute("cx", N(m.X1)), new XAttribute("cy", N(y)), new XAttribute("r", "5"),
                    new XAttribute("fill", colour), new XAttribute("stroke", "#ffffff"), new XAttribute("stroke-width", "1.5"));
            }
            if (m.LabelPlace is { } label)
                yield return Text(label.X, y + 4, label.Text, 11.5, Ink, anchor: label.Left ? "end" : null);
        }
        foreach (var c in view.Layout.Clusters)
        {
            yield return new XElement(Ns + "circle", new XAttribute("cx", N(c.X)), new XAttribute("cy", N(top + c.Y)), new XAttribute("r", N(c.Radius)),
                new XAttribute("fill", "#d5dbe3"), new XAttribute("stroke", "#8d96a3"));
            yield return Text(c.X, top + c.Y + 3.5, c.Count.ToString("N0", CultureInfo.InvariantCulture), 10.5, Ink, anchor: "middle", weight: "600");
        }
        foreach (var bar in view.Layout.Bars)
        {
            foreach (var p in bar.Parts)
                yield return Rect(bar.X, top + p.Y, bar.Width, Math.Max(p.Height, 0.5), EventTypes.Color(p.Type));
            var count = bar.Count.ToString("N0", CultureInfo.InvariantCulture);
            if (count.Length * 6 <= bar.Width + 4)
                yield return Text(bar.X + bar.Width / 2, top + bar.Top - 3, count, 10, Muted, anchor: "middle");
        }
        foreach (var band in view.Layout.Bands.Where(b => b.Name is not null))
            yield return Text(6, top + band.Y + 11, band.Name!, 11, Muted, weight: "600");
        if (view.Total == 0)
            yield return Text(width / 2, top + 36, "No events in this period", 13, Muted, anchor: "middle");
    }

    /// <summary>Down to the lowest mark drawn: the page keeps room for lanes to come, a picture of one band does not.</summary>
    private static double UsedHeight(TimelineLayout layout)
    {
        if (layout.Bands.Count != 1) return layout.Height;
        var band = layout.Bands[0];
        var bottom = layout.LongSpans is { } l ? l.Y + l.Height : 0;
        foreach (var m in layout.Markers) bottom = Math.Max(bottom, band.LaneY(m.Lane) + band.LaneHeight / 2);
        foreach (var c in layout.Clusters) bottom = Math.Max(bottom, c.Y + c.Radius + 4);
        foreach (var bar in layout.Bars) bottom = Math.Max(bottom, bar.Baseline + 2);
        return bottom;
    }

    private static string LongSpansCaption(int n) =>
        $"{n.ToString("N0", CultureInfo.InvariantCulture)} {(n == 1 ? "event is" : "events are")} dated only to a period longer than this window";

    /// <summary>The event types drawn, in their colours; a span and a count bubble are explained when the picture has them.</summary>
    private static XElement Legend(WindowView view, double x, double y)
    {
        var g = new XElement(Ns + "g");
        foreach (var type in view.Layout.Markers.Select(m => m.Event.Type).Concat(view.Layout.Bars.SelectMany(b => b.Parts).Select(p => p.Type)).Distinct().OrderBy(t => t))
        {
            g.Add(new XElement(Ns + "circle", new XAttribute("cx", N(x + 5)), new XAttribute("cy", N(y - 4)), new XAttribute("r", "5"), new XAttribute("fill", EventTypes.Color(type))));
            var name = type.ToString();
            g.Add(Text(x + 14, y, name, 12, Ink));
            x += 14 + name.Length * 7 + 18;
        }
        if (view.Layout.Markers.Any(m => m.IsSpan))
        {
            g.Add(Rect(x, y - 9, 18, 10, "#7C8798", rx: 3, opacity: 0.55));
            const string span = "dated to a week, month or year";
            g.Add(Text(x + 24, y, span, 12, Ink));
            x += 24 + span.Length * 6.4 + 18;
        }
        if (view.Layout.Bars is [var bar, ..])
        {
            g.Add(Rect(x, y - 10, 6, 10, "#7C8798"));
            var note = $"{Histogram.Legend(bar.Unit)} (their number above)";
            g.Add(Text(x + 12, y, note, 12, Ink));
            x += 12 + note.Length * 6.4 + 18;
        }
        if (view.Layout.Clusters.Count > 0)
        {
            g.Add(new XElement(Ns + "circle", new XAttribute("cx", N(x + 7)), new XAttribute("cy", N(y - 4)), new XAttribute("r", "7"),
                new XAttribute("fill", "#d5dbe3"), new XAttribute("stroke", "#8d96a3")));
            g.Add(Text(x + 20, y, "events too close to draw one by one (their number)", 12, Ink));
        }
        return g;
    }

    private static XElement Text(double x, double y, string text, double size, string fill, string? anchor = null, string? weight = null)
    {
        var e = new XElement(Ns + "text", new XAttribute("x", N(x)), new XAttribute("y", N(y)), new XAttribute("font-size", N(size)), new XAttribute("fill", fill), text);
        if (anchor is not null) e.Add(new XAttribute("text-anchor", anchor));
        if (weight is not null) e.Add(new XAttribute("font-weight", weight));
        return e;
    }

    private static XElement Line(double x1, double y1, double x2, double y2, string stroke) =>
        new(Ns + "line", new XAttribute("x1", N(x1)), new XAttribute("y1", N(y1)), new XAttribute("x2", N(x2)), new XAttribute("y2", N(y2)), new XAttribute("stroke", stroke));

    private static XElement Rect(double x, double y, double w, double h, string fill, double rx = 0, double opacity = 1)
    {
        var e = new XElement(Ns + "rect", new XAttribute("x", N(x)), new XAttribute("y", N(y)), new XAttribute("width", N(w)), new XAttribute("height", N(h)), new XAttribute("fill", fill));
        if (rx > 0) e.Add(new XAttribute("rx", N(rx)));
        if (opacity < 1) e.Add(new XAttribute("fill-opacity", N(opacity)));
        return e;
    }

    private static string N(double v) => Components.Pages.Timeline.Geometry.Svg.N(v);
}
