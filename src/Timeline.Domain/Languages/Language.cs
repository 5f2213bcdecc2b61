namespace Timeline.Domain.Languages;

/// <summary>A relative date phrase's meaning: "last week" is (week, -1), "yesterday" (day, -1), "over the weekend" (weekend, -1).</summary>
public sealed record RelativeUnit(string Unit, int Offset);

/// <summary>
/// The words of one language the importer reads: month and weekday names, the small words around date phrases, and the
/// function words the event reading needs. One JSON file per language (<c>Languages/en.json</c>); see the README.
/// </summary>
public sealed class Language
{
    public string Code { get; set; } = "";
    public string Name { get; set; } = "";
    /// <summary>"Cyrillic": the language's date patterns run only on texts with Cyrillic letters.</summary>
    public string? Script { get; set; }
    /// <summary>Common words of the language; when given, its date patterns run only on texts with two of them.</summary>
    public IReadOnlyList<string> Markers { get; set; } = [];
    public bool? NamesCaseSensitive { get; set; }
    public bool? RelativeCaseSensitive { get; set; }
    /// <summary>Twelve lists, January first: every form of each month's name.</summary>
    public IReadOnlyList<IReadOnlyList<string>> Months { get; set; } = [];
    /// <summary>Twelve lists: abbreviations, read next to a day or year only.</summary>
    public IReadOnlyList<IReadOnlyList<string>> MonthAbbreviations { get; set; } = [];
    /// <summary>Seven lists, Monday first.</summary>
    public IReadOnlyList<IReadOnlyList<string>> Weekdays { get; set; } = [];
    public bool? MonthBeforeDay { get; set; }
    public IReadOnlyList<string> DayPrefixes { get; set; } = [];
    public IReadOnlyList<string> DaySuffixes { get; set; } = [];
    public IReadOnlyList<string> DayOf { get; set; } = [];
    public IReadOnlyList<string> YearSuffixes { get; set; } = [];
    public bool? YearNeedsSuffix { get; set; }
    public IReadOnlyList<string> YearPrepositions { get; set; } = [];
    public IReadOnlyList<string> YearWords { get; set; } = [];
    public IReadOnlyList<string> MonthPrepositions { get; set; } = [];
    public IReadOnlyList<string> MonthModifiers { get; set; } = [];
    public IReadOnlyList<string> WeekdayPrepositions { get; set; } = [];
    public bool? WeekdayNeedsPreposition { get; set; }
    public IReadOnlyList<string> WeekdayLeads { get; set; } = [];
    public IReadOnlyList<string> WeekdayParts { get; set; } = [];
    public bool? WeekdayPartsJoined { get; set; }
    public IReadOnlyList<string> Last { get; set; } = [];
    public IReadOnlyList<string> Next { get; set; } = [];
    public IReadOnlyList<string> This { get; set; } = [];
    /// <summary>"the night from" Wednesday "to" Thursday: the morning of the second day.</summary>
    public IReadOnlyList<string> NightFrom { get; set; } = [];
    public IReadOnlyList<string> NightTo { get; set; } = [];
    /// <summary>"в ночь на" пятницу: the morning of that day.</summary>
    public IReadOnlyList<string> NightOn { get; set; } = [];
    public IReadOnlyDictionary<string, RelativeUnit> Relative { get; set; } = new Dictionary<string, RelativeUnit>();
    /// <summary>
    /// "two days after" (day, +2), "a week before" (week, -1): an event told as that far from a date later in its sentence
    /// ("The attack came two days after Ukrainians marked Independence Day on Saturday, Aug. 24") is on the shifted day.
    /// Unit "vague" ("days after", "weeks before"): the event is on no day the date phrase names.
    /// </summary>
    public IReadOnlyDictionary<string, RelativeUnit> Offsets { get; set; } = new Dictionary<string, RelativeUnit>();
    /// <summary>
    /// "a day later" (day, +1), "the next day": a sentence opening with one tells an event that far after the day the
    /// sentence before dated ("On Monday the Dutch said ... A day later, the Nordic countries announced ...").
    /// </summary>
    public IReadOnlyDictionary<string, RelativeUnit> Later { get; set; } = new Dictionary<string, RelativeUnit>();
    public IReadOnlyList<string> StopWords { get; set; } = [];
    public IReadOnlyList<string> Negators { get; set; } = [];
    public IReadOnlyList<string> Modals { get; set; } = [];
    public IReadOnlyList<string> Auxiliaries { get; set; } = [];
    public IReadOnlyList<string> Determiners { get; set; } = [];
    public IReadOnlyList<string> ReportingVerbs { get; set; } = [];
    public IReadOnlyList<string> Subordinators { get; set; } = [];
    /// <summary>
    /// The word before a verb that makes it another verb's complement ("asked Bucharest to give up", "urged allies to
    /// send"): what was asked or urged, not what happened.
    /// </summary>
    public IReadOnlyList<string> InfinitiveMarkers { get; set; } = [];
    /// <summary>Words that join two clauses of equal rank after a comma ("..., and Romania decided ..."): each may tell its own event.</summary>
    public IReadOnlyList<string> Coordinators { get; set; } = [];
    public IReadOnlyList<string> Abbreviations { get; set; } = [];
    /// <summary>
    /// The word of "day 233 of the war", "233-й день войны", "Tag 233 des Krieges": a live blog's count of days since an era
    /// began (the era named beside it) is its day of writing.
    /// </summary>
    public IReadOnlyList<string> DayWords { get; set; } = [];
    /// <summary>Words that open a sentence about what happened before the news ("Earlier, ...", "Раніше ...").</summary>
    public IReadOnlyList<string> BackgroundWords { get; set; } = [];
    /// <summary>
    /// Words that open a phrase naming the occasion of the main clause's act ("During Zelensky's visit on 21 December, the
    /// United States said it would send ..."): the phrase's date is the act's, its meeting noun not the act.
    /// </summary>
    public IReadOnlyList<string> OccasionWords { get; set; } = [];
    /// <summary>
    /// Words that after a negated verb give the day it happened at last ("did not cross the border until 25 July"): the
    /// verb is not negated and the date is no bound.
    /// </summary>
    public IReadOnlyList<string> NotUntilWords { get; set; } = [];
    /// <summary>Endings of a verb in the past tense ("*ed", "*ла"): a day and month it dates is not after the report.</summary>
    public IReadOnlyList<string> PastVerbs { get; set; } = [];
    /// <summary>The word before an offset that makes it vague ("less than two weeks after", "etwa zwei Tage nach"): no day follows.</summary>
    public IReadOnlyList<string> ApproximateWords { get; set; } = [];

