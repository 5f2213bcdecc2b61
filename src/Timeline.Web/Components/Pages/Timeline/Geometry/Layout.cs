using Timeline.Domain.Model;

namespace Timeline.Web.Components.Pages.Timeline.Geometry;

/// <summary>What the timeline needs to draw one event; <see cref="Group"/> is the lane group (a system or actor) or null.</summary>
public sealed record EventMark(string Id, DateOnly Date, DateOnly LastDay, DatePrecision Precision, EventType Type, string Title,
    int Sources, string? Group = null);

/// <summary>How many events share a start, end, lane group and type: the input of the histogram, the bubbles and the density strip.</summary>
public sealed record DayCount(DateOnly Date, DateOnly LastDay, int Count, string? Group = null, EventType? Type = null);

public sealed record LayoutOptions(
    double Width = 1200,
    int Lanes = 8,
    int LanesPerGroup = 3,
    int MaxGroups = 8,
    int DetailLimit = 300,
    double BinWidth = 32,
    double LaneHeight = 22,
    int MaxLabelChars = 30);

/// <summary>A horizontal band of lanes; one band without a name when lanes are not grouped.</summary>
public sealed record Band(string? Name, double Y, int Lanes, double LaneHeight)
{
    /// <summary>A named band's name has a row of its own above its lanes: no label or mark is drawn over it.</summary>
    public const double NameHeight = 14;

    public double Header => Name is null ? 0 : NameHeight;
    public double Height => Header + Lanes * LaneHeight;
    public double LaneY(int lane) => Y + Header + lane * LaneHeight + LaneHeight / 2;
}

/// <summary>
/// Where a marker's label goes: text starting at <see cref="X"/>, or ending there when <see cref="Left"/> (SVG text-anchor="end").
/// </summary>
public sealed record LabelPlacement(string Text, double X, bool Left)
{
    public double Width => Text.Length * TimelineLayouts.LabelCharWidth;
    public double Start => Left ? X - Width : X;
    public double End => Left ? X : X + Width;
}

/// <summary>An event drawn as a dot (day precision) or a span over the days it may stand for, with an optional label.</summary>
public sealed record PlacedMarker(EventMark Event, int Band, int Lane, double X1, double X2, LabelPlacement? LabelPlace)
{
    public bool IsSpan => Event.Precision != DatePrecision.Day || Event.LastDay > Event.Date;

    public string? Label => LabelPlace?.Text;
}

/// <summary>A count bubble standing for events that do not fit; clicking it zooms to [From, To).</summary>
public sealed record Cluster(int Band, double X, int Count, DateTime From, DateTime To, double Y = 0, double MaxRadius = 17)
{
    /// <summary>Grows with the log of the count, but never wider than its bin (<see cref="MaxRadius"/>), so neighbours never overlap.</summary>
    public double Radius => Math.Clamp(6 + 2.2 * Math.Log2(Count), Math.Min(7, MaxRadius), MaxRadius);
}

/// <summary>One row above the lanes counting the events too long to place in this window (see <see cref="LongSpans"/>).</summary>
public sealed record LongSpanBand(int Count, double Y, double Height);

public sealed record TimelineLayout(IReadOnlyList<Band> Bands, IReadOnlyList<PlacedMarker> Markers, IReadOnlyList<Cluster> Clusters,
    LongSpanBand? LongSpans = null, IReadOnlyList<HistogramBar>? Bars = null)
{
    /// <summary>The overview's stacked bars (<see cref="TimelineLayouts.Clustered"/>); none when events are drawn one by one.</summary>
    public IReadOnlyList<HistogramBar> Bars { get; init; } = Bars ?? [];

    public double Height => Bands.Count == 0 ? 0 : Bands[^1].Y + Bands[^1].Height;
}

/// <summary>
/// Level of detail: few events are drawn one by one in greedily packed lanes, labelled where the label fits;
/// the rest, or all of them when the window holds too many, become count bubbles per bin of <see cref="LayoutOptions.BinWidth"/> pixels.
/// </summary>
public static class TimelineLayouts
{
    private const double DotRadius = 5;
    private const double Gap = 6;

