using System.Text.Encodings.Web;
using System.Text.Json;

namespace Timeline.Domain.Export;

/// <summary>{"events":[...]} written with a forward-only writer so large exports stream.</summary>
public static class JsonExport
{
    private static readonly JsonWriterOptions Options = new()
    {
        Indented = true,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    public static async Task WriteAsync(IAsyncEnumerable<ExportEvent> events, Stream stream, CancellationToken ct = default)
    {
        await using var w = new Utf8JsonWriter(stream, Options);
        w.WriteStartObject();
        w.WriteStartArray("events");
        await foreach (var e in events.WithCancellation(ct))
        {
            WriteEvent(w, e);
            if (w.BytesPending > 32 * 1024)
            {
                await w.FlushAsync(ct);
            }
        }
        w.WriteEndArray();
        w.WriteEndObject();
        await w.FlushAsync(ct);
    }

    private static void WriteEvent(Utf8JsonWriter w, ExportEvent export)
    {
        var e = export.Event;
        w.WriteStartObject();
        w.WriteString("id", e.Id);
        w.WriteString("date", e.Date.ToIso());
        WriteNullable(w, "endDate", e.Date.EndToIso());
        w.WriteString("precision", e.Date.Precision.ToString().ToLowerInvariant());
        w.WriteBoolean("approximate", e.Date.Approximate);
        w.WriteNumber("confidence", Math.Round(e.Confidence, 2));
        w.WriteString("type", e.Type.ToString().ToLowerInvariant());
        w.WriteString("title", e.Title);
        w.WriteString("summary", e.Summary);
        WriteNullable(w, "location", e.Location);
        WriteStrings(w, "actors", e.Actors);
        WriteStrings(w, "systems", e.Systems);
        // The values above are the curated ones; what the importer says of the corrected fields is kept beside them.
        w.WriteBoolean("curated", e.Curation is { Changed: true });
        if (e.Curation is { Corrected.IsEmpty: false } curation)
        {
            w.WriteStartObject("importer");
            var said = curation.Importer;
            foreach (var field in curation.Corrected.Fields())
            {
                switch (field)
                {
                    case Curation.CuratedField.Title: w.WriteString("title", said.Title); break;
                    case Curation.CuratedField.Summary: w.WriteString("summary", said.Summary); break;
                    case Curation.CuratedField.Date when said.Date is { } d:
                        w.WriteString("date", d.ToIso());
                        w.WriteString("precision", d.Precision.ToString().ToLowerInvariant());
                        break;
                    case Curation.CuratedField.Type: w.WriteString("type", said.Type?.ToString().ToLowerInvariant()); break;
                    case Curation.CuratedField.Location: WriteNullable(w, "location", string.IsNullOrEmpty(said.Location) ? null : said.Location); break;
                    case Curation.CuratedField.Actors: WriteStrings(w, "actors", said.Actors ?? []); break;
                    case Curation.CuratedField.Systems: WriteStrings(w, "systems", said.Systems ?? []); break;
                }
            }
            w.WriteEndObject();
        }
        w.WriteStartArray("sources");
        foreach (var s in export.Sources)
        {
            w.WriteStartObject();
            w.WriteNumber("articleId", s.ArticleId);
            w.WriteString("file", s.File);
            w.WriteString("title", s.Title);
            WriteNullable(w, "url", s.Url);
            WriteNullable(w, "publisher", s.Publisher);
            WriteNullable(w, "published", s.Published);
            w.WriteString("quote", s.Quote);
            w.WriteNumber("start", s.Start);
            w.WriteNumber("end", s.End);
            w.WriteEndObject();
        }
        w.WriteEndArray();
        w.WriteEndObject();
    }

    private static void WriteNullable(Utf8JsonWriter w, string name, string? value)
    {
        if (value is null)
        {
            w.WriteNull(name);
        }
        else
        {
            w.WriteString(name, value);
        }
    }

    private static void WriteStrings(Utf8JsonWriter w, string name, IReadOnlyList<string> values)
    {
        w.WriteStartArray(name);
        foreach (var v in values)
        {
            w.WriteStringValue(v);
        }
        w.WriteEndArray();
    }
}
