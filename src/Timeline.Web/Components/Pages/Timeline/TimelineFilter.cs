using Microsoft.Extensions.Primitives;
using Timeline.Domain.Export;
using Timeline.Domain.Model;
using Timeline.Web.Components.Pages.Timeline.Geometry;

namespace Timeline.Web.Components.Pages.Timeline;

/// <summary>How lanes are grouped: one set of lanes, or one band per system or per actor.</summary>
public enum LaneMode { None, System, Actor }

/// <summary>
/// The URL's filter state (actor, system, type, q, from, to). The page, the export links and the export endpoints all
/// read and write it here, so "what the page shows" and "what the export contains" cannot drift apart.
/// </summary>
public sealed record TimelineFilter(
    IReadOnlyList<string> Actors,
    IReadOnlyList<string> Systems,
    IReadOnlyList<EventType> Types,
    string? Text,
    TimeWindow? Window,
    double? MinConfidence = null)
{
    public static TimelineFilter Empty { get; } = new([], [], [], null, null);

    public bool HasFacets => Actors.Count > 0 || Systems.Count > 0 || Types.Count > 0 || !string.IsNullOrWhiteSpace(Text) || MinConfidence is not null;

    /// <summary>
    /// The filter as written, names unresolved (the export file names and the filter panel's own changes). Dates and the
    /// confidence are read by <see cref="FilterParser"/>; what it cannot read is left out here and reported by whoever
    /// resolves the names too (<see cref="Of"/>).
    /// </summary>
    public static TimelineFilter Parse(IEnumerable<string>? actors, IEnumerable<string>? systems, IEnumerable<string>? types,
        string? text, string? from, string? to, string? confidence = null)
    {
        static List<string> Clean(IEnumerable<string>? values) =>
            (values ?? []).Where(v => !string.IsNullOrWhiteSpace(v)).Select(v => v.Trim()).Distinct(StringComparer.Ordinal).ToList();

        var parsedTypes = Clean(types)
            .Select(t => Enum.TryParse<EventType>(t, ignoreCase: true, out var type) ? type : (EventType?)null)
            .OfType<EventType>().Distinct().ToList();
        var read = FilterParser.Parse(new FilterQuery([], [], [], null, from, to, confidence), NoNames).Filter;
        return new TimelineFilter(Clean(actors), Clean(systems), parsedTypes, string.IsNullOrWhiteSpace(text) ? null : text.Trim(),
            TimeWindow.FromBounds(read.From, read.To, from, to), read.MinConfidence);
    }

    private static readonly FilterNames NoNames = new([], []);

    /// <summary>
    /// The filter <see cref="FilterParser"/> read from an address (names resolved, dates checked), with its from/to as the
    /// window; <paramref name="from"/> and <paramref name="to"/> are the address's own text, for the hour a zoomed window carries.
    /// </summary>
    public static TimelineFilter Of(EventFilter read, string? from, string? to) =>
        new(read.Actors, read.Systems, read.Types, read.Text, TimeWindow.FromBounds(read.From, read.To, from, to), read.MinConfidence);

    public static TimelineFilter FromQuery(IQueryCollection query) =>
        Parse(query["actor"], query["system"], query["type"], query["q"], query["from"], query["to"], query["confidence"]);

    /// <summary>The filter for queries: the window becomes the day range of events that touch it.</summary>
    public EventFilter ToEventFilter(bool includeWindow = true) => new(
        Actors, Systems, Types, Text,
        includeWindow ? Window?.FirstDay : null,
        includeWindow ? Window?.LastDay : null,
        MinConfidence);

    public TimelineFilter WithWindow(TimeWindow? window) => this with { Window = window };

    /// <summary>The names, types, search and confidence as <see cref="FilterParser"/> read them (any case, aliases); the window stays.</summary>
    public TimelineFilter WithNames(EventFilter read) => this with
    {
        Actors = read.Actors, Systems = read.Systems, Types = read.Types, Text = read.Text, MinConfidence = read.MinConfidence,
    };

    /// <summary>Query parameters for NavigationManager.GetUriWithQueryParameters; nulls remove a parameter.</summary>
    public Dictionary<string, object?> ToParameters()
    {
        string? from = null, to = null;
        if (Window is { } w)
        {
            (from, to) = w.ToQuery();
        }
        return new Dictionary<string, object?>
        {
            ["actor"] = Actors.ToArray(),
            ["system"] = Systems.ToArray(),
            ["type"] = Types.Select(t => t.ToString().ToLowerInvariant()).ToArray(),
            ["q"] = Text,
            ["from"] = from,
            ["to"] = to,
            ["confidence"] = MinConfidence is { } c ? ((int)Math.Round(c * 100)).ToString(System.Globalization.CultureInfo.InvariantCulture) : null,
        };
    }

    /// <summary>The same query as a string, for the export links.</summary>
    public string ToQueryString()
    {
        var pairs = new List<KeyValuePair<string, StringValues>>();
        foreach (var (key, value) in ToParameters())
        {
            switch (value)
            {
                case string[] many when many.Length > 0:
                    pairs.Add(new(key, many));
                    break;
                case string one:
                    pairs.Add(new(key, one));
                    break;
            }
        }
        return Microsoft.AspNetCore.Http.QueryString.Create(pairs).ToUriComponent();
    }
}
