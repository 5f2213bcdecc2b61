using System.Globalization;
using Timeline.Web.Components.Pages.Timeline;
using Timeline.Web.Components.Pages.Timeline.Geometry;
using Timeline.Web.Components.Shared;

namespace Timeline.Web.Export;

/// <summary>
/// The words around a published picture: what it is, which period, which filter in words, and a credit that says how
/// much it stands on. Nothing in it points at the server it came from.
/// </summary>
public sealed record ImageCaption(string Title, string Range, string Filters, string Credit)
{
    public const string DefaultTitle = "NATO & Ukraine air defence";

    public static ImageCaption For(TimelineFilter filter, TimeWindow window, int events, int sources, DateOnly exported, string title = DefaultTitle) =>
        new(XmlSafe(title), Dates.Range(window), XmlSafe(InWords(filter)), CreditLine(events, sources, exported));

    /// <summary>A search typed with control characters ("?q=%01") is still drawn: what XML cannot hold is left out.</summary>
    private static string XmlSafe(string text) => string.Concat(text.Where(System.Xml.XmlConvert.IsXmlChar));

    /// <summary>"Systems: Patriot, NASAMS · Types: pledge, delivery · Text: “battery” · Confidence ≥ 70 %", or "All events".</summary>
    public static string InWords(TimelineFilter filter)
    {
        var parts = new List<string>();
        if (filter.Systems.Count > 0) parts.Add((filter.Systems.Count == 1 ? "System: " : "Systems: ") + string.Join(", ", filter.Systems));
        if (filter.Actors.Count > 0) parts.Add((filter.Actors.Count == 1 ? "Actor: " : "Actors: ") + string.Join(", ", filter.Actors));
        if (filter.Types.Count > 0) parts.Add((filter.Types.Count == 1 ? "Type: " : "Types: ") + string.Join(", ", filter.Types.Select(t => t.ToString().ToLowerInvariant())));
        if (filter.Text is { } text) parts.Add($"Text: “{text}”");
        if (filter.MinConfidence is { } c) parts.Add($"Confidence ≥ {Math.Round(c * 100).ToString(CultureInfo.InvariantCulture)} %");
        return parts.Count == 0 ? "All events" : string.Join(" · ", parts);
    }

    public static string CreditLine(int events, int sources, DateOnly exported) =>
        $"Timeline — {Counts.Events(events)} from {Counts.Of(sources, "source", "sources")} · exported {exported.ToString("d MMM yyyy", CultureInfo.InvariantCulture)}";
}
