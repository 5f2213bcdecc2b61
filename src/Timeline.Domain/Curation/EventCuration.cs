using System.Text.Json;
using System.Text.Json.Serialization;
using Timeline.Domain.Model;

namespace Timeline.Domain.Curation;

/// <summary>A field of an event a curator can correct.</summary>
public enum CuratedField { Title, Summary, Date, Type, Systems, Actors, Location, Rejected, Merged, Split }

/// <summary>
/// Values of an event's fields, each null when not set: what curators set (<see cref="EventCuration.Corrected"/>) or what the
/// importer says of the corrected fields (<see cref="EventCuration.Importer"/>). An empty <see cref="Location"/> is "no place".
/// </summary>
public sealed record EventValues(
    string? Title = null,
    string? Summary = null,
    EventDate? Date = null,
    EventType? Type = null,
    IReadOnlyList<string>? Systems = null,
    IReadOnlyList<string>? Actors = null,
    string? Location = null)
{
    public bool IsEmpty => !Fields().Any();

    public static EventValues Empty { get; } = new();

    /// <summary>The fields set here.</summary>
    public IEnumerable<CuratedField> Fields()
    {
        if (Title is not null) yield return CuratedField.Title;
        if (Summary is not null) yield return CuratedField.Summary;
        if (Date is not null) yield return CuratedField.Date;
        if (Type is not null) yield return CuratedField.Type;
        if (Systems is not null) yield return CuratedField.Systems;
        if (Actors is not null) yield return CuratedField.Actors;
        if (Location is not null) yield return CuratedField.Location;
    }

    /// <summary>The event's own value of a field, as these values hold it.</summary>
    public static EventValues Of(TimelineEvent e, CuratedField field) => field switch
    {
        CuratedField.Title => new(Title: e.Title),
        CuratedField.Summary => new(Summary: e.Summary),
        CuratedField.Date => new(Date: e.Date),
        CuratedField.Type => new(Type: e.Type),
        CuratedField.Systems => new(Systems: e.Systems),
        CuratedField.Actors => new(Actors: e.Actors),
        CuratedField.Location => new(Location: e.Location ?? ""),
        _ => Empty,
    };

    /// <summary>These values, with the one field taken from <paramref name="other"/> (or cleared when it has none).</summary>
    public EventValues With(CuratedField field, EventValues other) => field switch
    {
        CuratedField.Title => this with { Title = other.Title },
        CuratedField.Summary => this with { Summary = other.Summary },
        CuratedField.Date => this with { Date = other.Date },
        CuratedField.Type => this with { Type = other.Type },
        CuratedField.Systems => this with { Systems = other.Systems },
        CuratedField.Actors => this with { Actors = other.Actors },
        CuratedField.Location => this with { Location = other.Location },
        _ => this,
    };

    /// <summary>The event with the fields set here.</summary>
    public TimelineEvent ApplyTo(TimelineEvent e) => e with
    {
        Title = Title ?? e.Title,
        Summary = Summary ?? e.Summary,
        Date = Date ?? e.Date,
        Type = Type ?? e.Type,
        Systems = Systems ?? e.Systems,
        Actors = Actors ?? e.Actors,
        Location = Location is null ? e.Location : Location.Length == 0 ? null : Location,
    };

    /// <summary>Whether a field holds the same value in both (lists as sets).</summary>
    public static bool Same(EventValues a, EventValues b, CuratedField field) => field switch
    {
        CuratedField.Systems => SameSet(a.Systems, b.Systems),
        CuratedField.Actors => SameSet(a.Actors, b.Actors),
        _ => Equals(Value(a, field), Value(b, field)),
    };

    private static object? Value(EventValues v, CuratedField field) => field switch
    {
        CuratedField.Title => v.Title,
        CuratedField.Summary => v.Summary,
        CuratedField.Date => v.Date,
        CuratedField.Type => v.Type,
        CuratedField.Location => v.Location,
        _ => null,
    };

    private static bool SameSet(IReadOnlyList<string>? a, IReadOnlyList<string>? b) =>
        a is null ? b is null : b is not null && a.ToHashSet(StringComparer.Ordinal).SetEquals(b);

    // Records compare lists by reference: equality here is by value, for the fields that hold lists.
    public bool Equals(EventValues? other) => other is not null && Title == other.Title && Summary == other.Summary && Date == other.Date
        && Type == other.Type && Location == other.Location && SameList(Systems, other.Systems) && SameList(Actors, other.Actors);

    public override int GetHashCode() => HashCode.Combine(Title, Summary, Date, Type, Location);

    private static bool SameList(IReadOnlyList<string>? a, IReadOnlyList<string>? b) =>
        a is null ? b is null : b is not null && a.SequenceEqual(b, StringComparer.Ordinal);
}

/// <summary>
/// What curators changed on an event, kept with it so an import cannot lose it: the values they set, whether they rejected
/// it, and what the importer says of the corrected fields (so the event can show that a later import says something else).
/// The importer reads stored events through <see cref="ImporterView"/> and writes through <see cref="Apply"/>: it merges its
/// own values, and the corrections win.
/// </summary>
public sealed record EventCuration(EventValues Corrected, EventValues Importer, bool Rejected = false)
{
    /// <summary>Events a curator merged into this one: their ids now redirect here.</summary>
    public IReadOnlyList<string> Absorbed { get; init; } = [];

    /// <summary>The event a curator split this one off (with one article's sources), if so.</summary>
    public string? SplitFrom { get; init; }

    public bool IsEmpty => Corrected.IsEmpty && !Rejected && Absorbed.Count == 0 && SplitFrom is null;

    /// <summary>Whether a curator changed what the event says (its fields or its sources), as the exports' "curated" tells.</summary>
    public bool Changed => !Corrected.IsEmpty || Absorbed.Count > 0 || SplitFrom is not null;

    public bool Equals(EventCuration? other) => other is not null && Corrected == other.Corrected && Importer == other.Importer
        && Rejected == other.Rejected && Absorbed.SequenceEqual(other.Absorbed, StringComparer.Ordinal) && SplitFrom == other.SplitFrom;

    public override int GetHashCode() => HashCode.Combine(Corrected, Importer, Rejected, Absorbed.Count);

    public static EventCuration Empty { get; } = new(EventValues.Empty, EventValues.Empty);

    /// <summary>The event as the importer made it: the corrected fields back to the importer's values.</summary>
    public static TimelineEvent ImporterView(TimelineEvent e) =>
        e.Curation is { } c ? c.Importer.ApplyTo(e) with { Curation = null } : e;

    /// <summary>The importer's event with the corrections on it, the importer's values of the corrected fields kept aside.</summary>
    public static TimelineEvent Apply(TimelineEvent importers, EventCuration? curation)
    {
        if (curation is null || curation.IsEmpty) return importers with { Curation = null };
        var said = EventValues.Empty;
        foreach (var field in curation.Corrected.Fields()) said = said.With(field, EventValues.Of(importers, field));
        return curation.Corrected.ApplyTo(importers) with { Curation = curation with { Importer = said } };
    }

    /// <summary>The corrected fields where the importer now says something else than what the curator set.</summary>
    public IEnumerable<CuratedField> Disputed() =>
        Corrected.Fields().Where(f => !EventValues.Same(Corrected, Importer, f));

    private static readonly JsonSerializerOptions Json = new()
    {
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        Converters = { new JsonStringEnumConverter() },
    };

    public string ToJson() => JsonSerializer.Serialize(this, Json);

    public static EventCuration? FromJson(string? json) => string.IsNullOrEmpty(json) ? null : JsonSerializer.Deserialize<EventCuration>(json, Json);
}
