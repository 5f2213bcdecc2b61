namespace Timeline.Web.Components.Pages.Timeline.Geometry;

/// <summary>One bar of the density strip.</summary>
public sealed record DensityBar(double X, double Width, double Height, int Count);

/// <summary>The overview strip: all events matching the filters over their whole extent, with the current window marked.</summary>
public sealed record DensityStrip(TimeWindow Extent, IReadOnlyList<DensityBar> Bars, double WindowX1, double WindowX2, int Max)
{
    /// <summary>
    /// The strip over <paramref name="bulk"/> (the data without a far outlier, see <see cref="DefaultWindow"/>; all of it when
    /// null) and the window: one event in 1949 would otherwise squash the busy years into the strip's last pixels.
    /// </summary>
    public static DensityStrip Compute(IReadOnlyList<DayCount> counts, TimeWindow window, double width, double height, int bins, TimeWindow? bulk = null)
    {
        var extent = bulk is { } b ? new TimeWindow(b.Start < window.Start ? b.Start : window.Start, b.End > window.End ? b.End : window.End) : DataExtent(counts, window);
        var scale = new TimeScale(extent, width);
        var perBin = new int[bins];
        var binWidth = width / bins;
        foreach (var c in counts)
        {
            if (c.LastDay.ToDateTime(TimeOnly.MinValue) < extent.Start || c.Date.ToDateTime(TimeOnly.MinValue) >= extent.End)
            {
                continue;
            }
            var i = Math.Clamp((int)(scale.X(c.Date) / binWidth + 1e-6), 0, bins - 1);
            perBin[i] += c.Count;
        }
        var max = Math.Max(1, perBin.Max());
        var bars = new List<DensityBar>();
        for (var i = 0; i < bins; i++)
        {
            if (perBin[i] > 0)
            {
                // Square root keeps quiet years visible next to the busiest months.
                var h = Math.Max(1.5, Math.Sqrt(perBin[i] / (double)max) * height);
                bars.Add(new DensityBar(i * binWidth, binWidth, h, perBin[i]));
            }
        }
        var x1 = Math.Clamp(scale.X(window.Start), 0, width);
        var x2 = Math.Clamp(scale.X(window.End), 0, width);
        if (x2 - x1 < 3)
        {
            var mid = (x1 + x2) / 2;
            (x1, x2) = (mid - 1.5, mid + 1.5);
        }
        return new DensityStrip(extent, bars, x1, x2, max);
    }

    /// <summary>All the data, padded a little, and always including the window so it can be marked.</summary>
    public static TimeWindow DataExtent(IReadOnlyList<DayCount> counts, TimeWindow? include = null)
    {
        if (counts.Count == 0)
        {
            return include ?? TimeWindow.Days(new DateOnly(2014, 1, 1), new DateOnly(2026, 12, 31));
        }
        var first = counts.Min(c => c.Date).ToDateTime(TimeOnly.MinValue);
        var last = counts.Max(c => c.LastDay).AddDays(1).ToDateTime(TimeOnly.MinValue);
        var pad = TimeSpan.FromTicks(Math.Max((last - first).Ticks / 50, TimeSpan.FromDays(1).Ticks));
        // Whole days keep the URL and the window label clean.
        var start = (first - pad).Date;
        var end = (last + pad).Date.AddDays(1);
        if (include is { } w)
        {
            start = w.Start < start ? w.Start : start;
            end = w.End > end ? w.End : end;
        }
        return new TimeWindow(start, end);
    }
}