    /// <summary>Greedy interval packing: each interval goes to the first lane free at its start; null when no lane is.</summary>
    public static int?[] PackLanes(IReadOnlyList<(double Start, double End)> intervals, int lanes)
    {
        var laneEnds = Enumerable.Repeat(double.NegativeInfinity, lanes).ToArray();
        var result = new int?[intervals.Count];
        for (var i = 0; i < intervals.Count; i++)
        {
            for (var lane = 0; lane < lanes; lane++)
            {
                if (laneEnds[lane] <= intervals[i].Start)
                {
                    laneEnds[lane] = intervals[i].End;
                    result[i] = lane;
                    break;
                }
            }
        }
        return result;
    }

    /// <summary>The band of every system or actor beyond the <see cref="LayoutOptions.MaxGroups"/> largest.</summary>
    public const string Others = "Others";

    /// <summary>The largest groups, most events first, then <see cref="Others"/> when there are more.</summary>
    public static IReadOnlyList<string?> Groups(IEnumerable<(string? Group, int Count)> counts, LayoutOptions options)
    {
        var ordered = counts.GroupBy(c => c.Group).Select(g => (g.Key, Count: g.Sum(c => c.Count)))
            .OrderByDescending(g => g.Count).ThenBy(g => g.Key, StringComparer.Ordinal).Select(g => g.Key).ToList();
        if (ordered.Count == 0) return [null];
        return ordered.Count > options.MaxGroups ? [.. ordered.Take(options.MaxGroups), Others] : ordered;
    }

    /// <summary>Whether an event or count of <paramref name="group"/> is drawn in <paramref name="band"/>.</summary>
    private static bool InBand(string? group, string? band, IReadOnlyList<string?> groups) =>
        group == band || band == Others && !groups.Contains(group);

    private static List<Band> Bands(IReadOnlyList<string?> groups, LayoutOptions options)
    {
        var grouped = groups.Count > 1 || groups[0] is not null;
        var lanes = grouped ? options.LanesPerGroup : options.Lanes;
        var bands = new List<Band>();
        var y = 0.0;
        foreach (var g in groups)
        {
            bands.Add(new Band(g, y, lanes, options.LaneHeight));
            y += bands[^1].Height;
        }
        return bands;
    }

    /// <summary>
    /// Cuts at the last word that fits, so the label's words are all in the marker's accessible name (and read better);
    /// a hard cut only when that would lose more than half the room.
    /// </summary>
    public static string Shorten(string title, int max)
    {
        if (title.Length <= max)
        {
            return title;
        }
        var cut = title.AsSpan(0, max - 1);
        var space = cut.LastIndexOf(' ');
        if (space >= (max - 1) / 2)
        {
            cut = cut[..space];
        }
        return string.Concat(cut.TrimEnd().TrimEnd(",;:-–"), "…");
    }

    /// <summary>
    /// Average advance of a label character at the chart's 11.5px label size, rounded up: labels are measured in C#,
    /// so an estimate on the generous side keeps them inside the viewBox and off their neighbours.
    /// </summary>
    public const double LabelCharWidth = 6.6;

    /// <summary>Fewer characters than this say nothing useful: the marker goes unlabelled instead.</summary>
    public const int MinLabelChars = 6;

    /// <summary>The second, shorter try for a label that found no lane at full length.</summary>
    public const int ShortLabelChars = 16;

    /// <summary>Space kept free between a label and the edge of the chart.</summary>
    public const double EdgePad = 4;

    /// <summary>
    /// Puts a label right of its marker (starting at <paramref name="rightX"/>) when it fits inside [0, width]; otherwise left of it
    /// (ending at <paramref name="leftX"/>); otherwise shortened to the room on the roomier side. Null when too little room is left.
    /// </summary>
    public static LabelPlacement? PlaceLabel(string title, double rightX, double leftX, double width, int maxChars)
    {
        var text = Shorten(title, maxChars);
        var roomRight = width - EdgePad - rightX;
        var roomLeft = leftX - EdgePad;
        var needed = text.Length * LabelCharWidth;
        if (needed <= roomRight)
        {
            return new LabelPlacement(text, rightX, Left: false);
        }
        if (needed <= roomLeft)
        {
            return new LabelPlacement(text, leftX, Left: true);
        }
        var left = roomLeft > roomRight;
        var chars = (int)Math.Floor((left ? roomLeft : roomRight) / LabelCharWidth);
        return chars < MinLabelChars ? null : new LabelPlacement(Shorten(text, chars), left ? leftX : rightX, left);
    }

