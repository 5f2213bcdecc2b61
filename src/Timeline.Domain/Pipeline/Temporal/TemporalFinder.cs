using System.Globalization;
using System.Text.RegularExpressions;
using Timeline.Domain.Languages;

namespace Timeline.Domain.Pipeline.Temporal;

public interface ITemporalFinder
{
    IReadOnlyList<TemporalExpression> Find(string text);
}

/// <summary>
/// Step one of temporal tagging: find date phrases and what kind they are, without resolving them. Numeric dates are
/// the same in every language; the rest comes from each language's words (<see cref="Lexicon"/>), whose patterns run
/// over the whole text once. Where matches overlap the longer wins, on equal length the earlier (more specific) pattern.
/// </summary>
public sealed partial class TemporalFinder(Lexicon? lexicon = null) : ITemporalFinder
{
    private readonly TemporalPatterns _patterns = (lexicon ?? Lexicon.Default).Patterns;

    [GeneratedRegex(@"\b(?<year>(?:19|20)\d{2})-(?<mon>0[1-9]|1[0-2])-(?<day>0[1-9]|[12]\d|3[01])\b")]
    private static partial Regex Iso();

    [GeneratedRegex(@"(?<![\d.])(?<day>[0-3]?\d)\.(?<mon>[01]?\d)\.(?<year>(?:19|20)\d{2})\b")]
    private static partial Regex Dotted();

    // "28/05/2024": day and month only when one of the two numbers cannot be a month (else the order is unknown).
    [GeneratedRegex(@"(?<![\d/])(?<a>[0-3]?\d)/(?<b>[0-3]?\d)/(?<year>(?:19|20)\d{2})\b")]
    private static partial Regex Slashed();

    public IReadOnlyList<TemporalExpression> Find(string text)
    {
        var all = new List<TemporalExpression>();

        void Add(TemporalExpression? e)
        {
            if (e is not null) all.Add(e);
        }

        var cyrillic = HasCyrillic(text);
        var languages = new List<LanguagePatterns>(_patterns.Languages.Count);
        foreach (var l in _patterns.Languages) if (l.AppliesTo(text, cyrillic)) languages.Add(l);

        foreach (var l in languages)
        {
            if (l.NightFrom is { } from && text.Contains(' '))
                foreach (var m in from.Matches(text)) Add(Night(l, m));
            if (l.NightOn is { } on)
                foreach (var m in on.Matches(text)) Add(Night(l, m));
        }
        foreach (Match m in Iso().Matches(text)) Add(Full(m));
        foreach (Match m in Dotted().Matches(text)) Add(Full(m));
        if (text.Contains('/'))
            foreach (Match m in Slashed().Matches(text)) Add(SlashedDate(m));
        foreach (var l in languages)
            if (l.MonthYear is { } r)
                foreach (Match m in r.Matches(text))
                    Add(new(m.Index, m.Index + m.Length, m.Value, TemporalKind.MonthYear, Int(m, "year"), l.MonthOf(m.Groups["mon"].Value, false)));
        foreach (var l in languages)
            foreach (var m in l.MonthDays(text)) Add(DayMonthExpr(l, text, m, allowTypo: true));
        foreach (var l in languages)
            if (l.DayMonth is { } r)
                foreach (Match m in r.Matches(text)) Add(DayMonthExpr(l, text, m, allowTypo: false));
        foreach (var l in languages)
            if (l.MonthAlone is { } r)
                foreach (Match m in r.Matches(text))
                {
                    var prep = m.Groups["prep"];
                    var y = Int(m, "year");
                    // "in July" is one phrase; with a year it is the month and year ("since January 2021": "since" is a bound word before it).
                    var start = y is null ? prep.Index : m.Groups["mon"].Index;
                    Add(new(start, m.Index + m.Length, text[start..(m.Index + m.Length)], y is null ? TemporalKind.Month : TemporalKind.MonthYear, y,
                        l.MonthOf(m.Groups["mon"].Value, false), Anchor: y is null ? MonthAnchor(l.AnchorOf(prep.Value)) : Anchor.Nearest));
                }
        foreach (var l in languages)
            if (l.YearAlone is { } r)
                foreach (Match m in r.Matches(text))
                {
                    // Without a year word the phrase is the year alone ("in 2023" → "2023"), as a bound word before it is read apart.
                    var start = l.Language.YearNeedsSuffix == true ? m.Index : m.Groups["year"].Index;
                    Add(new(start, m.Index + m.Length, text[start..(m.Index + m.Length)], TemporalKind.Year, Int(m, "year")));
                }
        foreach (var l in languages)
            if (l.Weekday is { } r)
                foreach (Match m in r.Matches(text))
                {
                    if (l.WeekdayNeedsPreposition && !m.Groups["on"].Success && !m.Groups["on1"].Success && !m.Groups["mod"].Success) continue;
                    var start = StartOf(m, "over", "on1", "mod", "on");
                    Add(new(start, m.Index + m.Length, text[start..(m.Index + m.Length)], TemporalKind.Weekday,
                        Weekday: l.WeekdayOf(m.Groups["wd"].Value), Anchor: l.AnchorOf(m.Groups["mod"].Value)));
                }
        foreach (var l in languages)
            if (l.Relative is { } r)
                foreach (var m in r.Matches(text))
                    if (l.RelativeOf(m.Groups["rel"].Value) is { } unit) Add(RelativeExpr(m.Index, m.Value, unit));

        return Resolve(text, all);
    }

