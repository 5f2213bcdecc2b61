using System.Globalization;
using System.Text.RegularExpressions;
using Timeline.Domain.Knowledge;

namespace Timeline.Domain.Pipeline.Temporal;

public interface ITemporalFinder
{
    IReadOnlyList<TemporalExpression> Find(string text);
}

/// <summary>
/// Step one of temporal tagging: find date phrases and what kind they are, without resolving them.
/// Patterns run over the whole text once; where matches overlap the earlier pattern (more specific) wins.
/// </summary>
public sealed partial class TemporalFinder : ITemporalFinder
{
    private const string Wd = "(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)";
    private const string MonFull = "January|February|March|April|May|June|July|August|September|October|November|December";
    private const string MonAbbr = "Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec";
    private const string Year = @"(?<year>(?:1[89]|20)\d{2})(?![\d,.]\d|\d)";
    private const string RuGen = "января|февраля|марта|апреля|мая|июня|июля|августа|сентября|октября|ноября|декабря|січня|лютого|березня|квітня|травня|червня|липня|серпня|вересня|жовтня|листопада|грудня";
    private const string RuLoc = "январе|феврале|марте|апреле|мае|июне|июле|августе|сентябре|октябре|ноябре|декабре|січні|лютому|березні|квітні|травні|червні|липні|серпні|вересні|жовтні|листопаді|грудні";
    private const string RuWd = "понедельник|вторник|среду|четверг|пятницу|субботу|воскресенье|понеділок|вівторок|середу|четвер|п'ятницю|п’ятницю|суботу|неділю|понеділка|вівторка|середи|четверга|п'ятниці|суботи|неділі";

    [GeneratedRegex(@"\b(?<year>(?:19|20)\d{2})-(?<mon>0[1-9]|1[0-2])-(?<day>0[1-9]|[12]\d|3[01])\b")]
    private static partial Regex Iso();

    [GeneratedRegex(@"(?<![\d.])(?<day>[0-3]?\d)\.(?<mon>[01]?\d)\.(?<year>(?:19|20)\d{2})\b")]
    private static partial Regex Dotted();

    // "28/05/2024": day and month only when one of the two numbers cannot be a month (else the order is unknown).
    [GeneratedRegex(@"(?<![\d/])(?<a>[0-3]?\d)/(?<b>[0-3]?\d)/(?<year>(?:19|20)\d{2})\b")]
    private static partial Regex Slashed();

    // "Wednesday, Oct. 12", "October 12, 2022", "Ocr.12" (the month is checked, typo-tolerantly, in code).
    // Optional leading parts sit in a lookbehind so the regex engine scans for the required part only (see StartOf).
    // Anchored (\G): tried only where MonthDays finds a possible start.
    [GeneratedRegex(@"\G(?<=(?:(?<wd>" + Wd + @"),?\s+)?)\b(?<mon>[A-Z][a-z]{2,8})(?<dot>\.)?\s*(?<day>[0-3]?\d)(?:st|nd|rd|th)?(?![\d,.:]?\d|-)(?:,?\s+" + Year + ")?")]
    private static partial Regex MonthDay();

    // "12 October", "the 4th of April", "Thursday, 4 April 2024".
    [GeneratedRegex(@"(?<=(?:(?<wd>" + Wd + @"),?\s+)?(?<the>the\s+)?)(?<![\d,.])\b(?<day>[0-3]?\d)(?:st|nd|rd|th)?(?:\s+of)?\s+(?<mon>" + MonFull + "|" + MonAbbr + @")\b\.?(?:,?\s+" + Year + ")?")]
    private static partial Regex DayMonth();

    [GeneratedRegex(@"\b(?<mon>" + MonFull + "|" + MonAbbr + @")\.?\s+" + Year)]
    private static partial Regex MonthYear();

    // The leading lookahead (implied by the rest) turns away most capitalised words before the lookbehind is tried.
    [GeneratedRegex(@"(?=" + MonFull + @")(?<=\b(?<prep>in|In|since|by|until|till|from|during|through|early|late|mid|last|next|this|this past|past|coming|before|after|of)\s+(?:early\s+|late\s+|mid-)?)\b(?<mon>" + MonFull + @")\b(?!\s+\d)")]
    private static partial Regex MonthAlone();

