using Timeline.Domain.Model;
using System.Globalization;

namespace Timeline.Domain.Export;

/// <summary>
/// Window bounds as people write them: `2024`, `2024-04` or `2024-04-04` (or the page's `2024-04-04T06`). A `from` takes the first day
/// of what it names and a `to` the last, so `--from 2024 --to 2024` is the whole year.
/// </summary>
public static class DateBounds
{
    /// <summary>The range a bound is clamped to: far beyond any event, and far from the calendar's ends, where adding
    /// a day to "9999-12-31" overflowed into a server error.</summary>
    public static readonly DateOnly Earliest = new(1900, 1, 1);
    public static readonly DateOnly Latest = new(2100, 12, 31);

    public static DateOnly Clamp(DateOnly d) => d < Earliest ? Earliest : d > Latest ? Latest : d;

    public static DateOnly? ParseFrom(string value) => Parse(value, last: false);

    public static DateOnly? ParseTo(string value) => Parse(value, last: true);

    /// <summary>"2024-04-04", "2024-04" or "2024" as an event's date at that precision; null when unreadable or out of range.</summary>
    public static EventDate? ParseEventDate(string value)
    {
        var v = value.Trim();
        if (ParseUnclamped(v, last: false) is not { } d || d < Earliest || d > Latest) return null;
        var precision = v.Length == 4 ? DatePrecision.Year : v.Length == 7 ? DatePrecision.Month : DatePrecision.Day;
        return new EventDate(d, null, precision, false);
    }

    private static DateOnly? Parse(string value, bool last) => ParseUnclamped(value, last) is { } d ? Clamp(d) : null;

    private static DateOnly? ParseUnclamped(string value, bool last)
    {
        value = value.Trim();
        var inv = CultureInfo.InvariantCulture;
        if (DateOnly.TryParseExact(value, "yyyy-MM-dd", inv, DateTimeStyles.None, out var day))
        {
            return day;
        }
        if (DateOnly.TryParseExact(value, "yyyy-MM", inv, DateTimeStyles.None, out var month))
        {
            return last ? new DateOnly(month.Year, month.Month, DateTime.DaysInMonth(month.Year, month.Month)) : month;
        }
        if (value.Length == 4 && int.TryParse(value, NumberStyles.None, inv, out var year) && year >= 1)
        {
            return last ? new DateOnly(year, 12, 31) : new DateOnly(year, 1, 1);
        }
        // The page's address after a zoom ("2024-04-04T06"): events are dated to days, so a bound is the day it falls in;
        // an end at midnight ends the day before.
        if (ParseInstant(value) is { } instant)
        {
            var date = DateOnly.FromDateTime(instant);
            return last && instant.TimeOfDay == TimeSpan.Zero ? date.AddDays(-1) : date;
        }
        return null;
    }

    /// <summary>A bound written to the hour or minute ("2024-04-04T06", as the page writes a zoomed window); null otherwise.</summary>
    public static DateTime? ParseInstant(string? value) =>
        DateTime.TryParseExact(value?.Trim(), ["yyyy-MM-dd'T'HH", "yyyy-MM-dd'T'HH:mm"], CultureInfo.InvariantCulture, DateTimeStyles.None, out var t) ? t : null;
}