    /// <summary>A month is before or after the reference only when told so ("last November"); "this July" is the nearest.</summary>
    private static Anchor MonthAnchor(Anchor a) => a is Anchor.Last or Anchor.Next ? a : Anchor.Nearest;

    private static TemporalExpression? Night(LanguagePatterns l, Match m) =>
        l.WeekdayOf(m.Groups["wd2"].Value) is { } wd ? new(m.Index, m.Index + m.Length, m.Value, TemporalKind.NightBetween, Weekday: wd) : null;

    /// <summary>
    /// Overlapping matches: a date over a weekday, else the longest wins ("Monday 17 October 2022" over "October 2022"), on equal length the earlier
    /// (more specific) pattern. Then a weekday right before a day and month without one joins it ("у понеділок, 7 листопада").
    /// </summary>
    private static List<TemporalExpression> Resolve(string text, List<TemporalExpression> all)
    {
        // "early on Tuesday, May 16": a day and month beats the weekday it overlaps, even when the weekday's words are more.
        static bool Dated(TemporalExpression e) => e.Kind is TemporalKind.DayMonth or TemporalKind.FullDate;
        var dated = all.Where(Dated).ToList();
        if (dated.Count > 0) all = [.. all.Where(e => e.Kind != TemporalKind.Weekday || !dated.Any(d => d.Start < e.End && e.Start < d.End))];
        var order = new int[all.Count];
        for (var i = 0; i < order.Length; i++) order[i] = i;
        Array.Sort(order, (a, b) => all[a].Length != all[b].Length ? all[b].Length.CompareTo(all[a].Length) : a.CompareTo(b));
        var found = new List<TemporalExpression>(all.Count);
        foreach (var i in order)
        {
            var e = all[i];
            var free = true;
            foreach (var f in found) if (e.Start < f.End && f.Start < e.End) { free = false; break; }
            if (free) found.Add(e);
        }
        found.Sort((a, b) => a.Start.CompareTo(b.Start));
        // "on Tuesday of last week", "last week on Tuesday": the weekday of that week.
        for (var i = found.Count - 2; i >= 0; i--)
        {
            var (a, b) = (found[i], found[i + 1]);
            var (day, week) = a.Kind == TemporalKind.Weekday ? (a, b) : (b, a);
            if (day.Kind != TemporalKind.Weekday || day.Anchor != Anchor.Nearest || week.Kind != TemporalKind.RelativeWeek
                || !JoinsWeek(text.AsSpan(a.End, b.Start - a.End))) continue;
            found[i] = day with { Start = a.Start, End = b.End, Text = text[a.Start..b.End], Anchor = Anchor.This, Offset = week.Offset };
            found.RemoveAt(i + 1);
        }
        for (var i = found.Count - 2; i >= 0; i--)
        {
            var (wd, dm) = (found[i], found[i + 1]);
            if (wd.Kind != TemporalKind.Weekday || wd.Anchor != Anchor.Nearest || dm.Weekday is not null
                || dm.Kind is not (TemporalKind.DayMonth or TemporalKind.FullDate) || dm.Start - wd.End > 3) continue;
            found[i] = dm with { Start = wd.Start, Text = text[wd.Start..dm.End], Weekday = wd.Weekday };
            found.RemoveAt(i + 1);
        }
        return found;
    }