    [GeneratedRegex(@"(?<=\b(?:in|since|by|until|till|from|during|through|before|after|of|early|late|mid-|(?:spring|summer|autumn|fall|winter)(?:\s+of)?)\s*(?:the\s+year\s+)?)" + Year + "(?!-)")]
    private static partial Regex YearAlone();

    [GeneratedRegex(@"(?:(?:during|on|in|over)\s+)?(?:the\s+)?(?:night|overnight)\s+(?:from|of|between)\s+(?<wd1>" + Wd + @")\s+(?:to|and|into)\s+(?<wd2>" + Wd + ")|overnight\\s+(?<wd1>" + Wd + @")\s+(?:to|into)\s+(?<wd2>" + Wd + ")")]
    private static partial Regex NightBetween();

    // As in MonthAlone, the leading lookahead spares most capitalised words the lookbehind.
    [GeneratedRegex(@"(?=" + Wd + @")(?<=(?:\b(?<over>overnight|early|late)\s+)?(?:\b(?<mod>last|next|this past|this coming|past|coming|previous|this)\s+)?(?:\b(?<on>on)\s+)?)\b(?<wd>" + Wd + @")\b(?:\s+(?<part>night|morning|evening|afternoon)\b)?")]
    private static partial Regex Weekday();

    [GeneratedRegex(@"\b(?<rel>the day before yesterday|yesterday|today|tonight|tomorrow|last night|(?:over|at|during) the weekend|last weekend|this morning|this afternoon|this evening|(?:earlier|later) this (?:week|month|year)|(?:this|last|next|previous|coming) (?:week|month|year))\b", RegexOptions.IgnoreCase)]
    private static partial Regex Relative();

    [GeneratedRegex(@"(?<![\d\p{L}])(?<day>[0-3]?\d)\s+(?<mon>" + RuGen + @")(?:\s+(?<year>(?:19|20)\d{2})(?:\s*(?:года|г\.|року|р\.))?)?(?!\p{L})", RegexOptions.IgnoreCase)]
    private static partial Regex SlavicDayMonth();

    [GeneratedRegex(@"(?<![\p{L}])(?:в|у)\s+(?<mon>" + RuLoc + @")(?:\s+(?<year>(?:19|20)\d{2}))?(?!\p{L})", RegexOptions.IgnoreCase)]
    private static partial Regex SlavicMonth();

    [GeneratedRegex(@"(?<![\p{L}])(?:(?<night>в\s+ночь\s+на|в\s+ніч\s+на|у\s+ніч\s+на|в\s+ніч\s+проти|у\s+ніч\s+проти|в\s+ночь\s+с\s+\p{L}+\s+на)|(?:в|во|у)(?:\s+(?<mod>прошл\p{L}*|минул\p{L}*|следующ\p{L}*|наступн\p{L}*|эт\p{L}*|цю|цей|ближайш\p{L}*))?)\s+(?<wd>" + RuWd + @")(?!\p{L})", RegexOptions.IgnoreCase)]
    private static partial Regex SlavicWeekday();

    [GeneratedRegex(@"(?<![\p{L}])(?<rel>позавчера|позавчора|вчера|вчора|сегодня|сьогодні|завтра|на этой неделе|на цьому тижні|цього тижня|на прошлой неделе|минулого тижня|на минулому тижні|в прошлом году|минулого року|у минулому році|торік|в этом году|цього року|в следующем месяце|наступного місяця|в прошлом месяце|минулого місяця)(?!\p{L})", RegexOptions.IgnoreCase)]
    private static partial Regex SlavicRelative();

    [GeneratedRegex(@"(?<![\p{L}])(?:в|у|с|з|до)\s+(?<year>(?:19|20)\d{2})\s*(?:году|г\.|році|р\.|роках|годах)", RegexOptions.IgnoreCase)]
    private static partial Regex SlavicYear();

    private const string DeMon = "Januar|Jänner|Februar|März|Maerz|April|Mai|Juni|Juli|August|September|Oktober|November|Dezember";
    private const string DeWd = "Montag|Dienstag|Mittwoch|Donnerstag|Freitag|Samstag|Sonnabend|Sonntag";

    // "am 16. Juli", "18. November 2024"
    [GeneratedRegex(@"(?<![\d.])\b(?<day>[0-3]?\d)\.\s*(?<mon>" + DeMon + @")\b(?:\s+" + Year + ")?")]
    private static partial Regex GermanDayMonth();

