namespace Timeline.Web.Components.Pages.Timeline.Geometry;

/// <summary>
/// The window a page opens on when the URL names none. "Fit all" would let one background event (NATO's founding in 1949)
/// squash three busy years into a few pixels, so far outliers are left out of the opening view; "Fit all" still shows them.
/// </summary>
public static class DefaultWindow
{
    /// <summary>Only a few events may be trimmed; beyond this share the data is spread out, not an outlier.</summary>
    public const double MaxTrimmedShare = 0.1;

    /// <summary>
    /// A tail is far when the empty stretch between it and the rest is longer than the rest itself: then fitting it would
    /// give more than half the chart to nothing. Quartile fences are no good here: news events come in clumps.
    /// </summary>
    public const double GapToRest = 1.0;

    public static TimeWindow Choose(IReadOnlyList<DayCount> counts)
    {
        var total = counts.Sum(c => c.Count);
        var ordered = counts.OrderBy(c => c.Date).ThenBy(c => c.LastDay).ToList();
        var budget = (int)Math.Floor(total * MaxTrimmedShare);
        var (lo, hi, trimmed) = (0, ordered.Count - 1, 0);
        for (var changed = budget > 0; changed;)
        {
            changed = false;
            if (LowTail(ordered, lo, hi, budget - trimmed) is { } low)
            {
                trimmed += ordered.Skip(lo).Take(low - lo).Sum(c => c.Count);
                (lo, changed) = (low, true);
            }
            if (HighTail(ordered, lo, hi, budget - trimmed) is { } high)
            {
                trimmed += ordered.Skip(high + 1).Take(hi - high).Sum(c => c.Count);
                (hi, changed) = (high, true);
            }
        }
        return DensityStrip.DataExtent(trimmed == 0 ? counts : ordered.GetRange(lo, hi - lo + 1));
    }

    /// <summary>The new first index when a far early tail of at most <paramref name="budget"/> events can go; null otherwise.</summary>
    private static int? LowTail(List<DayCount> ordered, int lo, int hi, int budget)
    {
        // Latest end among ordered[k..hi], for every k: one pass instead of one per candidate.
        var restEnds = new int[hi - lo + 2];
        restEnds[^1] = int.MinValue;
        for (var k = hi; k >= lo; k--)
        {
            restEnds[k - lo] = Math.Max(restEnds[k - lo + 1], ordered[k].LastDay.DayNumber);
        }
        var (weight, tailEnd) = (0, int.MinValue);
        for (var i = lo; i < hi; i++)
        {
            tailEnd = Math.Max(tailEnd, ordered[i].LastDay.DayNumber);
            weight += ordered[i].Count;
            if (weight > budget)
            {
                return null;
            }
            var restStart = ordered[i + 1].Date.DayNumber;
            var restEnd = restEnds[i + 1 - lo];
            if (restStart - tailEnd > GapToRest * Math.Max(restEnd - restStart, 1))
            {
                return i + 1;
            }
        }
        return null;
    }

    /// <summary>The new last index when a far late tail of at most <paramref name="budget"/> events can go; null otherwise.</summary>
    private static int? HighTail(List<DayCount> ordered, int lo, int hi, int budget)
    {
        // Latest end among ordered[lo..k], for every k.
        var restEnds = new int[hi - lo + 1];
        for (var k = lo; k <= hi; k++)
        {
            restEnds[k - lo] = Math.Max(k == lo ? int.MinValue : restEnds[k - lo - 1], ordered[k].LastDay.DayNumber);
        }
        var weight = 0;
        for (var j = hi; j > lo; j--)
        {
            weight += ordered[j].Count;
            if (weight > budget)
            {
                return null;
            }
            var restStart = ordered[lo].Date.DayNumber;
            var restEnd = restEnds[j - 1 - lo];
            if (ordered[j].Date.DayNumber - restEnd > GapToRest * Math.Max(restEnd - restStart, 1))
            {
                return j - 1;
            }
        }
        return null;
    }
}
