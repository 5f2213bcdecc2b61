using Timeline.Domain.Model;

namespace Timeline.Domain.Curation;

/// <summary>One source's stated date for an event.</summary>
public sealed record SourceDate(int ArticleId, string ArticleTitle, EventDate Date, DatingBasis Basis, string Quote);

/// <summary>A date some of an event's sources state, with those sources.</summary>
public sealed record StatedDate(EventDate Date, IReadOnlyList<SourceDate> Sources);

/// <summary>
/// Where an event's sources state different dates: each date with the sources that state it. Only dates a sentence states
/// (explicitly or relative to its report) count, not a report's own day given to an undated sentence. Two days next to each
/// other are one when either was told relative to its report ("on Tuesday" in a report of the next morning); two calendar
/// dates a day apart disagree.
/// </summary>
public static class DateDisagreement
{
    /// <summary>Empty when the sources agree (or fewer than two state a date).</summary>
    public static IReadOnlyList<StatedDate> Of(IEnumerable<SourceDate> sources)
    {
        var groups = new List<(EventDate Date, List<SourceDate> Sources)>();
        foreach (var s in sources.Where(s => s.Basis is DatingBasis.Explicit or DatingBasis.Relative).OrderBy(s => s.Date.Start))
        {
            var same = groups.FindIndex(g => Agree(g.Date, s.Date, g.Sources.Any(x => x.Basis == DatingBasis.Relative) || s.Basis == DatingBasis.Relative));
            if (same >= 0) groups[same].Sources.Add(s);
            else groups.Add((s.Date, [s]));
        }
        // One article telling two dates of one event is its own story (a lead and a detail), not a disagreement of reports.
        if (groups.Count < 2 || groups.SelectMany(g => g.Sources).Select(s => s.ArticleId).Distinct().Count() < 2) return [];
        return [.. groups.Select(g => new StatedDate(g.Date, g.Sources))];
    }

    private static bool Agree(EventDate a, EventDate b, bool relative)
    {
        var slack = relative ? 1 : 0;
        return a.Start <= b.LastDay.AddDays(slack) && b.Start <= a.LastDay.AddDays(slack);
    }
}
