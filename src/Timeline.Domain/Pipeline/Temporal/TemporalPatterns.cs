using System.Text;
using System.Text.RegularExpressions;
using Timeline.Domain.Knowledge;
using Timeline.Domain.Languages;

namespace Timeline.Domain.Pipeline.Temporal;

/// <summary>
/// The date patterns of each language, built from its words: the shapes ("a day, maybe a suffix, a month, maybe a
/// year") are here, the words in the language files. Built once per <see cref="Lexicon"/>.
/// </summary>
internal sealed class TemporalPatterns(IEnumerable<Language> languages)
{
    public IReadOnlyList<LanguagePatterns> Languages { get; } = [.. languages.Select(l => new LanguagePatterns(l))];

    /// <summary>Compiles every pattern now, on this thread (tests compare both forms).</summary>
    internal void CompileAll()
    {
        foreach (var language in Languages) language.CompileAll();
    }
}

internal sealed class LanguagePatterns
{
    /// <summary>A plausible year, not part of a longer number.</summary>
    public const string Year = @"(?<year>(?:1[89]|20)\d{2})(?![\d,.]\d|\d)";
    private const string L = @"(?<!\p{L})";
    private const string R = @"(?!\p{L})";
    private const RegexOptions Options = RegexOptions.CultureInvariant;

    public Language Language { get; }
    private readonly bool _cyrillic;
    private readonly string _sample;
    private readonly string[] _markers;
    private readonly Dictionary<string, int> _months = new(StringComparer.OrdinalIgnoreCase);
    private readonly Dictionary<string, DayOfWeek> _weekdays = new(StringComparer.OrdinalIgnoreCase);
    private readonly Dictionary<string, RelativeUnit> _relative = new(StringComparer.OrdinalIgnoreCase);
    private readonly WordList _last;
    private readonly WordList _next;
    private readonly WordList _this;

    public PhraseLedPattern? NightFrom { get; }
    public PhraseLedPattern? NightOn { get; }
    public PhraseLedPattern? MonthYear { get; }
    /// <summary>"October 12, 2022": anchored (\G), tried only where <see cref="MonthDayStarts"/> finds a possible start.</summary>
    public Regex? MonthDay => _monthDay?.Value;
    private readonly TieredRegex? _monthDay;
    public Regex? DayMonth => _dayMonth?.Value;
    private readonly TieredRegex? _dayMonth;
    public PhraseLedPattern? MonthAlone { get; }
    public Regex? YearAlone => _yearAlone?.Value;
    private readonly TieredRegex? _yearAlone;
    public PhraseLedPattern? Weekday { get; }
    public PhraseLedPattern? Relative { get; }
    public bool WeekdayNeedsPreposition => Language.WeekdayNeedsPreposition == true;

