using System.Globalization;
using Timeline.Data.Curation;
using Timeline.Data.Entities;
using Timeline.Domain.Curation;
using Timeline.Domain.Model;

namespace Timeline.Web.Components.Pages.Curation;

/// <summary>
/// What the curation panel shows of an event: its current values, whether it is rejected, what the importer says of each
/// corrected field, and where its sources disagree on the date or the type.
/// </summary>
public sealed record CurationView(
    string Id, string Title, string Summary, string Date, EventType Type, IReadOnlyList<string> Systems, IReadOnlyList<string> Actors, string Location,
    bool Rejected, IReadOnlyList<(CuratedField Field, string ImporterSays)> Corrected, IReadOnlyList<StatedDate> Disagreement,
    IReadOnlyList<StatedType> TypeDisagreement)
{
    public static CurationView Of(EventEntity e)
    {
        var curation = EventCuration.FromJson(e.Curation);
        var corrected = curation?.Corrected.Fields().Select(f => (f, Text(f, curation.Importer))).ToList() ?? [];
        return new CurationView(e.Id, e.Title, e.Summary, EventDate.Iso(e.Date, e.Precision), e.Type,
            [.. e.Systems.Select(s => s.Name).Order(StringComparer.Ordinal)], [.. e.Actors.Select(a => a.Name).Order(StringComparer.Ordinal)],
            e.Location ?? "", e.Rejected, corrected,
            curation is { Corrected.Date: not null } ? [] : DateDisagreement.Of(global::Timeline.Data.Queries.ReviewQueries.Sources(e.Evidence)),
            curation is { Corrected.Type: not null } ? [] : global::Timeline.Domain.Curation.TypeDisagreement.Of(global::Timeline.Data.Queries.ReviewQueries.Types(e.Evidence)));
    }

    /// <summary>A field's value as the history and the "importer says" notes show it.</summary>
    public static string Text(CuratedField field, EventValues v) => field switch
    {
        CuratedField.Title => v.Title ?? "",
        CuratedField.Summary => v.Summary ?? "",
        CuratedField.Date => v.Date is { } d ? $"{d.ToIso()} ({d.Precision.ToString().ToLowerInvariant()})" : "",
        CuratedField.Type => v.Type?.ToString().ToLowerInvariant() ?? "",
        CuratedField.Systems => v.Systems is { Count: > 0 } s ? string.Join(", ", s) : "none",
        CuratedField.Actors => v.Actors is { Count: > 0 } a ? string.Join(", ", a) : "none",
        CuratedField.Location => string.IsNullOrEmpty(v.Location) ? "none" : v.Location,
        _ => "",
    };

    /// <summary>A history entry's value: a field's text, or whether the event was rejected.</summary>
    public static string ChangeText(CuratedField field, string stored) => field switch
    {
        CuratedField.Rejected => bool.Parse(stored) ? "rejected" : "on the timeline",
        CuratedField.Merged or CuratedField.Split => System.Text.Json.JsonSerializer.Deserialize<string>(stored) ?? "",
        _ => Text(field, EventCurator.Values(stored)),
    };

    public static string When(DateTimeOffset at) => at.UtcDateTime.ToString("yyyy-MM-dd HH:mm 'UTC'", CultureInfo.InvariantCulture);
}