    /// <summary>This language with another file's words for the same code added (its switches win where it sets them).</summary>
    internal Language ExtendedBy(Language more) => new()
    {
        Code = Code,
        Name = string.IsNullOrEmpty(more.Name) ? Name : more.Name,
        Script = more.Script ?? Script,
        Markers = [.. Markers, .. more.Markers],
        NamesCaseSensitive = more.NamesCaseSensitive ?? NamesCaseSensitive,
        RelativeCaseSensitive = more.RelativeCaseSensitive ?? RelativeCaseSensitive,
        Months = Zip(Months, more.Months),
        MonthAbbreviations = Zip(MonthAbbreviations, more.MonthAbbreviations),
        Weekdays = Zip(Weekdays, more.Weekdays),
        MonthBeforeDay = more.MonthBeforeDay ?? MonthBeforeDay,
        DayPrefixes = [.. DayPrefixes, .. more.DayPrefixes],
        DaySuffixes = [.. DaySuffixes, .. more.DaySuffixes],
        DayOf = [.. DayOf, .. more.DayOf],
        YearSuffixes = [.. YearSuffixes, .. more.YearSuffixes],
        YearNeedsSuffix = more.YearNeedsSuffix ?? YearNeedsSuffix,
        YearPrepositions = [.. YearPrepositions, .. more.YearPrepositions],
        YearWords = [.. YearWords, .. more.YearWords],
        MonthPrepositions = [.. MonthPrepositions, .. more.MonthPrepositions],
        MonthModifiers = [.. MonthModifiers, .. more.MonthModifiers],
        WeekdayPrepositions = [.. WeekdayPrepositions, .. more.WeekdayPrepositions],
        WeekdayNeedsPreposition = more.WeekdayNeedsPreposition ?? WeekdayNeedsPreposition,
        WeekdayLeads = [.. WeekdayLeads, .. more.WeekdayLeads],
        WeekdayParts = [.. WeekdayParts, .. more.WeekdayParts],
        WeekdayPartsJoined = more.WeekdayPartsJoined ?? WeekdayPartsJoined,
        Last = [.. Last, .. more.Last],
        Next = [.. Next, .. more.Next],
        This = [.. This, .. more.This],
        NightFrom = [.. NightFrom, .. more.NightFrom],
        NightTo = [.. NightTo, .. more.NightTo],
        NightOn = [.. NightOn, .. more.NightOn],
        Relative = Relative.Concat(more.Relative).GroupBy(p => p.Key).ToDictionary(g => g.Key, g => g.Last().Value),
        Offsets = Offsets.Concat(more.Offsets).GroupBy(p => p.Key).ToDictionary(g => g.Key, g => g.Last().Value),
        Later = Later.Concat(more.Later).GroupBy(p => p.Key).ToDictionary(g => g.Key, g => g.Last().Value),
        StopWords = [.. StopWords, .. more.StopWords],
        Negators = [.. Negators, .. more.Negators],
        Modals = [.. Modals, .. more.Modals],
        Auxiliaries = [.. Auxiliaries, .. more.Auxiliaries],
        Determiners = [.. Determiners, .. more.Determiners],
        ReportingVerbs = [.. ReportingVerbs, .. more.ReportingVerbs],
        Subordinators = [.. Subordinators, .. more.Subordinators],
        InfinitiveMarkers = [.. InfinitiveMarkers, .. more.InfinitiveMarkers],
        Coordinators = [.. Coordinators, .. more.Coordinators],
        Abbreviations = [.. Abbreviations, .. more.Abbreviations],
        BackgroundWords = [.. BackgroundWords, .. more.BackgroundWords],
        OccasionWords = [.. OccasionWords, .. more.OccasionWords],
        NotUntilWords = [.. NotUntilWords, .. more.NotUntilWords],
        PastVerbs = [.. PastVerbs, .. more.PastVerbs],
        ApproximateWords = [.. ApproximateWords, .. more.ApproximateWords],
        DayWords = [.. DayWords, .. more.DayWords],
    };