    public LanguagePatterns(Language language)
    {
        Language = language;
        _sample = Sample(language);
        _cyrillic = string.Equals(language.Script, "Cyrillic", StringComparison.OrdinalIgnoreCase);
        _markers = [.. language.Markers.Select(m => " " + m + " ")];
        for (var i = 0; i < language.Months.Count; i++)
            foreach (var f in language.Months[i].Concat(i < language.MonthAbbreviations.Count ? language.MonthAbbreviations[i] : [])) _months[Norm(f)] = i + 1;
        for (var i = 0; i < language.Weekdays.Count; i++)
            foreach (var f in language.Weekdays[i]) _weekdays[Norm(f)] = (DayOfWeek)((i + 1) % 7);
        foreach (var (phrase, unit) in language.Relative) _relative[Norm(phrase)] = unit;
        _last = new WordList(language.Last);
        _next = new WordList(language.Next);
        _this = new WordList(language.This);

        var names = language.NamesCaseSensitive == true;
        var months = Alt(language.Months.SelectMany(f => f), !names);
        var abbreviations = language.MonthAbbreviations.Any(f => f.Count > 0) ? Alt(language.MonthAbbreviations.SelectMany(f => f), !names) : null;
        var anyMonth = abbreviations is null ? months : $"(?:{months}|{abbreviations})";
        var weekday = Alt(language.Weekdays.SelectMany(f => f), !names);
        var yearWord = language.YearSuffixes.Count > 0 ? $@"\s*{Alt(language.YearSuffixes, true)}" : "";
        var yearSuffix = yearWord.Length > 0 ? $"(?:{yearWord})?" : "";
        // A full stop after a month is an abbreviation's ("Oct."), where the language has abbreviations.
        var dot = language.MonthAbbreviations.Any(f => f.Count > 0) ? @"\.?" : "";
        var daySuffix = language.DaySuffixes.Count > 0 ? $@"(?:{Alt(language.DaySuffixes, true)}\s*|\s+)" : @"\s+";

        if (language.Weekdays.Count == 7)
        {
            if (language.NightFrom.Count > 0 && language.NightTo.Count > 0)
                NightFrom = new(language.NightFrom, true, $@"{Alt(language.NightFrom, true)}\s+(?<wd1>{weekday}){R}\s+{Alt(language.NightTo, true)}\s+(?<wd2>{weekday}){R}", Compile);
            if (language.NightOn.Count > 0)
                NightOn = new(language.NightOn, true, $@"{Alt(language.NightOn, true)}\s+(?<wd2>{weekday}){R}", Compile);
            var mods = language.Last.Concat(language.Next).Concat(language.This).ToList();
            var parts = language.WeekdayParts.Count == 0 ? ""
                : language.WeekdayPartsJoined == true ? $"(?<part>{Alt(language.WeekdayParts, true)})?"
                : $@"(?:\s+(?<part>{Alt(language.WeekdayParts, true)}){R})?";
            var before = new StringBuilder();
            if (language.WeekdayLeads.Count > 0) before.Append($@"(?:{L}(?<over>{Alt(language.WeekdayLeads, true)})\s+)?");
            if (language.WeekdayPrepositions.Count > 0) before.Append($@"(?:{L}(?<on1>{Alt(language.WeekdayPrepositions, true)})\s+)?");
            if (mods.Count > 0) before.Append($@"(?:{L}(?<mod>{Alt(mods, true)})\s+)?");
            if (language.WeekdayPrepositions.Count > 0) before.Append($@"(?:{L}(?<on>{Alt(language.WeekdayPrepositions, true)})\s+)?");
            // Led by the weekday names (PhraseLedPattern): the lookbehind with its optional parts is tried only where one stands.
            Weekday = new(language.Weekdays.SelectMany(f => f), !names, $@"(?<={before})(?<wd>{weekday}){parts}{R}", Compile);
        }
        if (language.Months.Count == 12)
        {
            // "October 2022", "October of 2022"
            var monthOf = language.DayOf.Count > 0 ? $@"(?:{Alt(language.DayOf, true)}\s+)?" : "";
            MonthYear = new(language.Months.SelectMany(f => f).Concat(language.MonthAbbreviations.SelectMany(f => f)), !names,
                $@"(?<mon>{anyMonth}){R}{dot}\s+{monthOf}{Year}{yearSuffix}", Compile);
            var dayLead = language.Weekdays.Count == 7 ? $@"(?:(?<wd>{weekday}),?\s+)?" : "";
            var dayPrefix = language.DayPrefixes.Count > 0 ? $@"(?:(?<the>{Alt(language.DayPrefixes, true)})\s+)?" : "";
            var dayOf = language.DayOf.Count > 0 ? $@"(?:{Alt(language.DayOf, true)}\s+)?" : "";
            // Optional leading parts sit in a lookbehind so the engine scans for the required part only (see StartOf).
            _dayMonth = Compile($@"(?<={dayLead}{dayPrefix})(?<![\d,.])\b(?<day>[0-3]?\d){daySuffix}{dayOf}(?<mon>{anyMonth}){R}{dot}(?:,?\s+{Year}{yearSuffix})?");
            if (language.MonthBeforeDay == true)
            {
                var suffixes = language.DaySuffixes.Count > 0 ? $"(?:{Alt(language.DaySuffixes, true)})?" : "";
                _monthDay = Compile($@"\G(?<={dayLead})\b(?<mon>[A-Z][a-z]{{2,8}})(?<dot>\.)?\s*(?<day>[0-3]?\d){suffixes}(?![\d,.:]?\d|-)(?:,?\s+{Year})?");
            }
            var preps = language.MonthPrepositions.Concat(language.Last).Concat(language.Next).Concat(language.This).ToList();
            if (preps.Count > 0)
            {
                var mods = language.MonthModifiers.Count > 0 ? $@"(?:{Alt(language.MonthModifiers, true)}\s*)?" : "";
                MonthAlone = new(language.Months.SelectMany(f => f), !names,
                    $@"(?<={L}(?<prep>{Alt(preps, true)})\s+{mods})(?<mon>{months}){R}(?:\s+{Year}{yearSuffix})?(?!\s+\d)", Compile);
            }
        }
        if (language.YearPrepositions.Count > 0)
        {
            var preps = Alt(language.YearPrepositions, true);
            _yearAlone = language.YearNeedsSuffix == true && yearWord.Length > 0
                ? Compile($@"{L}{preps}\s+{Year}{yearWord}")
                : Compile($@"(?<={L}{preps}\s*(?:{(language.YearWords.Count > 0 ? Alt(language.YearWords, true) : "(?!)")}\s+)?){Year}(?!-)");
        }
        if (language.Relative.Count > 0)
            Relative = new(language.Relative.Keys, language.RelativeCaseSensitive != true, $@"(?<rel>{Alt(language.Relative.Keys, language.RelativeCaseSensitive != true)}){R}", Compile);
    }

