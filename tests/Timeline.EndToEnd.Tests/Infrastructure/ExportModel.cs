using System.Text.Json;
using System.Text.Json.Serialization;

namespace Timeline.EndToEnd.Tests.Infrastructure;

/// <summary>The shape of /export.json, as far as the tests read it.</summary>
public sealed record ExportDocument([property: JsonPropertyName("events")] IReadOnlyList<ExportEvent> Events)
{
    private static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web);

    public static ExportDocument Parse(string json) =>
        JsonSerializer.Deserialize<ExportDocument>(json, Options) ?? throw new InvalidOperationException("empty JSON export");

    public static async Task<ExportDocument> FetchAsync(AppServer server, string query = "")
    {
        using var http = new HttpClient();
        return Parse(await http.GetStringAsync($"{server.BaseUrl}/export.json{query}"));
    }
}

public sealed record ExportEvent(
    string Id, string Date, string? EndDate, string Precision, bool Approximate, double Confidence, string Type, string Title,
    string? Summary, IReadOnlyList<string> Actors, IReadOnlyList<string> Systems, IReadOnlyList<ExportSource> Sources);

public sealed record ExportSource(int ArticleId, string? File, string? Title, string? Url, string? Quote, int Start, int End);
