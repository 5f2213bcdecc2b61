using Timeline.Web.Components.Pages.Timeline.Geometry;
using System.Globalization;
using Timeline.Domain.Model;

namespace Timeline.Web.Components.Shared;

/// <summary>One colour per event type, readable on light and dark surfaces; the CSS uses the same names.</summary>
public static class EventTypes
{
    public static string Css(EventType type) => "tl-type-" + type.ToString().ToLowerInvariant();

    public static string Color(EventType type) => type switch
    {
        EventType.Meeting => "#4C7FE8",
        EventType.Decision => "#8A63E6",
        EventType.Pledge => "#D99A0B",
        EventType.Delivery => "#23A05A",
        EventType.Request => "#139BB0",
        EventType.Attack => "#E0474C",
        EventType.Statement => "#7C8798",
        _ => "#B07A55",
    };
}

/// <summary>Counts as readers expect them: "1 event", "2,935 events".</summary>
public static class Counts
{
    public static string Of(int n, string singular, string plural) =>
        n == 1 ? $"1 {singular}" : $"{n.ToString("N0", CultureInfo.InvariantCulture)} {plural}";

    public static string Events(int n) => Of(n, "event", "events");
}

/// <summary>Dates as readers expect them, at the precision the sources support.</summary>
public static class Dates
{
    private static readonly CultureInfo En = CultureInfo.InvariantCulture;

    public static string Format(DateOnly date, DateOnly? end, DatePrecision precision) => precision switch
    {
        DatePrecision.Year => date.ToString("yyyy", En),
        DatePrecision.Month => date.ToString("MMM yyyy", En),
        DatePrecision.Week => "week of " + date.ToString("d MMM yyyy", En),
        _ when end is { } e && e != date => date.ToString("d MMM", En) + " – " + e.ToString("d MMM yyyy", En),
        _ => date.ToString("d MMM yyyy", En),
    };

    /// <summary>The list's short form: one line in a narrow column; the full form goes in its tooltip.</summary>
    public static string Compact(DateOnly date, DateOnly? end, DatePrecision precision) => precision switch
    {
        DatePrecision.Week => "wk " + date.ToString("d MMM yyyy", En),
        _ when precision == DatePrecision.Day && end is { } e && e != date && e.Year == date.Year && e.Month == date.Month =>
            date.Day.ToString(En) + "–" + e.ToString("d MMM yyyy", En),
        _ => Format(date, end, precision),
    };

    public static string Iso(DateOnly date) => date.ToString("yyyy-MM-dd", En);

    /// <summary>The days a window touches: events have no time of day, so neither does the label.</summary>
    public static string Range(TimeWindow window) =>
        window.FirstDay == window.LastDay
            ? window.FirstDay.ToString("d MMM yyyy", En)
            : window.FirstDay.ToString("d MMM yyyy", En) + " – " + window.LastDay.ToString("d MMM yyyy", En);
}