    // "im Juli", "im November 2024"
    [GeneratedRegex(@"\b(?:im|Anfang|Ende|Mitte)\s+(?<mon>" + DeMon + @")\b(?:\s+" + Year + ")?")]
    private static partial Regex GermanMonth();

    // "am Donnerstag", "vergangenen Freitag"
    [GeneratedRegex(@"\b(?:(?<mod>vergangenen|letzten|kommenden|nächsten)\s+|am\s+)(?<wd>" + DeWd + @")(?:abend|morgen|nachmittag|vormittag)?\b")]
    private static partial Regex GermanWeekday();

    [GeneratedRegex(@"\b(?<rel>vorgestern|gestern|heute|morgen)\b")]
    private static partial Regex GermanRelative();

    private static readonly string[] GermanMonths = ["januar", "februar", "märz", "april", "mai", "juni", "juli", "august", "september", "oktober", "november", "dezember"];

    private static int GermanMonthOf(string name)
    {
        var l = name.ToLowerInvariant();
        if (l == "jänner") return 1;
        if (l == "maerz") return 3;
        return Array.IndexOf(GermanMonths, l) + 1;
    }

    private static DayOfWeek GermanWday(string name) => name.ToLowerInvariant() switch
    {
        "montag" => DayOfWeek.Monday, "dienstag" => DayOfWeek.Tuesday, "mittwoch" => DayOfWeek.Wednesday,
        "donnerstag" => DayOfWeek.Thursday, "freitag" => DayOfWeek.Friday, "sonntag" => DayOfWeek.Sunday, _ => DayOfWeek.Saturday,
    };

    private static readonly string[] MonthNames = ["january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december"];
    private static readonly string[] SlavicMonthStems = ["январ|січ", "феврал|лют", "март|берез", "апрел|квіт", "ма[яе]|трав", "июн|черв", "июл|лип", "август|серп", "сентябр|верес", "октябр|жовт", "ноябр|листопад", "декабр|груд"];

