namespace Timeline.Domain.Pipeline.Temporal;

public enum TemporalKind
{
    /// <summary>Day, month and year: "October 12, 2022", "2024-04-04".</summary>
    FullDate,
    /// <summary>Day and month, maybe a weekday, no year: "Wednesday, Oct. 12", "the 4th of April".</summary>
    DayMonth,
    MonthYear,
    /// <summary>A month name alone: "in July", "next November".</summary>
    Month,
    Year,
    /// <summary>A weekday: "on Thursday", "last Saturday", "Thursday night".</summary>
    Weekday,
    /// <summary>"the night from Wednesday to Thursday": the morning of the second day.</summary>
    NightBetween,
    RelativeDay,
    RelativeWeek,
    RelativeMonth,
    RelativeYear,
}

/// <summary>How a weekday or month is anchored to the reference date.</summary>
public enum Anchor { Nearest, Last, Next, This }

/// <summary>A date phrase found in text, before it is resolved against a reference date.</summary>
public sealed record TemporalExpression(
    int Start,
    int End,
    string Text,
    TemporalKind Kind,
    int? Year = null,
    int? Month = null,
    int? Day = null,
    DayOfWeek? Weekday = null,
    int Offset = 0,
    Anchor Anchor = Anchor.Nearest)
{
    public int Length => End - Start;

    /// <summary>Needs a reference date to mean anything.</summary>
    public bool IsRelative => Kind is not (TemporalKind.FullDate or TemporalKind.MonthYear or TemporalKind.Year);
}