    /// <summary>Which x range an event's marker covers, clipped to the chart, and where its label may start or end.</summary>
    private static (double X1, double X2, double MarkStart, double MarkEnd, double LabelRight, double LabelLeft) Geometry(TimeScale scale, EventMark e)
    {
        var x1 = scale.X(e.Date);
        var x2 = scale.X(e.LastDay.AddDays(1));
        var isSpan = e.Precision != DatePrecision.Day || e.LastDay > e.Date;
        if (!isSpan)
        {
            // A day-precision event is a moment: the dot sits in the middle of its day.
            x1 = x2 = (x1 + x2) / 2;
            return (x1, x2, x1 - DotRadius, x1 + DotRadius, x1 + DotRadius + 4, x1 - DotRadius - 4);
        }
        var start = Math.Max(x1, scale.X0);
        var end = Math.Max(Math.Min(x2, scale.X0 + scale.Width), start + 2 * DotRadius);
        // A span's label sits inside the bar from its visible start; on the left it ends just before the bar.
        return (x1, x2, start, end, start + 4, start - 4);
    }

    /// <summary>Lays out individual events; those of groups beyond <see cref="LayoutOptions.MaxGroups"/> share the Others band.</summary>
    public static TimelineLayout Detailed(TimeScale scale, IReadOnlyList<EventMark> events, LayoutOptions options)
    {
        var groups = Groups(events.Select(e => (e.Group, 1)), options);
        var bands = Bands(groups, options);
        var markers = new List<PlacedMarker>();
        var clusters = new List<Cluster>();
        var right = scale.X0 + scale.Width;
        for (var b = 0; b < bands.Count; b++)
        {
            var band = bands[b];
            // The most precise events claim lanes first: a year-long span must not crowd out the days inside it.
            // An event of two small systems is one mark in Others, not two.
            var inBand = events.Where(e => InBand(e.Group, band.Name, groups)).DistinctBy(e => e.Id).OrderBy(e => e.Precision).ThenBy(e => e.Date).ThenByDescending(e => e.LastDay)
                .ThenBy(e => e.Id, StringComparer.Ordinal).ToList();
            var lanes = new Occupancy(band.Lanes);
            var overflow = new List<EventMark>();
            foreach (var e in inBand)
            {
                var g = Geometry(scale, e);
                var label = PlaceLabel(e.Title, g.LabelRight, g.LabelLeft, right, options.MaxLabelChars);
                var boxStart = Math.Min(g.MarkStart, label?.Start ?? g.MarkStart);
                var boxEnd = Math.Max(g.MarkEnd, label?.End ?? g.MarkEnd);
                // First try with the label; bare markers get a second chance below; otherwise the event joins a bubble.
                if (lanes.Take(boxStart - Gap / 2, boxEnd + Gap / 2) is { } lane)
                {
                    markers.Add(new PlacedMarker(e, b, lane, g.X1, g.X2, label));
                }
                else
                {
                    overflow.Add(e);
                }
            }
            var stillOver = new List<EventMark>();
            foreach (var e in overflow)
            {
                var g = Geometry(scale, e);
                // A few words still say more than a bare dot: try a short label before giving the label up.
                var shortLabel = PlaceLabel(e.Title, g.LabelRight, g.LabelLeft, right, ShortLabelChars);
                if (shortLabel is not null
                    && lanes.Take(Math.Min(g.MarkStart, shortLabel.Start) - Gap / 2, Math.Max(g.MarkEnd, shortLabel.End) + Gap / 2) is { } labelled)
                {
                    markers.Add(new PlacedMarker(e, b, labelled, g.X1, g.X2, shortLabel));
                }
                else if (lanes.Take(g.MarkStart - 2, g.MarkEnd + 2) is { } lane)
                {
                    markers.Add(new PlacedMarker(e, b, lane, g.X1, g.X2, null));
                }
                else
                {
                    stillOver.Add(e);
                }
            }
            clusters.AddRange(Bin(scale, b, stillOver.Select(e => new DayCount(e.Date, e.LastDay, 1, e.Group)), options));
        }
        if (clusters.Count > 0)
        {
            // Bubbles get their own row at the bottom of each band: move the bands apart to make room.
            bands = bands.Select((band, i) => band with { Y = band.Y + i * options.LaneHeight, Lanes = band.Lanes + 1 }).ToList();
            clusters = clusters.Select(c => c with { Y = bands[c.Band].LaneY(bands[c.Band].Lanes - 1) }).ToList();
        }
        // Chronological order within each band is the order a screen reader reads the markers in (the arrow keys follow KeyboardOrder).
        markers = markers.OrderBy(m => m.Band).ThenBy(m => Math.Max(m.X1, scale.X0)).ThenBy(m => m.Lane).ToList();
        return new TimelineLayout(bands, markers, clusters);
    }

