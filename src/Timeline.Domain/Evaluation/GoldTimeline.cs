using System.Text.Json;
using System.Text.Json.Serialization;

namespace Timeline.Domain.Evaluation;

/// <summary>
/// One event of an annotated timeline (the README's gold format): an ISO date at day, month or year precision, whether
/// it is core (counted for recall) or optional (allowed, not required), its systems, actors and source files, and the
/// events it may be reported together with.
/// </summary>
public sealed record GoldEvent(
    string Id,
    string Kind,
    string Date,
    string Precision,
    IReadOnlyList<string> Systems,
    IReadOnlyList<string> Actors,
    IReadOnlyList<string> Sources,
    IReadOnlyList<string> MergeWith,
    bool Approximate)
{
    public bool IsCore => Kind == "core";
}

/// <summary>Reads a gold timeline: a JSON array of events, or an object with an "events" array.</summary>
public static partial class GoldTimeline
{
    public static IReadOnlyList<GoldEvent> Load(string path)
    {
        using var stream = File.OpenRead(path);
        return Parse(stream);
    }

    public static IReadOnlyList<GoldEvent> Parse(Stream json)
    {
        using var doc = JsonDocument.Parse(json, new JsonDocumentOptions { AllowTrailingCommas = true, CommentHandling = JsonCommentHandling.Skip });
        var array = doc.RootElement.ValueKind == JsonValueKind.Array ? doc.RootElement
            : doc.RootElement.TryGetProperty("events", out var events) ? events
            : throw new InvalidDataException("a gold timeline is a JSON array of events or an object with an \"events\" array");
        var result = new List<GoldEvent>();
        var i = 0;
        foreach (var e in array.EnumerateArray())
        {
            var dto = e.Deserialize(GoldJson.Default.GoldDto) ?? throw new InvalidDataException($"gold event {i} is empty");
            if (string.IsNullOrWhiteSpace(dto.Date)) throw new InvalidDataException($"gold event {dto.Id ?? i.ToString(System.Globalization.CultureInfo.InvariantCulture)} has no date");
            result.Add(new GoldEvent(dto.Id ?? $"event-{i}", dto.Kind ?? "core", dto.Date, dto.Precision ?? PrecisionOf(dto.Date),
                dto.Systems ?? [], dto.Actors ?? [], (dto.Sources ?? []).Select(FileName).ToList(), dto.MergeWith ?? [], dto.Approximate ?? false));
            i++;
        }
        return result;
    }

    /// <summary>Sources are compared by file name, as the scorer does: "a/articles/A01.txt" and "A01.txt" are one file.</summary>
    public static string FileName(string source) => source[(source.LastIndexOf('/') + 1)..];

    private static string PrecisionOf(string date) => date.Length switch { 4 => "year", 7 => "month", _ => "day" };

    private sealed record GoldDto(
        string? Id, string? Kind, string? Date, string? Precision, List<string>? Systems, List<string>? Actors, List<string>? Sources,
        [property: JsonPropertyName("merge_with")] List<string>? MergeWith, bool? Approximate);

    [JsonSourceGenerationOptions(PropertyNameCaseInsensitive = true)]
    [JsonSerializable(typeof(GoldDto))]
    private sealed partial class GoldJson : JsonSerializerContext;
}
