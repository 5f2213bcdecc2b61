namespace Timeline.Domain.Pipeline.Dating;

/// <summary>
/// How much each kind of evidence says about when an article was published (0..1). Candidates of the same day add up
/// (<see cref="Agreement"/> per extra one, <see cref="WeekdayFits"/> when the text's "on Thursday" is that day's weekday,
/// <see cref="Constrained"/> when offices or eras narrow the range), capped at <see cref="Cap"/>. A date below
/// <see cref="PublicationDateInferrer.AnchorConfidence"/> gives "May 4" its year but never anchors "on Friday".
/// </summary>
public sealed record DatingWeights
{
    public static DatingWeights Default { get; } = new();

    /// <summary>A full date near the top: header, byline, dateline with a year.</summary>
    public double DateNearTop { get; init; } = 0.75;
    /// <summary>"Updated Jan. 11, 2023" with no other date near the top: the page was written that day or shortly before.</summary>
    public double UpdateStamp { get; init; } = 0.55;
    /// <summary>A full date near the top but inside a sentence: often an earlier event the report recalls.</summary>
    public double DateInProse { get; init; } = 0.35;
    /// <summary>"Wednesday, Oct. 12" near the top, in the only year the other evidence allows.</summary>
    public double WeekdayDayMonthOneYear { get; init; } = 0.85;
    /// <summary>The same, when several years fit (the latest is taken).</summary>
    public double WeekdayDayMonthSeveralYears { get; init; } = 0.3;
    /// <summary>A day and month further down, in the first year after what the text tells as past.</summary>
    public double FirstFittingYear { get; init; } = 0.3;
    /// <summary>A weekday with a day and month further down, in the latest year it fits.</summary>
    public double LatestFittingWeekday { get; init; } = 0.35;
    /// <summary>A dateline without a year, placed by the years the other evidence allows.</summary>
    public double Dateline { get; init; } = 0.6;
    /// <summary>
    /// The same, when in another year the lead's weekday is the day before the dateline (filed overnight): with what the
    /// weekday and the offices add it stays below <see cref="PublicationDateInferrer.DayConfidence"/>.
    /// </summary>
    public double DatelineOvernightToo { get; init; } = 0.25;
    /// <summary>An organisation's anniversary that the text marks or whose weekday it uses.</summary>
    public double Anniversary { get; init; } = 0.6;
    /// <summary>"Russia-Ukraine war, day 233": a live blog's count of days since an era began.</summary>
    public double WarDay { get; init; } = 0.8;
    /// <summary>A known meeting the text reports as under way.</summary>
    public double MeetingUnderWay { get; init; } = 0.55;
    /// <summary>A full date far down the article.</summary>
    public double DateFurtherDown { get; init; } = 0.45;
    /// <summary>The lead's weekday, the first one after the latest day the text tells as past.</summary>
    public double WeekdayAfterTold { get; init; } = PublicationDateInferrer.AnchorConfidence;
    /// <summary>Sharing statements with a dated article: a base, a step per shared phrase, and a cap below anchoring.</summary>
    public double SharedStatementsBase { get; init; } = 0.2;
    public double SharedStatementsStep { get; init; } = 0.01;
    public double SharedStatementsCap { get; init; } = 0.45;
    /// <summary>Reporting an event another report dates, on its weekday (see <see cref="OtherReportsDating"/>).</summary>
    public double OtherReportsEvent { get; init; } = PublicationDateInferrer.AnchorConfidence;

    public double Agreement { get; init; } = 0.1;
    public double WeekdayFits { get; init; } = 0.1;
    public double Constrained { get; init; } = 0.05;
    public double Cap { get; init; } = 0.95;
}