    /// <summary>The x ranges taken in each lane of a band; a range goes to the first lane where it overlaps nothing.</summary>
    private sealed class Occupancy(int lanes)
    {
        private readonly List<(double Start, double End)>[] _taken = Enumerable.Range(0, lanes).Select(_ => new List<(double, double)>()).ToArray();

        public int? Take(double start, double end)
        {
            for (var lane = 0; lane < _taken.Length; lane++)
            {
                if (!_taken[lane].Any(t => start < t.End && t.Start < end))
                {
                    _taken[lane].Add((start, end));
                    return lane;
                }
            }
            return null;
        }
    }

    /// <summary>Adds the count band for <paramref name="count"/> long events on top, moving everything else down one lane.</summary>
    public static TimelineLayout WithLongSpans(TimelineLayout layout, int count, LayoutOptions options)
    {
        if (count == 0)
        {
            return layout;
        }
        var h = options.LaneHeight;
        return layout with
        {
            Bands = layout.Bands.Select(b => b with { Y = b.Y + h }).ToList(),
            Clusters = layout.Clusters.Select(c => c with { Y = c.Y + h }).ToList(),
            Bars = layout.Bars.Select(bar => bar with
            {
                Baseline = bar.Baseline + h,
                Parts = bar.Parts.Select(p => p with { Y = p.Y + h }).ToList(),
            }).ToList(),
            LongSpans = new LongSpanBand(count, 0, h),
        };
    }

    /// <summary>Too many events for the window: a histogram per band, its bars stacked by type (<see cref="Histogram"/>).</summary>
    public static TimelineLayout Clustered(TimeScale scale, IReadOnlyList<DayCount> counts, LayoutOptions options)
    {
        var groups = Groups(counts.Select(c => (c.Group, c.Count)), options);
        var bands = Bands(groups, options);
        return new TimelineLayout(bands, [], [], Bars: Histogram.Bars(scale, bands, g => bands.FindIndex(b => InBand(g, b.Name, groups)), counts));
    }

    private static IEnumerable<Cluster> Bin(TimeScale scale, int band, IEnumerable<DayCount> counts, LayoutOptions options)
    {
        var bins = Math.Max(1, (int)Math.Floor(scale.Width / options.BinWidth));
        var binWidth = scale.Width / bins;
        var perBin = new int[bins];
        foreach (var c in counts)
        {
            // Counted at the middle of what the window shows of it: a month-precision event is not piled on the 1st, and
            // one that began before the window is inside it.
            var start = Math.Max(scale.X(c.Date), scale.X0);
            var end = Math.Min(scale.X(c.LastDay.AddDays(1)), scale.X0 + scale.Width);
            var x = end > start ? (start + end) / 2 : start;
            // The epsilon keeps an event at a bin boundary out of the previous bin despite rounding.
            var i = Math.Clamp((int)((x - scale.X0) / binWidth + 1e-6), 0, bins - 1);
            perBin[i] += c.Count;
        }
        for (var i = 0; i < bins; i++)
        {
            if (perBin[i] > 0)
            {
                var x1 = scale.X0 + i * binWidth;
                var bubble = new Cluster(band, x1 + binWidth / 2, perBin[i], scale.Time(x1), scale.Time(x1 + binWidth),
                    MaxRadius: Math.Min(17, binWidth / 2 - 1));
                // A big count's bubble is wider than its bin: keep it whole inside the chart.
                yield return bubble with { X = Math.Clamp(bubble.X, scale.X0 + bubble.Radius + 1, scale.X0 + scale.Width - bubble.Radius - 1) };
            }
        }
    }
}
