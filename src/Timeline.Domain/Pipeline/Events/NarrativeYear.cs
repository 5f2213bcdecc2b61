using Timeline.Domain.Model;
using Timeline.Domain.Pipeline.Temporal;

namespace Timeline.Domain.Pipeline.Events;

/// <summary>
/// "Germany's first IRIS-T reached Ukraine in October 2022, ... and the first NASAMS followed in November"; "The first
/// Patriots arrived in April 2023. On the night of 4 May, one of them ...": a story told in order names a year, and the
/// months and days after it without one are in that year, not in the last one before the publication date.
/// </summary>
internal static class NarrativeYear
{
    /// <summary>
    /// The date of a month or a day and month without a year, in the year that the same sentence or the report sentence
    /// before it has just named, when it falls on or after the date named there; null otherwise.
    /// </summary>
    public static ResolvedDate? Resolve(ArticleReading reading, SentenceReading s, TemporalExpression e, ITemporalResolver resolver, IEnumerable<DateOnly> eraStarts)
    {
        if (e.Kind is not (TemporalKind.DayMonth or TemporalKind.Month) || e.Anchor != Anchor.Nearest || e.Year is not null) return null;
        var named = Named(reading.DatePhrases(s.Index), e.Start)
            ?? (reading.PreviousReport(s.Index) is { } k ? Named(reading.DatePhrases(k), int.MaxValue) : null);
        if (named is null) return null;
        var since = new DateOnly(named.Year!.Value, named.Month!.Value, named.Day ?? 1);
        // "since the invasion on 24 February 2022" is every report's background, not the story's year.
        if (eraStarts.Contains(since)) return null;
        if (resolver.Resolve(e, new DateOnly(since.Year, 12, 31), false) is not { } resolved || resolved.Date.Start < since) return null;
        return resolved with { Explanation = $"'{e.Text.Trim()}' in {since.Year}, the year the story has just named ('{named.Text.Trim()}')" };
    }

    /// <summary>The last phrase before <paramref name="before"/> that names a month of a year ("October 2022", "13 April 2024").</summary>
    private static TemporalExpression? Named(IReadOnlyList<TemporalExpression> phrases, int before)
    {
        TemporalExpression? named = null;
        foreach (var p in phrases)
            if (p.Start < before && p.Kind is TemporalKind.FullDate or TemporalKind.MonthYear && p.Year is not null && p.Month is not null) named = p;
        return named;
    }
}