    public IReadOnlyList<TemporalExpression> Find(string text)
    {
        var all = new List<TemporalExpression>();

        void Add(TemporalExpression? e)
        {
            if (e is not null) all.Add(e);
        }

        // Cheap checks skip whole families of patterns most texts cannot match.
        var cyrillic = HasCyrillic(text);
        if (MayHaveNightBetween(text))
        foreach (Match m in NightBetween().Matches(text))
            Add(new(m.Index, m.Index + m.Length, m.Value, TemporalKind.NightBetween, Weekday: Wday(m.Groups["wd2"].Value)));
        foreach (Match m in Iso().Matches(text)) Add(Full(m));
        foreach (Match m in Dotted().Matches(text)) Add(Full(m));
        if (text.Contains('/'))
        foreach (Match m in Slashed().Matches(text)) Add(SlashedDate(m));
        foreach (Match m in MonthYear().Matches(text))
            Add(new(m.Index, m.Index + m.Length, m.Value, TemporalKind.MonthYear, Int(m, "year"), MonthOf(m.Groups["mon"].Value, false)));
        foreach (var m in MonthDays(text)) Add(DayMonthExpr(text, m, allowTypo: true));
        foreach (Match m in DayMonth().Matches(text)) Add(DayMonthExpr(text, m, allowTypo: false));
        if (cyrillic)
        foreach (Match m in SlavicDayMonth().Matches(text))
        {
            var mon = SlavicMonth(m.Groups["mon"].Value);
            var y = Int(m, "year");
            Add(new(m.Index, m.Index + m.Length, m.Value, y is null ? TemporalKind.DayMonth : TemporalKind.FullDate, y, mon, Int(m, "day")));
        }
        if (cyrillic)
        foreach (Match m in SlavicMonth().Matches(text))
        {
            var y = Int(m, "year");
            Add(new(m.Index, m.Index + m.Length, m.Value, y is null ? TemporalKind.Month : TemporalKind.MonthYear, y, SlavicMonth(m.Groups["mon"].Value)));
        }
        foreach (Match m in MonthAlone().Matches(text))
        {
            var prep = m.Groups["prep"].Value;
            var anchor = prep switch { "last" or "past" or "this past" => Anchor.Last, "next" or "coming" => Anchor.Next, _ => Anchor.Nearest };
            var start = m.Groups["prep"].Index;
            Add(new(start, m.Index + m.Length, text[start..(m.Index + m.Length)], TemporalKind.Month, Month: MonthOf(m.Groups["mon"].Value, false), Anchor: anchor));
        }
        foreach (Match m in YearAlone().Matches(text))
            Add(new(m.Groups["year"].Index, m.Index + m.Length, m.Groups["year"].Value, TemporalKind.Year, Int(m, "year")));
        if (cyrillic)
        foreach (Match m in SlavicYear().Matches(text))
            Add(new(m.Index, m.Index + m.Length, m.Value, TemporalKind.Year, Int(m, "year")));
        foreach (Match m in Weekday().Matches(text))
        {
            var mod = m.Groups["mod"].Value;
            var anchor = mod switch
            {
                "last" or "past" or "this past" or "previous" => Anchor.Last,
                "next" or "coming" or "this coming" => Anchor.Next,
                "this" => Anchor.This,
                _ => Anchor.Nearest,
            };
            var start = StartOf(m, "over", "mod", "on");
            Add(new(start, m.Index + m.Length, text[start..(m.Index + m.Length)], TemporalKind.Weekday, Weekday: Wday(m.Groups["wd"].Value), Anchor: anchor));
        }
        if (cyrillic)
        foreach (Match m in SlavicWeekday().Matches(text))
        {
            var mod = m.Groups["mod"].Value.ToLowerInvariant();
            var anchor = mod.StartsWith("прошл", StringComparison.Ordinal) || mod.StartsWith("минул", StringComparison.Ordinal) ? Anchor.Last
                : mod.StartsWith("следующ", StringComparison.Ordinal) || mod.StartsWith("наступн", StringComparison.Ordinal) || mod.StartsWith("ближайш", StringComparison.Ordinal) ? Anchor.Next
                : mod.Length > 0 ? Anchor.This : Anchor.Nearest;
            var kind = m.Groups["night"].Success ? TemporalKind.NightBetween : TemporalKind.Weekday;
            Add(new(m.Index, m.Index + m.Length, m.Value, kind, Weekday: SlavicWday(m.Groups["wd"].Value), Anchor: anchor));
        }
        foreach (Match m in Relative().Matches(text)) Add(RelativeExpr(m.Index, m.Value, m.Value.ToLowerInvariant()));
        if (MayBeGerman(text)) FindGerman(text, Add);
        if (cyrillic)
        foreach (Match m in SlavicRelative().Matches(text)) Add(RelativeExpr(m.Index, m.Value, SlavicRelativeToEnglish(m.Value.ToLowerInvariant())));

        return Resolve(text, all);
    }

    /// <summary>German articles: a cheap look for its articles and prepositions before running the German patterns.</summary>
    private static bool MayBeGerman(string text)
    {
        var n = 0;
        foreach (var w in GermanWords) if (text.Contains(w, StringComparison.Ordinal) && ++n == 2) return true;
        return false;
    }

    private static readonly string[] GermanWords = [" der ", " die ", " und ", " das ", " ist ", " nicht ", " mit ", " den "];

    private static void FindGerman(string text, Action<TemporalExpression?> add)
    {
        foreach (Match m in GermanDayMonth().Matches(text))
        {
            var y = Int(m, "year");
            add(new(m.Index, m.Index + m.Length, m.Value, y is null ? TemporalKind.DayMonth : TemporalKind.FullDate, y, GermanMonthOf(m.Groups["mon"].Value), Int(m, "day")));
        }
        foreach (Match m in GermanMonth().Matches(text))
        {
            var y = Int(m, "year");
            add(new(m.Index, m.Index + m.Length, m.Value, y is null ? TemporalKind.Month : TemporalKind.MonthYear, y, GermanMonthOf(m.Groups["mon"].Value)));
        }
        foreach (Match m in GermanWeekday().Matches(text))
        {
            var mod = m.Groups["mod"].Value;
            var anchor = mod is "vergangenen" or "letzten" ? Anchor.Last : mod is "kommenden" or "nächsten" ? Anchor.Next : Anchor.Nearest;
            add(new(m.Index, m.Index + m.Length, m.Value, TemporalKind.Weekday, Weekday: GermanWday(m.Groups["wd"].Value), Anchor: anchor));
        }
        foreach (Match m in GermanRelative().Matches(text))
        {
            var offset = m.Value switch { "vorgestern" => -2, "gestern" => -1, "morgen" => 1, _ => 0 };
            add(new(m.Index, m.Index + m.Length, m.Value, TemporalKind.RelativeDay, Offset: offset));
        }
    }

