namespace Timeline.Domain.Model;

/// <summary>A date at a precision; <see cref="End"/> is set for ranges (e.g. "the night from Wednesday to Thursday").</summary>
public sealed record EventDate(DateOnly Start, DateOnly? End, DatePrecision Precision, bool Approximate)
{
    /// <summary>ISO text at its precision: 2024-04-04, 2024-W14, 2024-04 or 2024.</summary>
    public string ToIso() => Iso(Start, Precision);

    public string? EndToIso() => End is { } end ? Iso(end, Precision) : null;

    public static string Iso(DateOnly date, DatePrecision precision) => precision switch
    {
        DatePrecision.Year => date.ToString("yyyy", System.Globalization.CultureInfo.InvariantCulture),
        DatePrecision.Month => date.ToString("yyyy-MM", System.Globalization.CultureInfo.InvariantCulture),
        _ => date.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
    };

    /// <summary>The last day the date can stand for, given its precision and end.</summary>
    public DateOnly LastDay => End ?? Precision switch
    {
        DatePrecision.Year => new DateOnly(Start.Year, 12, 31),
        DatePrecision.Month => new DateOnly(Start.Year, Start.Month, DateTime.DaysInMonth(Start.Year, Start.Month)),
        DatePrecision.Week => Start.AddDays(6),
        _ => Start,
    };
}

/// <summary>
/// The sentence(s) in one article that state or date an event. <see cref="DateResolution"/> explains the dating to a
/// reader and is never parsed; the typed fields say the same for code: the <see cref="DatePhrase"/> as written (null
/// when the sentence has none), the date it <see cref="Resolved"/> to, and its <see cref="Basis"/>; the <see cref="Type"/> of
/// event this source tells (null where it was not recorded), which may differ from the merged event's.
/// </summary>
public sealed record Evidence(
    string ArticleHash,
    int Start,
    int End,
    string Quote,
    string DateResolution,
    string? DatePhrase = null,
    EventDate? Resolved = null,
    DatingBasis Basis = DatingBasis.Unknown,
    EventType? Type = null);

/// <summary>A real-world event, merged across all the articles that report it.</summary>
public sealed record TimelineEvent(
    string Id,
    EventDate Date,
    double Confidence,
    EventType Type,
    string Title,
    string Summary,
    string? Location,
    IReadOnlyList<string> Actors,
    IReadOnlyList<string> Systems,
    IReadOnlyList<Evidence> Evidence)
{
    /// <summary>What curators changed (null when nothing): the fields above already hold the corrected values.</summary>
    public Curation.EventCuration? Curation { get; init; }
}
