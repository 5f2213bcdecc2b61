using System.Globalization;

namespace Timeline.Web.Components.Pages.Timeline.Geometry;

/// <summary>A tick at <see cref="X"/>; its label starts just right of it.</summary>
public sealed record Tick(double X, string Label);

/// <summary>The fine row (days .. decades) and the context row above it (day, month or year the fine ticks belong to).</summary>
public sealed record AxisTicks(string Unit, IReadOnlyList<Tick> Fine, IReadOnlyList<Tick> Context);

/// <summary>Chooses the finest tick step whose labels fit, from decades down to days (no event has a time of day), and lays the labels out without overlap.</summary>
public static class TickGenerator
{
    /// <summary>Average advance of the axis font (11px system sans) per character, plus a gap between labels.</summary>
    public const double CharWidth = 6.6;
    public const double LabelGap = 10;
    public const double LabelOffset = 3;

    private static readonly CultureInfo En = CultureInfo.InvariantCulture;

    private sealed record Step(string Unit, TimeSpan Shortest, string SampleLabel, Func<DateTime, DateTime> Floor,
        Func<DateTime, DateTime> Next, Func<DateTime, string> Label, Func<DateTime, DateTime>? ContextFloor,
        Func<DateTime, DateTime>? ContextNext, Func<DateTime, string>? ContextLabel);

    private static DateTime Year(DateTime t) => new(t.Year, 1, 1);
    private static DateTime Month(DateTime t) => new(t.Year, t.Month, 1);
    private static DateTime YearsFloor(DateTime t, int n) => new(t.Year - ((t.Year % n) + n) % n, 1, 1);
    private static DateTime MonthsFloor(DateTime t, int n) => new(t.Year, ((t.Month - 1) / n * n) + 1, 1);
    private static DateTime Monday(DateTime t) => t.Date.AddDays(-(((int)t.DayOfWeek + 6) % 7));

    private static Step Years(int n, string unit) => new(unit, TimeSpan.FromDays(365 * n), "2024",
        t => YearsFloor(t, n), t => t.AddYears(n), t => t.ToString("yyyy", En),
        null, null, null);

    // From fine to coarse; the first that fits wins.
    private static readonly Step[] Steps =
    [
        new("day", TimeSpan.FromDays(1), "Wed 30", t => t.Date, t => t.AddDays(1), t => t.ToString("ddd d", En), Month, t => t.AddMonths(1), t => t.ToString("MMMM yyyy", En)),
        new("day", TimeSpan.FromDays(1), "30", t => t.Date, t => t.AddDays(1), t => t.ToString("%d", En), Month, t => t.AddMonths(1), t => t.ToString("MMMM yyyy", En)),
        new("week", TimeSpan.FromDays(7), "30 Sep", Monday, t => t.AddDays(7), t => t.ToString("d MMM", En), Month, t => t.AddMonths(1), t => t.ToString("MMMM yyyy", En)),
        new("month", TimeSpan.FromDays(28), "Sep", Month, t => t.AddMonths(1), t => t.ToString("MMM", En), Year, t => t.AddYears(1), t => t.ToString("yyyy", En)),
        new("quarter", TimeSpan.FromDays(89), "Sep", t => MonthsFloor(t, 3), t => t.AddMonths(3), t => t.ToString("MMM", En), Year, t => t.AddYears(1), t => t.ToString("yyyy", En)),
        Years(1, "year"),
        Years(2, "2 years"),
        Years(5, "5 years"),
        Years(10, "decade"),
        Years(20, "20 years"),
    ];

    public static double LabelWidth(string label) => label.Length * CharWidth + LabelGap;

    /// <summary>Whether a tick's label ends inside the chart; one that would be cut at the right edge is left out (its grid line stays).</summary>
    public static bool LabelFits(Tick tick, double width) => tick.X + LabelOffset + tick.Label.Length * CharWidth <= width;

    public static AxisTicks Generate(TimeScale scale)
    {
        var step = Steps.FirstOrDefault(s => s.Shortest.TotalDays * scale.PixelsPerDay >= LabelWidth(s.SampleLabel)) ?? Steps[^1];
        var fine = new List<Tick>();
        var end = scale.Window.End;
        for (var t = step.Floor(scale.Window.Start); t < end; t = step.Next(t))
        {
            if (t >= scale.Window.Start)
            {
                fine.Add(new Tick(scale.X(t), step.Label(t)));
            }
        }
        var context = new List<Tick>();
        if (step.ContextFloor is { } floor && step.ContextNext is { } next && step.ContextLabel is { } label)
        {
            var first = floor(scale.Window.Start);
            // The period in progress at the left edge is labelled at the edge, so the reader always knows where they are.
            context.Add(new Tick(scale.X0, label(first)));
            for (var t = next(first); t < end; t = next(t))
            {
                context.Add(new Tick(scale.X(t), label(t)));
            }
        }
        return new AxisTicks(step.Unit, WithoutOverlap(fine), WithoutOverlap(context));
    }

    /// <summary>Drops labels that would run into the previous kept one; the sticky edge label yields to a real boundary.</summary>
    private static List<Tick> WithoutOverlap(List<Tick> ticks)
    {
        var kept = new List<Tick>();
        for (var i = 0; i < ticks.Count; i++)
        {
            var t = ticks[i];
            if (kept.Count > 0 && t.X < kept[^1].X + LabelWidth(kept[^1].Label))
            {
                if (kept.Count == 1 && i == 1)
                {
                    kept[0] = t;
                }
                continue;
            }
            kept.Add(t);
        }
        return kept;
    }
}
