namespace Timeline.Web.Components.Pages.Timeline.Geometry;

/// <summary>
/// The matching events that lie wholly before or after the window, and the nearest of each. "Fit all" leaves a far
/// outlier (NATO's founding in 1949 among events of 2022-2024) out of the window rather than squash the busy years into a
/// few pixels; these counts are the stubs at the chart's edges that say so and take the reader there.
/// </summary>
public sealed record OutsideWindow(int Earlier, DateOnly? NearestEarlier, int Later, DateOnly? NearestLater)
{
    /// <summary>Where the nearest outside event lands in the window a stub moves to: near the edge the reader came from.</summary>
    public const double Margin = 0.1;

    public static OutsideWindow Of(IReadOnlyList<DayCount> counts, TimeWindow window)
    {
        var (earlier, later) = (0, 0);
        DateOnly? nearestEarlier = null, nearestLater = null;
        foreach (var c in counts)
        {
            // An event that touches the window is in it (the queries select events that overlap the window's days).
            if (c.LastDay < window.FirstDay)
            {
                earlier += c.Count;
                nearestEarlier = nearestEarlier is { } e && e >= c.LastDay ? e : c.LastDay;
            }
            else if (c.Date > window.LastDay)
            {
                later += c.Count;
                nearestLater = nearestLater is { } l && l <= c.Date ? l : c.Date;
            }
        }
        return new OutsideWindow(earlier, nearestEarlier, later, nearestLater);
    }

    /// <summary>The window of the same length that ends just after the nearest earlier event; the window itself when there is none.</summary>
    public TimeWindow ShowEarlier(TimeWindow window)
    {
        if (NearestEarlier is not { } day)
        {
            return window;
        }
        var end = day.AddDays(1).ToDateTime(TimeOnly.MinValue) + window.Length * Margin;
        // Through Pan: whole hours, as the address writes them, so a shared link shows this very window.
        return window.Pan((end - window.End).Ticks / (double)window.Length.Ticks);
    }

    /// <summary>The window of the same length that starts just before the nearest later event; the window itself when there is none.</summary>
    public TimeWindow ShowLater(TimeWindow window)
    {
        if (NearestLater is not { } day)
        {
            return window;
        }
        var start = day.ToDateTime(TimeOnly.MinValue) - window.Length * Margin;
        return window.Pan((start - window.Start).Ticks / (double)window.Length.Ticks);
    }
}