    private static IReadOnlyList<IReadOnlyList<string>> Zip(IReadOnlyList<IReadOnlyList<string>> a, IReadOnlyList<IReadOnlyList<string>> b) =>
        b.Count == 0 ? a : a.Count == 0 ? b : [.. a.Select((forms, i) => (IReadOnlyList<string>)[.. forms, .. i < b.Count ? b[i] : []])];

    /// <summary>Problems a user should hear about when loading the file, rather than dates silently not found.</summary>
    internal IEnumerable<string> Problems()
    {
        if (string.IsNullOrWhiteSpace(Code)) yield return "it has no \"code\"";
        if (Months.Count is not (0 or 12)) yield return $"\"months\" has {Months.Count} entries, not 12";
        if (MonthAbbreviations.Count is not (0 or 12)) yield return $"\"monthAbbreviations\" has {MonthAbbreviations.Count} entries, not 12";
        if (Weekdays.Count is not (0 or 7)) yield return $"\"weekdays\" has {Weekdays.Count} entries, not 7";
        foreach (var (phrase, unit) in Relative)
            if (unit.Unit is not ("day" or "week" or "month" or "year" or "weekend"))
                yield return $"relative phrase '{phrase}' has unit '{unit.Unit}' (day, week, month, year or weekend)";
        foreach (var (phrase, unit) in Offsets)
            if (unit.Unit is not ("day" or "week" or "vague"))
                yield return $"offset phrase '{phrase}' has unit '{unit.Unit}' (day, week, or vague for 'days after')";
        foreach (var (phrase, unit) in Later)
            if (unit.Unit is not ("day" or "week" or "month"))
                yield return $"'later' phrase '{phrase}' has unit '{unit.Unit}' (day, week or month)";
    }
}
