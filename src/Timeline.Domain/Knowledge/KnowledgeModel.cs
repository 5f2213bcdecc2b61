namespace Timeline.Domain.Knowledge;

public enum EntityKind { Person, Country, Organisation, Place, System }

/// <summary>A term of office; <see cref="Keywords"/> are the phrases that show the office is meant near a mention.</summary>
public sealed record Office(string Title, IReadOnlyList<string> Keywords, DateOnly From, DateOnly? To)
{
    public bool Covers(DateOnly date) => date >= From && (To is null || date <= To);
}

/// <summary>
/// One thing the importer can recognise: a person, country, organisation, place or weapon system. A system's
/// <see cref="InUkraineSince"/> is when it was first used in the war in Ukraine (on or before): a text that reports it
/// shooting down, or being shot down, was written after that.
/// </summary>
public sealed record Entity(
    string Name,
    EntityKind Kind,
    IReadOnlyList<string> Aliases,
    DateOnly? Founded = null,
    string? Country = null,
    IReadOnlyList<Office>? Offices = null,
    string? Category = null,
    DateOnly? InUkraineSince = null)
{
    public IReadOnlyList<Office> OfficesOrEmpty => Offices ?? [];
}

/// <summary>A long-running situation that "a seven-month X" phrases count from.</summary>
public sealed record Era(string Name, DateOnly Start, IReadOnlyList<string> Keywords);

/// <summary>
/// A scheduled meeting everyone reports on (a summit): an article that reports it as under way was written during it.
/// <see cref="Place"/> is how the text names where it is held; <see cref="Keywords"/> what it is called ("summit").
/// </summary>
public sealed record KnownMeeting(string Name, string? Organisation, string Place, DateOnly Start, DateOnly End, IReadOnlyList<string> Keywords);