    private TieredRegex Compile(string pattern) => new(pattern, Options, _sample);

    internal void CompileAll()
    {
        foreach (var pattern in new[] { _monthDay, _dayMonth, _yearAlone, MonthYear?.Regex, MonthAlone?.Regex, Weekday?.Regex, NightFrom?.Regex, NightOn?.Regex, Relative?.Regex })
            pattern?.Compile();
    }

    /// <summary>A text with the language's own words, where each pattern starts a match: compiling runs its matching code once.</summary>
    private static string Sample(Language l) =>
        $"{l.Months.FirstOrDefault()?.FirstOrDefault()} 12, 2022 on {l.Weekdays.FirstOrDefault()?.FirstOrDefault()} 12 " +
        $"{l.Months.LastOrDefault()?.FirstOrDefault()} in {l.Months.FirstOrDefault()?.FirstOrDefault()} {l.Relative.Keys.FirstOrDefault()} " +
        $"{l.NightFrom.FirstOrDefault()} {l.NightOn.FirstOrDefault()} {l.YearPrepositions.FirstOrDefault()} 2021";

    /// <summary>Whether the text may be in this language: its script, or two of its common words.</summary>
    public bool AppliesTo(string text, bool hasCyrillic)
    {
        if (_cyrillic) return hasCyrillic;
        if (_markers.Length == 0) return true;
        var n = 0;
        foreach (var w in _markers) if (text.Contains(w, StringComparison.Ordinal) && ++n == 2) return true;
        return false;
    }

    public DayOfWeek? WeekdayOf(string form) => _weekdays.TryGetValue(Norm(form), out var d) ? d : null;

    public RelativeUnit? RelativeOf(string phrase) => _relative.TryGetValue(Norm(phrase), out var u) ? u : null;

    public Anchor AnchorOf(string modifier) =>
        modifier.Length == 0 ? Anchor.Nearest
        : _last.Contains(Norm(modifier)) ? Anchor.Last
        : _next.Contains(Norm(modifier)) ? Anchor.Next
        : _this.Contains(Norm(modifier)) ? Anchor.This
        : Anchor.Nearest;

    /// <summary>Month number of a name or abbreviation; with <paramref name="typo"/> a three-letter abbreviation one edit away counts ("Ocr." → Oct).</summary>
    public int? MonthOf(string name, bool typo)
    {
        var key = Norm(name.TrimEnd('.'));
        if (_months.TryGetValue(key, out var m)) return m;
        if (!typo || key.Length != 3) return null;
        int? hit = null;
        foreach (var (form, month) in _months)
        {
            if (form.Length != 3 || char.ToLowerInvariant(form[0]) != char.ToLowerInvariant(key[0]) || hit == month) continue;
            if (Fuzzy.Distance(key.ToLowerInvariant(), form.ToLowerInvariant(), 1) > 1) continue;
            if (hit is not null) return null; // ambiguous ("Mau": Mar or May) is no date
            hit = month;
        }
        return hit;
    }

    /// <summary>
    /// Where <see cref="MonthDay"/> may match: a capital, 2-8 lower-case letters, maybe a dot, spaces and a digit. The
    /// engine's own search for a capital letter is slow in precompiled code, so possible starts are found here.
    /// </summary>
    public IEnumerable<Match> MonthDays(string text)
    {
        // Read once a text, so the tiers count texts, not tries.
        if (MonthDay is not { } monthDay) yield break;
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
            var m = monthDay.Match(text, p);
            if (!m.Success) continue;
            next = m.Index + m.Length;
            yield return m;
        }
    }

    private static string Norm(string s) => string.Join(' ', s.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)).Replace('’', '\'');

    /// <summary>
    /// An alternation of words or phrases, longest first: spaces match any white space, an apostrophe either kind, and a
    /// trailing '*' any further letters.
    /// </summary>
    private static string Alt(IEnumerable<string> words, bool ignoreCase)
    {
        var parts = words.Where(w => !string.IsNullOrWhiteSpace(w)).Select(w => w.Trim()).Distinct().OrderByDescending(w => w.Length)
            .Select(w =>
            {
                var stem = w.Length > 1 && w[^1] == '*';
                var body = stem ? w[..^1] : w;
                var escaped = string.Join(@"\s+", body.Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(Regex.Escape)).Replace('’', '\'').Replace("'", "['’]");
                return stem ? escaped + @"\p{L}*" : escaped;
            });
        return (ignoreCase ? "(?i:" : "(?:") + string.Join('|', parts) + ")";
    }
}
