using System.Globalization;
using Timeline.Domain.Model;

namespace Timeline.Web.Components.Pages.Timeline.Geometry;

/// <summary>The calendar unit an overview counts by: the smallest whose bars are still wide enough to see and to click.</summary>
public enum BucketUnit { Day, Week, Month, Quarter, Year, Decade }

/// <summary>How many events of one type a bar holds, and where that part of the stack is drawn (from its top, Y grows down).</summary>
public sealed record BarPart(EventType Type, int Count, double Y, double Height);

/// <summary>
/// One bar of the overview: the events of a calendar bucket [From, To) in one band, stacked by type from the baseline up;
/// clicking it zooms to the bucket.
/// </summary>
public sealed record HistogramBar(int Band, double X, double Width, DateOnly From, DateOnly To, BucketUnit Unit, IReadOnlyList<BarPart> Parts, double Baseline)
{
    public int Count => Parts.Sum(p => p.Count);

    public double Top => Parts.Count == 0 ? Baseline : Parts.Min(p => p.Y);

    public string Name => Histogram.Name(From, Unit);
}

/// <summary>
/// Too many events to draw one by one: a stacked histogram per band instead of count bubbles that all look alike. Buckets are
/// calendar units (a month bar is a month), so a bar's click zooms to a period a reader can name.
/// </summary>
public static class Histogram
{
    /// <summary>Narrower bars are hard to hit and to tell apart: the next larger unit is chosen instead.</summary>
    public const double MinBarWidth = 7;

    /// <summary>Room above the tallest bar for its count.</summary>
    public const double CountRoom = 13;

    private static readonly (BucketUnit Unit, double Days)[] Units =
        [(BucketUnit.Day, 1), (BucketUnit.Week, 7), (BucketUnit.Month, 30.44), (BucketUnit.Quarter, 91.3), (BucketUnit.Year, 365.25), (BucketUnit.Decade, 3652.5)];

    public static BucketUnit Unit(TimeScale scale, double minWidth = MinBarWidth)
    {
        foreach (var (unit, days) in Units)
            if (days * scale.PixelsPerDay >= minWidth) return unit;
        return BucketUnit.Decade;
    }

    /// <summary>The first day of the bucket holding <paramref name="day"/>; weeks start on Monday (ISO 8601).</summary>
    public static DateOnly Start(DateOnly day, BucketUnit unit) => unit switch
    {
        BucketUnit.Day => day,
        BucketUnit.Week => day.AddDays(-(((int)day.DayOfWeek + 6) % 7)),
        BucketUnit.Month => new DateOnly(day.Year, day.Month, 1),
        BucketUnit.Quarter => new DateOnly(day.Year, (day.Month - 1) / 3 * 3 + 1, 1),
        BucketUnit.Year => new DateOnly(day.Year, 1, 1),
        _ => new DateOnly(day.Year - day.Year % 10, 1, 1),
    };

    public static DateOnly Next(DateOnly start, BucketUnit unit) => unit switch
    {
        BucketUnit.Day => start.AddDays(1),
        BucketUnit.Week => start.AddDays(7),
        BucketUnit.Month => start.AddMonths(1),
        BucketUnit.Quarter => start.AddMonths(3),
        BucketUnit.Year => start.AddYears(1),
        _ => start.AddYears(10),
    };

    /// <summary>What an overview's bars show, for the legend of the page and of a published picture.</summary>
    public static string Legend(BucketUnit unit) => $"events per {unit.ToString().ToLowerInvariant()}, stacked by type";

    /// <summary>How a reader names the bucket: "4 March 2024", "week of 4 March 2024", "March 2024", "Q1 2024", "2024", "2020s".</summary>
    public static string Name(DateOnly from, BucketUnit unit) => unit switch
    {
        BucketUnit.Day => from.ToString("d MMMM yyyy", CultureInfo.InvariantCulture),
        BucketUnit.Week => "week of " + from.ToString("d MMMM yyyy", CultureInfo.InvariantCulture),
        BucketUnit.Month => from.ToString("MMMM yyyy", CultureInfo.InvariantCulture),
        BucketUnit.Quarter => $"Q{(from.Month - 1) / 3 + 1} {from.Year.ToString(CultureInfo.InvariantCulture)}",
        BucketUnit.Year => from.Year.ToString(CultureInfo.InvariantCulture),
        _ => from.Year.ToString(CultureInfo.InvariantCulture) + "s",
    };

    /// <summary>
    /// The bars of each band. An event counts in the bucket of the middle of what the window shows of it (a month-precision
    /// event is not piled on the 1st); heights share one scale across bands, so a small band's bars look small.
    /// </summary>
    /// <param name="bandOf">The band an event of a lane group is counted in, or -1 when it is drawn in none.</param>
    public static IReadOnlyList<HistogramBar> Bars(TimeScale scale, IReadOnlyList<Band> bands, Func<string?, int> bandOf, IEnumerable<DayCount> counts)
    {
        var unit = Unit(scale);
        var first = scale.Window.FirstDay;
        var last = scale.Window.LastDay;
        var buckets = new Dictionary<(int Band, DateOnly From), int[]>();
        var types = Enum.GetValues<EventType>();
        foreach (var c in counts)
        {
            var band = bandOf(c.Group);
            if (band < 0 || c.LastDay < first || c.Date > last) continue;
            var shownFrom = c.Date < first ? first : c.Date;
            var shownTo = c.LastDay > last ? last : c.LastDay;
            var middle = shownFrom.AddDays((shownTo.DayNumber - shownFrom.DayNumber) / 2);
            var key = (band, Start(middle, unit));
            if (!buckets.TryGetValue(key, out var perType)) buckets[key] = perType = new int[types.Length];
            perType[Array.IndexOf(types, c.Type ?? EventType.Other)] += c.Count;
        }
        if (buckets.Count == 0) return [];
        var max = buckets.Values.Max(v => v.Sum());
        var right = scale.X0 + scale.Width;
        var bars = new List<HistogramBar>();
        foreach (var ((b, from), perType) in buckets.OrderBy(k => k.Key.Band).ThenBy(k => k.Key.From))
        {
            var band = bands[b];
            var to = Next(from, unit);
            var x1 = Math.Max(scale.X(from), scale.X0);
            var x2 = Math.Min(scale.X(to), right);
            // A gap of a pixel between neighbours, but never thinner than a hairline.
            var width = Math.Max(x2 - x1 - 1, 1);
            var baseline = band.Y + band.Height - 2;
            var room = band.Height - band.Header - CountRoom - 2;
            var total = perType.Sum();
            // Never shorter than 2 px: a bucket with one event must still be seen beside one with thousands.
            var height = Math.Max(room * total / max, 2);
            var parts = new List<BarPart>();
            var y = baseline;
            for (var t = 0; t < types.Length; t++)
            {
                if (perType[t] == 0) continue;
                var h = height * perType[t] / total;
                y -= h;
                parts.Add(new BarPart(types[t], perType[t], y, h));
            }
            bars.Add(new HistogramBar(b, x1, width, from, to, unit, parts, baseline));
        }
        return bars;
    }
}
