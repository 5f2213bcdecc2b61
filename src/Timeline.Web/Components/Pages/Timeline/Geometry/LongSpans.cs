namespace Timeline.Web.Components.Pages.Timeline.Geometry;

/// <summary>
/// Events whose dates span at least half the window (a month- or year-precision event seen in a week) cannot be placed
/// anywhere meaningful: each would be a bar across the whole chart. At 100k events a week holds ~2,000 of them, which
/// used to push every narrow window into bubbles. They are drawn as one count band instead, and only the rest are placed.
/// </summary>
public static class LongSpans
{
    /// <summary>The span, in days, from which an event counts as long in <paramref name="window"/>; never below 2 days.</summary>
    public static int MinDays(TimeWindow window) => Math.Max(2, (int)Math.Ceiling(window.Length.TotalDays / 2));

    public static bool IsLong(DateOnly date, DateOnly lastDay, int minDays) => lastDay.DayNumber - date.DayNumber + 1 >= minDays;

    /// <summary>Splits a window's counts into how many events are long and the counts of the others.</summary>
    public static (int Long, List<DayCount> Short) Split(IEnumerable<DayCount> counts, TimeWindow window)
    {
        var minDays = MinDays(window);
        var longCount = 0;
        var rest = new List<DayCount>();
        foreach (var c in counts)
        {
            if (IsLong(c.Date, c.LastDay, minDays))
            {
                longCount += c.Count;
            }
            else
            {
                rest.Add(c);
            }
        }
        return (longCount, rest);
    }
}
