using System.Globalization;
using System.Text.RegularExpressions;
using Timeline.Domain.Knowledge;

namespace Timeline.Domain.Pipeline.Dating.Evidence;

/// <summary>"Foreign Minister Kuleba": the article was written while the person held that office.</summary>
internal sealed class TermsOfOffice : IDatingEvidence
{
    public void Constrain(DatingContext c)
    {
        foreach (var (person, office) in OfficesMentioned(c.Doc))
            c.Constrain(office.From, office.To ?? c.Today,
                $"{person} as {office.Title} ({office.From:yyyy-MM-dd}..{(office.To is { } t ? t.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) : "now")})");
    }

    /// <summary>
    /// People mentioned together with a keyword of one of their offices in the same sentence. Not in a sentence that gives
    /// its own year ("On 19 April 2023, Defence Minister Oleksii Reznikov announced ..."): there the title is the one held
    /// on that day, which an analysis may tell years later; nor after "then-" or "former".
    /// </summary>
    private static IEnumerable<(string Person, Office Office)> OfficesMentioned(AnalysedDocument doc)
    {
        var seen = new HashSet<string>();
        var text = doc.Article.Text;
        var dated = new HashSet<int>();
        foreach (var e in doc.Temporal)
            if (e.Year is not null && e.Kind is Temporal.TemporalKind.FullDate or Temporal.TemporalKind.MonthYear && !doc.Quoted[e.Start])
                dated.Add(doc.SentenceAt(e.Start));
        foreach (var m in doc.Mentions)
        {
            var person = m.Entities.FirstOrDefault(e => e.Kind == EntityKind.Person);
            if (person is null || person.OfficesOrEmpty.Count == 0 || seen.Contains(person.Name)) continue;
            var si = doc.SentenceAt(m.Start);
            if (si < 0 || dated.Contains(si) || FormerTitle(text, doc.Sentences[si].Start, m.Start)) continue;
            var s = doc.Sentences[si];
            var window = text[Math.Max(s.Start, m.Start - 80)..Math.Min(s.End, m.End + 60)];
            Office? hit = null;
            var hits = 0;
            foreach (var o in person.OfficesOrEmpty)
                if (o.Keywords.Any(k => window.Contains(k, StringComparison.OrdinalIgnoreCase)))
                {
                    if (hit is null || hit.Title != o.Title) hits++;
                    hit = hit is null ? o : hit with { From = hit.From < o.From ? hit.From : o.From, To = hit.To is null || o.To is null ? null : (hit.To > o.To ? hit.To : o.To) };
                }
            if (hit is null || hits > 1) continue;
            seen.Add(person.Name);
            yield return (person.Name, hit);
        }
    }

    private static readonly string[] Former = ["then", "former", "ex", "ehemalige", "ehemaliger", "ehemaligen", "бывший", "бывшего", "колишній", "колишнього"];

    /// <summary>
    /// "Then-Defense Minister Oleksii Reznikov", "former Chancellor Scholz": one of the three words before the name (a
    /// hyphen splits "then-Defense") says the person no longer held the title.
    /// </summary>
    private static bool FormerTitle(string text, int sentenceStart, int mention)
    {
        var from = Math.Max(sentenceStart, mention - 60);
        var words = text[from..mention].Split([' ', '-', '\n', ',', '(', '"'], StringSplitOptions.RemoveEmptyEntries);
        foreach (var w in words.TakeLast(3))
            if (Former.Contains(w, StringComparer.OrdinalIgnoreCase)) return true;
        return false;
    }
}

/// <summary>"a seven-month war": so long after an era began (the invasion).</summary>
internal sealed partial class EraAges : IDatingEvidence
{
    private static readonly string[] Numbers = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve"];

    // The qualifier and the number sit in a lookbehind so the engine scans for the unit only: numbers and number words
    // start at far more places. See Ages for how matches are taken as if matched from the number.
    [GeneratedRegex(@"(?<=(?:\b(?<q>more than|over|nearly|almost|about)\s*)?\b(?<n>\d{1,2}|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)[- ])(?<unit>day|week|month|year)s?[- ](?:old\s+|long\s+)?(?<what>\p{L}+(?:[- ]\p{L}+)?)", RegexOptions.IgnoreCase)]
    private static partial Regex Age();

    public void Constrain(DatingContext c)
    {
        foreach (var (m, value) in Ages(c.Text))
        {
            var era = c.Knowledge.Eras.FirstOrDefault(e => e.Keywords.Any(k => m.Groups["what"].Value.StartsWith(k, StringComparison.OrdinalIgnoreCase)));
            if (era is null) continue;
            var raw = m.Groups["n"].Value.ToLowerInvariant();
            var n = int.TryParse(raw, NumberStyles.None, CultureInfo.InvariantCulture, out var v) ? v : Array.IndexOf(Numbers, raw);
            if (n <= 0) continue;
            DateOnly Add(int k) => m.Groups["unit"].Value.ToLowerInvariant() switch
            {
                "day" => era.Start.AddDays(k), "week" => era.Start.AddDays(7 * k), "month" => era.Start.AddMonths(k), _ => era.Start.AddYears(k),
            };
            var q = m.Groups["q"].Value.ToLowerInvariant();
            var (lo, hi) = q is "nearly" or "almost" ? (Add(n - 1), Add(n)) : (Add(n), Add(n + 1));
            c.Constrain(lo, hi, $"'{value.Trim()}' counted from {era.Name} ({era.Start:yyyy-MM-dd})");
        }
    }

    /// <summary>The phrases with their text from the number on, as matching from the number would find them.</summary>
    private static IEnumerable<(Match Match, string Value)> Ages(string text)
    {
        var taken = 0;
        for (var m = Age().Match(text); m.Success; m = Age().Match(text, m.Index + 1))
        {
            var start = m.Groups["n"].Index;
            if (start < taken) continue;
            taken = m.Index + m.Length;
            yield return (m, text[start..taken]);
        }
    }
}

/// <summary>"© 2023": the year the page was written.</summary>
internal sealed partial class CopyrightYears : IDatingEvidence
{
    [GeneratedRegex(@"(?:©|\(c\)|copyright)\s*(?:©\s*)?(?<y>(?:19|20)\d{2})", RegexOptions.IgnoreCase)]
    private static partial Regex Copyright();

    public void Constrain(DatingContext c)
    {
        foreach (Match m in Copyright().Matches(c.Text))
        {
            var y = int.Parse(m.Groups["y"].Value, CultureInfo.InvariantCulture);
            c.Constrain(new DateOnly(y, 1, 1), new DateOnly(y, 12, 31), $"copyright {y}");
        }
    }
}

/// <summary>
/// What the text tells as past happened before it was written: its latest explicit date or month, and the eras it names
/// ("since the invasion"), bound the publication from below.
/// </summary>
internal sealed class TextsOwnPast(PastBounds bounds) : IDatingEvidence
{
    public void Constrain(DatingContext c)
    {
        c.Past = bounds.Latest(c.Doc, c.KnownMeetings);
        if (c.Past is { } p) c.Constrain(p.Date, c.To ?? c.Today, p.Why);
    }
}