    /// <summary>
    /// Overlapping matches: the longest wins ("Monday 17 October 2022" over "October 2022"), on equal length the earlier
    /// (more specific) pattern. Then a weekday right before a day and month without one joins it ("у понеділок, 7 листопада").
    /// </summary>
    private static List<TemporalExpression> Resolve(string text, List<TemporalExpression> all)
    {
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

    /// <summary>Where a match really starts: the earliest optional part captured in its leading lookbehind.</summary>
    private static int StartOf(Match m, params ReadOnlySpan<string> groups)
    {
        var start = m.Index;
        foreach (var g in groups)
            if (m.Groups[g] is { Success: true } c && c.Index < start) start = c.Index;
        return start;
    }

    /// <summary>
    /// The matches of <see cref="MonthDay"/> over the whole text, as Matches would find them. The engine's own search for
    /// a capital letter is slow in precompiled code (it boxes each character it passes), so possible starts, a capital,
    /// 2-8 lower-case letters, maybe a dot, spaces and a digit, are found here and the anchored pattern is tried there.
    /// </summary>
    private static IEnumerable<Match> MonthDays(string text)
    {
        var next = 0;
        for (var p = 0; p + 3 < text.Length; p++)
        {
            if (p < next || text[p] is not (>= 'A' and <= 'Z')) continue;
            var q = p + 1;
            while (q < text.Length && q - p <= 8 && text[q] is >= 'a' and <= 'z') q++;
            if (q - p < 3 || q - p > 9) continue;
            if (q < text.Length && text[q] == '.') q++;
            while (q < text.Length && char.IsWhiteSpace(text[q])) q++;
            if (q >= text.Length || !char.IsDigit(text[q])) continue;
            var m = MonthDay().Match(text, p);
            if (!m.Success) continue;
            next = m.Index + m.Length;
            yield return m;
        }
    }

    private static readonly string[] AfterNight = ["from", "of", "between", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"];

    /// <summary>
    /// Whether some "night" is followed by what a night-between phrase continues with. Most texts have "overnight" only in
    /// other phrases, and the pattern, whose every part before "night" is optional, is slow to scan a whole text with.
    /// </summary>
    private static bool MayHaveNightBetween(string text)
    {
        for (var i = text.IndexOf("night", StringComparison.Ordinal); i >= 0; i = text.IndexOf("night", i + 1, StringComparison.Ordinal))
        {
            var rest = text.AsSpan(i + "night".Length);
            var next = rest.TrimStart();
            if (next.Length == rest.Length) continue;
            foreach (var word in AfterNight)
                if (next.StartsWith(word, StringComparison.Ordinal)) return true;
        }
        return false;
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

    private static TemporalExpression? DayMonthExpr(string text, Match m, bool allowTypo)
    {
        var monText = m.Groups["mon"].Value;
        var month = MonthOf(monText, allowTypo && m.Groups["dot"].Success && monText.Length == 3);
        if (month is null) return null;
        var day = Int(m, "day")!.Value;
        if (day < 1 || day > DateTime.DaysInMonth(2024, month.Value)) return null;
        var year = Int(m, "year");
        if (year is not null && day > DateTime.DaysInMonth(year.Value, month.Value)) return null;
        DayOfWeek? wd = m.Groups["wd"].Success ? Wday(m.Groups["wd"].Value) : null;
        var start = StartOf(m, "wd", "the");
        return new(start, m.Index + m.Length, start == m.Index ? m.Value : text[start..(m.Index + m.Length)], year is null ? TemporalKind.DayMonth : TemporalKind.FullDate, year, month, day, wd);
    }

    /// <summary>Month number of a name or abbreviation; with <paramref name="typo"/> a three-letter abbreviation one edit away counts ("Ocr." → Oct).</summary>
    internal static int? MonthOf(string name, bool typo)
    {
        var lower = name.TrimEnd('.').ToLowerInvariant();
        if (lower.Length < 3) return null;
        for (var i = 0; i < 12; i++)
        {
            var full = MonthNames[i];
            if (lower == full || (lower.Length <= 4 && full.StartsWith(lower, StringComparison.Ordinal) && (lower.Length == 3 || lower == "sept")))
                return i + 1;
        }
        if (!typo || lower.Length != 3) return null;
        int? hit = null;
        for (var i = 0; i < 12; i++)
        {
            var abbr = MonthNames[i][..3];
            if (abbr[0] == lower[0] && Fuzzy.Distance(lower, abbr, 1) <= 1)
            {
                if (hit is not null) return null; // ambiguous ("Mau": Mar or May) is no date
                hit = i + 1;
            }
        }
        return hit;
    }

    private static int? SlavicMonth(string name)
    {
        var lower = name.ToLowerInvariant();
        for (var i = 0; i < 12; i++)
            if (Regex.IsMatch(lower, "^(?:" + SlavicMonthStems[i] + ")")) return i + 1;
        return null;
    }

    private static DayOfWeek Wday(string name) => Enum.Parse<DayOfWeek>(name, ignoreCase: true);

    private static DayOfWeek SlavicWday(string name)
    {
        var l = name.ToLowerInvariant().Replace('’', '\'');
        return l switch
        {
            _ when l.StartsWith("понед", StringComparison.Ordinal) => DayOfWeek.Monday,
            _ when l.StartsWith("втор", StringComparison.Ordinal) || l.StartsWith("вівт", StringComparison.Ordinal) => DayOfWeek.Tuesday,
            _ when l.StartsWith("сред", StringComparison.Ordinal) || l.StartsWith("серед", StringComparison.Ordinal) => DayOfWeek.Wednesday,
            _ when l.StartsWith("четв", StringComparison.Ordinal) => DayOfWeek.Thursday,
            _ when l.StartsWith("пятн", StringComparison.Ordinal) || l.StartsWith("п'ятн", StringComparison.Ordinal) => DayOfWeek.Friday,
            _ when l.StartsWith("субб", StringComparison.Ordinal) || l.StartsWith("субот", StringComparison.Ordinal) => DayOfWeek.Saturday,
            _ => DayOfWeek.Sunday,
        };
    }

    private static string SlavicRelativeToEnglish(string s) => s switch
    {
        "позавчера" or "позавчора" => "the day before yesterday",
        "вчера" or "вчора" => "yesterday",
        "сегодня" or "сьогодні" => "today",
        "завтра" => "tomorrow",
        "на этой неделе" or "на цьому тижні" or "цього тижня" => "this week",
        "на прошлой неделе" or "минулого тижня" or "на минулому тижні" => "last week",
        "в прошлом году" or "минулого року" or "у минулому році" or "торік" => "last year",
        "в этом году" or "цього року" => "this year",
        "в следующем месяце" or "наступного місяця" => "next month",
        _ => "last month",
    };

    private static TemporalExpression RelativeExpr(int start, string text, string rel)
    {
        var end = start + text.Length;
        var words = rel.Split(' ');
        var unit = words[^1];
        if (rel is "the day before yesterday") return new(start, end, text, TemporalKind.RelativeDay, Offset: -2);
        // The weekend before the reference date: its Saturday, as the nearest day a weekend phrase can name.
        if (rel.EndsWith("weekend", StringComparison.Ordinal)) return new(start, end, text, TemporalKind.Weekday, Weekday: DayOfWeek.Saturday, Anchor: Anchor.Last);
        if (rel is "yesterday" or "last night") return new(start, end, text, TemporalKind.RelativeDay, Offset: -1);
        if (rel is "tomorrow") return new(start, end, text, TemporalKind.RelativeDay, Offset: 1);
        if (unit is "week" or "month" or "year")
        {
            var offset = words[0] switch { "last" or "previous" => -1, "next" or "coming" => 1, _ => 0 };
            var kind = unit switch { "week" => TemporalKind.RelativeWeek, "month" => TemporalKind.RelativeMonth, _ => TemporalKind.RelativeYear };
            return new(start, end, text, kind, Offset: offset);
        }
        return new(start, end, text, TemporalKind.RelativeDay, Offset: 0); // today, tonight, this morning...
    }

    private static int? Int(Match m, string group) =>
        m.Groups[group].Success && int.TryParse(m.Groups[group].Value, NumberStyles.None, CultureInfo.InvariantCulture, out var v) ? v : null;
}
