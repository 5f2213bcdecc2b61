using System.Globalization;
using System.Text.RegularExpressions;
using Timeline.Domain.Languages;

namespace Timeline.Domain.Pipeline.Dating.Evidence;

/// <summary>
/// "Russia-Ukraine war, day 233", "233-й день войны", "Tag 233 des Krieges": a live blog counts the days since an era
/// began, day 1 being its first day; the count beside the era's name is the day of writing. The words for "day" are the
/// language files' (<see cref="Language.DayWords"/>), the eras and their names the knowledge file's.
/// </summary>
internal sealed class WarDays : IDatingEvidence
{
    /// <summary>How far from the count the era's name may stand, on the same line.</summary>
    private const int Reach = 50;

    private static readonly Lazy<Regex?> Count = new(() =>
    {
        if (Lexicon.Default.DayWords.Count == 0) return null;
        var words = string.Join('|', Lexicon.Default.DayWords.OrderByDescending(w => w.Length).Select(Regex.Escape));
        return new Regex($@"\b(?<n>\d{{1,4}})(?:st|nd|rd|th|-?й|-?ий|-?го|-?ого|\.)?\s+(?:{words})\b|\b(?:{words})\s+(?<n>\d{{1,4}})\b",
            RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1));
    });

    public void Propose(DatingContext c)
    {
        if (Count.Value is not { } count) return;
        foreach (Match m in count.Matches(c.Text))
        {
            if (c.Doc.Quoted[m.Index]) continue;
            var n = int.Parse(m.Groups["n"].Value, CultureInfo.InvariantCulture);
            if (n <= 0 || EraNear(c, m) is not { } era) continue;
            var day = era.Start.AddDays(n - 1);
            if (day > c.Today || !c.InRange(day)) continue;
            c.Propose(day, c.Weights.WarDay, $"'{m.Value.Trim()}' counted from {era.Name} ({era.Start:yyyy-MM-dd}) as day 1");
            return;
        }
    }

    private static Knowledge.Era? EraNear(DatingContext c, Match m)
    {
        var text = c.Text;
        var from = m.Index;
        while (from > 0 && m.Index - from < Reach && text[from - 1] != '\n') from--;
        var to = m.Index + m.Length;
        while (to < text.Length && to - m.Index - m.Length < Reach && text[to] != '\n') to++;
        var around = text[from..to];
        // Whole words only: "day 2 of his visit to Warsaw" is no war's day.
        return c.Knowledge.Eras.FirstOrDefault(e => e.Keywords.Any(k =>
            Regex.IsMatch(around, $@"(?<!\p{{L}}){Regex.Escape(k)}(?!\p{{L}})", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1))));
    }
}