    /// <summary>What may stand between a weekday and its week: nothing, "of" or "on" (and spaces or a comma).</summary>
    private static bool JoinsWeek(ReadOnlySpan<char> between)
    {
        var t = between.Trim().Trim(',').Trim();
        return t.Length == 0 || t.Equals("of", StringComparison.OrdinalIgnoreCase) || t.Equals("on", StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>Where a match really starts: the earliest optional part captured in its leading lookbehind.</summary>
    private static int StartOf(Match m, params ReadOnlySpan<string> groups)
    {
        var start = m.Index;
        foreach (var g in groups)
            if (m.Groups[g] is { Success: true } c && c.Index < start) start = c.Index;
        return start;
    }

    private static bool HasCyrillic(string text)
    {
        foreach (var c in text) if (c is >= '\u0400' and <= '\u04FF') return true;
        return false;
    }

    private static TemporalExpression? SlashedDate(Match m)
    {
        int y = Int(m, "year")!.Value, a = Int(m, "a")!.Value, b = Int(m, "b")!.Value;
        var (d, mo) = a > 12 && b <= 12 ? (a, b) : b > 12 && a <= 12 ? (b, a) : (0, 0);
        if (mo == 0 || d < 1 || d > DateTime.DaysInMonth(y, mo)) return null;
        return new(m.Index, m.Index + m.Length, m.Value, TemporalKind.FullDate, y, mo, d);
    }

    private static TemporalExpression? Full(Match m)
    {
        int y = Int(m, "year")!.Value, mo = Int(m, "mon")!.Value, d = Int(m, "day")!.Value;
        if (mo is < 1 or > 12 || d < 1 || d > DateTime.DaysInMonth(y, mo)) return null;
        return new(m.Index, m.Index + m.Length, m.Value, TemporalKind.FullDate, y, mo, d);
    }

    private static TemporalExpression? DayMonthExpr(LanguagePatterns l, string text, Match m, bool allowTypo)
    {
        var monText = m.Groups["mon"].Value;
        var month = l.MonthOf(monText, allowTypo && m.Groups["dot"].Success && monText.Length == 3);
        if (month is null) return null;
        var day = Int(m, "day")!.Value;
        if (day < 1 || day > DateTime.DaysInMonth(2024, month.Value)) return null;
        var year = Int(m, "year");
        if (year is not null && day > DateTime.DaysInMonth(year.Value, month.Value)) return null;
        var wd = m.Groups["wd"].Success ? l.WeekdayOf(m.Groups["wd"].Value) : null;
        var start = StartOf(m, "wd", "the");
        return new(start, m.Index + m.Length, start == m.Index ? m.Value : text[start..(m.Index + m.Length)], year is null ? TemporalKind.DayMonth : TemporalKind.FullDate, year, month, day, wd);
    }

    private static TemporalExpression RelativeExpr(int start, string text, RelativeUnit rel)
    {
        var end = start + text.Length;
        return rel.Unit switch
        {
            // The weekend before the reference date: its Saturday, as the nearest day a weekend phrase can name.
            "weekend" => new(start, end, text, TemporalKind.Weekday, Weekday: DayOfWeek.Saturday, Anchor: rel.Offset > 0 ? Anchor.Next : Anchor.Last),
            "week" => new(start, end, text, TemporalKind.RelativeWeek, Offset: rel.Offset),
            "month" => new(start, end, text, TemporalKind.RelativeMonth, Offset: rel.Offset),
            "year" => new(start, end, text, TemporalKind.RelativeYear, Offset: rel.Offset),
            _ => new(start, end, text, TemporalKind.RelativeDay, Offset: rel.Offset),
        };
    }

    private static int? Int(Match m, string group) =>
        m.Groups[group].Success && int.TryParse(m.Groups[group].Value, NumberStyles.None, CultureInfo.InvariantCulture, out var v) ? v : null;
}
