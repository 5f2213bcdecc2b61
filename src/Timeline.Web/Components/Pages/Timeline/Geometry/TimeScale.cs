using System.Globalization;

namespace Timeline.Web.Components.Pages.Timeline.Geometry;

/// <summary>A half-open time window [Start, End) and the gestures that move it.</summary>
public readonly record struct TimeWindow(DateTime Start, DateTime End)
{
    /// <summary>One day: events are dated to the day at best, so a narrower window would only invent times of day.</summary>
    public static readonly TimeSpan MinLength = TimeSpan.FromDays(1);
    public static readonly TimeSpan MaxLength = TimeSpan.FromDays(365.25 * 60);

    public TimeSpan Length => End - Start;

    /// <summary>The first calendar day the window touches.</summary>
    public DateOnly FirstDay => DateOnly.FromDateTime(Start);

    /// <summary>The last calendar day the window touches (End is exclusive).</summary>
    public DateOnly LastDay => DateOnly.FromDateTime(End.AddTicks(-1));

    public static TimeWindow Days(DateOnly first, DateOnly lastInclusive) =>
        new(first.ToDateTime(TimeOnly.MinValue), lastInclusive.AddDays(1).ToDateTime(TimeOnly.MinValue));

    /// <summary>
    /// The longest window zooming out may reach: <see cref="MaxLength"/>, or the data's whole extent when that is longer,
    /// so zooming out always gets back to what "Fit all" shows.
    /// </summary>
    public static TimeSpan MaxLengthFor(TimeWindow dataExtent) => dataExtent.Length > MaxLength ? dataExtent.Length : MaxLength;

    /// <summary>Zooms by <paramref name="factor"/> (&lt;1 zooms in) keeping the instant under <paramref name="anchor"/> (0..1) in place.</summary>
    public TimeWindow Zoom(double anchor, double factor) => Zoom(anchor, factor, MaxLength);

    /// <summary>As <see cref="Zoom(double, double)"/>, never longer than <paramref name="maxLength"/> (see <see cref="MaxLengthFor"/>).</summary>
    public TimeWindow Zoom(double anchor, double factor, TimeSpan maxLength)
    {
        anchor = Math.Clamp(anchor, 0, 1);
        var ticks = Math.Clamp(Length.Ticks * factor, MinLength.Ticks, Math.Max(maxLength.Ticks, MinLength.Ticks));
        var pivot = Start.Ticks + Length.Ticks * anchor;
        var start = pivot - ticks * anchor;
        return FromTicks(start, start + ticks);
    }

    /// <summary>Moves by a fraction of the window's length (positive = later).</summary>
    public TimeWindow Pan(double fraction)
    {
        var delta = Length.Ticks * fraction;
        return FromTicks(Start.Ticks + delta, End.Ticks + delta);
    }

    /// <summary>Zooms so the window spans [from, to) exactly, never narrower than <see cref="MinLength"/>.</summary>
    public static TimeWindow Span(DateTime from, DateTime to)
    {
        if (to - from >= MinLength)
        {
            return new TimeWindow(from, to);
        }
        var mid = from.Ticks + (to - from).Ticks / 2;
        return FromTicks(mid - MinLength.Ticks / 2.0, mid + MinLength.Ticks / 2.0);
    }

    private static TimeWindow FromTicks(double start, double end)
    {
        var min = new DateTime(1900, 1, 1).Ticks;
        var max = new DateTime(2200, 1, 1).Ticks;
        // Whole hours keep the URL short and free of clock times no event has. The length is rounded, not each edge, so a
        // run of zoom steps does not drift.
        var hour = TimeSpan.TicksPerHour;
        var length = Math.Max((long)Math.Round((end - start) / hour) * hour, hour);
        var s = (long)Math.Round(Math.Clamp(start, min, max - length) / hour) * hour;
        return new TimeWindow(new DateTime(s), new DateTime(s + length));
    }

    /// <summary>
    /// A half range ("?from=2024-01-01" alone) reaches the supported bounds on its open side; shown, that side ends where the
    /// data ends (<paramref name="data"/>), not in 2100. When the data ends before the given edge, a year is shown.
    /// </summary>
    public TimeWindow CloseOpenSides(TimeWindow data)
    {
        var openStart = Start <= Domain.Export.DateBounds.Earliest.ToDateTime(TimeOnly.MinValue);
        var openEnd = End >= Domain.Export.DateBounds.Latest.AddDays(1).ToDateTime(TimeOnly.MinValue);
        if (openStart == openEnd)
        {
            return this;
        }
        var year = TimeSpan.FromDays(365);
        return openEnd
            ? new TimeWindow(Start, data.End - Start >= MinLength ? data.End : Start + year)
            : new TimeWindow(End - data.Start >= MinLength ? data.Start : End - year, End);
    }

    /// <summary>URL form: whole days as yyyy-MM-dd (to inclusive), otherwise yyyy-MM-ddTHH (to exclusive).</summary>
    public (string From, string To) ToQuery()
    {
        var wholeDays = Start.TimeOfDay == TimeSpan.Zero && End.TimeOfDay == TimeSpan.Zero;
        return wholeDays
            ? (FirstDay.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), LastDay.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture))
            : (Start.ToString("yyyy-MM-dd'T'HH", CultureInfo.InvariantCulture), End.ToString("yyyy-MM-dd'T'HH", CultureInfo.InvariantCulture));
    }

    /// <summary>
    /// The window of a filter's bounds as <see cref="Domain.Export.FilterParser"/> read them (<paramref name="first"/> and
    /// <paramref name="last"/> day), kept to the hour when the address gives one ("2024-04-04T06", as the page writes a
    /// zoomed window). Null when neither bound was read, or when they are reversed, which the parser reports. A half range
    /// reaches the supported bounds on its open side (see <see cref="CloseOpenSides"/>).
    /// </summary>
    public static TimeWindow? FromBounds(DateOnly? first, DateOnly? last, string? from, string? to)
    {
        if (first is null && last is null || first > last)
        {
            return null;
        }
        var earliest = Domain.Export.DateBounds.Earliest.ToDateTime(TimeOnly.MinValue);
        var latest = Domain.Export.DateBounds.Latest.AddDays(1).ToDateTime(TimeOnly.MinValue);
        var start = first is { } f ? Hour(from) ?? f.ToDateTime(TimeOnly.MinValue) : earliest;
        var end = last is { } l ? Hour(to) ?? l.AddDays(1).ToDateTime(TimeOnly.MinValue) : latest;
        DateTime Clamp(DateTime t) => t < earliest ? earliest : t > latest ? latest : t;
        (start, end) = (Clamp(start), Clamp(end));
        return end > start ? Span(start, end) : null;
    }

    /// <summary>The instant of a bound written to the hour (or minute); the parser reads it as the day it falls in.</summary>
    private static DateTime? Hour(string? text) => Domain.Export.DateBounds.ParseInstant(text);
}

/// <summary>Maps instants to x in the SVG's user space: [X0, X0 + Width] spans the window.</summary>
public sealed record TimeScale(TimeWindow Window, double Width, double X0 = 0)
{
    public double PixelsPerDay => Width / Window.Length.TotalDays;

    public double X(DateTime t) => X0 + (t - Window.Start).Ticks / (double)Window.Length.Ticks * Width;

    public double X(DateOnly d) => X(d.ToDateTime(TimeOnly.MinValue));

    public DateTime Time(double x) => Window.Start.AddTicks((long)((x - X0) / Width * Window.Length.Ticks));
}

/// <summary>Numbers in SVG attributes must not follow the user's culture (a comma breaks the path).</summary>
public static class Svg
{
    public static string N(double value) => Math.Round(value, 1).ToString("0.#", CultureInfo.InvariantCulture);
}
