using Timeline.Domain.Model;

namespace Timeline.Domain.Pipeline.Dating.Evidence;

/// <summary>
/// One scorer for all the evidence: candidates of the same day add up (<see cref="DatingWeights.Agreement"/> per extra one,
/// <see cref="DatingWeights.WeekdayFits"/> when the text's "on Thursday" is that day's weekday,
/// <see cref="DatingWeights.Constrained"/> when offices or eras narrow the range), capped at <see cref="DatingWeights.Cap"/>;
/// the best day has the highest confidence, then is the latest.
/// </summary>
internal static class DatingScorer
{
    public static PublicationDate Best(DatingContext c)
    {
        var notes = c.Notes;
        var candidates = c.Candidates;
        if (candidates.Count == 0)
            return PublicationDate.Unknown with
            {
                Evidence = notes.Count > 0 ? "no date found; only " + string.Join(", ", notes) : PublicationDate.Unknown.Evidence,
                NotBefore = NotBefore(c),
                Possible = Possible(c),
            };
        // Loops rather than grouping and sorting value tuples, which have no precompiled code and cost milliseconds to compile.
        DateOnly bestDate = default;
        var bestConf = 0.0;
        string? bestWhy = null;
        var w = c.Weights;
        for (var i = 0; i < candidates.Count; i++)
        {
            var date = candidates[i].Date;
            if (candidates.FindIndex(x => x.Date == date) < i) continue; // scored with its first candidate
            var group = candidates.FindAll(x => x.Date == date);
            var max = group[0].Confidence;
            foreach (var x in group) if (x.Confidence > max) max = x.Confidence;
            var conf = Math.Min(w.Cap, max + w.Agreement * (group.Count - 1) + (c.Uses(date.DayOfWeek) ? w.WeekdayFits : 0) + (c.From is not null ? w.Constrained : 0));
            if (bestWhy is not null && (conf < bestConf || (conf == bestConf && date <= bestDate))) continue;
            (bestDate, bestConf, bestWhy) = (date, conf, string.Join("; ", group.Select(x => x.Evidence).Distinct()));
        }
        var why = bestWhy + (c.Uses(bestDate.DayOfWeek) ? $"; the text's '{bestDate.DayOfWeek}' fits" : "")
            + (notes.Count > 0 ? "; consistent with " + string.Join(", ", notes) : "");
        return new PublicationDate(bestDate, DatePrecision.Day, PublicationDateSource.Inferred, Math.Round(bestConf, 2), why) { NotBefore = NotBefore(c), Possible = Possible(c) };
    }

    /// <summary>What places "in November" in an undated report: not a file photo's month, which may be years older than the report.</summary>
    private static DateOnly? NotBefore(DatingContext c) => c.Past is { FilePhoto: false } p ? p.Date : null;

    private static (DateOnly From, DateOnly To)? Possible(DatingContext c) =>
        c.From is null && c.To is null ? null : (c.From ?? DateOnly.MinValue, c.To ?? DateOnly.MaxValue);
}
