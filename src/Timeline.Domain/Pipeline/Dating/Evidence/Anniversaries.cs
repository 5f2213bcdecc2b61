using System.Globalization;
using System.Text.RegularExpressions;
using Timeline.Domain.Knowledge;

namespace Timeline.Domain.Pipeline.Dating.Evidence;

/// <summary>
/// "NATO's 75th anniversary": summits, reports and speeches fill the whole anniversary year, so it gives the year. It gives
/// the day only when the text's "on Thursday" is the anniversary's weekday or the text marks the anniversary that day.
/// </summary>
internal sealed partial class Anniversaries : IDatingEvidence
{
    [GeneratedRegex(@"(?<n>\d{1,3})(?:st|nd|rd|th|-?летия|-?летие|-?річчя|-?ліття|-я|-ї)?\s*(?:anniversary|годовщин\p{L}*|річниц\p{L}*)|(?<n>\d{1,3})-?(?:летие|летия|річчя|ліття)", RegexOptions.IgnoreCase)]
    private static partial Regex Anniversary();

    [GeneratedRegex(@"\b(?:mark|marks|marked|marking|celebrat\p{L}*|commemorat\p{L}*)\b[^.!?\n]{0,60}$|^[^.!?\n]{0,30}\b(?:today|this day)\b", RegexOptions.IgnoreCase)]
    private static partial Regex AnniversaryMarked();

    public void Constrain(DatingContext c)
    {
        foreach (var (n, org, day, _) in Found(c))
            c.Constrain(new DateOnly(day.Year, 1, 1), new DateOnly(day.Year, 12, 31), $"the {n}th anniversary of {org.Name} (founded {org.Founded:yyyy-MM-dd}) in {day.Year}");
    }

    public void Propose(DatingContext c)
    {
        foreach (var (n, org, day, at) in Found(c))
            if (c.InRange(day) && (c.Uses(day.DayOfWeek) || MarksAnniversary(c.Text, at)))
                c.Propose(day, c.Weights.Anniversary, $"the {n}th anniversary of {org.Name} (founded {org.Founded:yyyy-MM-dd})");
    }

    private static IEnumerable<(int N, Entity Org, DateOnly Day, int At)> Found(DatingContext c)
    {
        foreach (Match m in Anniversary().Matches(c.Text))
        {
            if (c.Doc.Quoted[m.Index]) continue;
            var n = int.Parse(m.Groups["n"].Value, CultureInfo.InvariantCulture);
            if (n <= 0 || FoundedNear(c.Doc, m.Index) is not { Founded: { } founded } org) continue;
            yield return (n, org, founded.AddYears(n), m.Index);
        }
    }

    /// <summary>"NATO marks its 75th anniversary", "the anniversary ... today": the text is written on the day itself.</summary>
    private static bool MarksAnniversary(string text, int at)
    {
        var before = Math.Max(0, at - 80);
        var after = Math.Min(text.Length, at + 40);
        return AnniversaryMarked().IsMatch(text[before..at]) || AnniversaryMarked().IsMatch(text[at..after]);
    }

    /// <summary>The organisation whose anniversary it is: one with a founding date in the same sentence, else the most mentioned.</summary>
    private static Entity? FoundedNear(AnalysedDocument doc, int offset)
    {
        var si = doc.SentenceAt(offset);
        Entity? inSentence = null;
        var counts = new Dictionary<Entity, int>();
        foreach (var m in doc.Mentions)
        {
            var org = m.Entities.FirstOrDefault(e => e.Kind == EntityKind.Organisation && e.Founded is not null);
            if (org is null) continue;
            counts[org] = counts.GetValueOrDefault(org) + 1;
            if (si >= 0 && m.Start >= doc.Sentences[si].Start && m.Start < doc.Sentences[si].End) inSentence ??= org;
        }
        return inSentence ?? counts.OrderByDescending(kv => kv.Value).Select(kv => kv.Key).FirstOrDefault();
    }
}
