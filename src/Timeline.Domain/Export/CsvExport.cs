using System.Globalization;
using System.Text;

namespace Timeline.Domain.Export;

/// <summary>RFC 4180 CSV, one row per event, streamed as rows arrive.</summary>
public static class CsvExport
{
    public const string Header = "id,date,end_date,precision,type,title,actors,systems,location,confidence,sources";

    public static async Task WriteAsync(IAsyncEnumerable<ExportEvent> events, TextWriter writer, CancellationToken ct = default)
    {
        await writer.WriteAsync(Header + "\r\n");
        await foreach (var e in events.WithCancellation(ct))
        {
            await writer.WriteAsync(Row(e));
        }
        await writer.FlushAsync(ct);
    }

    public static string Row(ExportEvent export)
    {
        var e = export.Event;
        string[] cells =
        [
            e.Id,
            e.Date.ToIso(),
            e.Date.EndToIso() ?? "",
            e.Date.Precision.ToString().ToLowerInvariant(),
            e.Type.ToString().ToLowerInvariant(),
            e.Title,
            string.Join("; ", e.Actors),
            string.Join("; ", e.Systems),
            e.Location ?? "",
            e.Confidence.ToString("0.##", CultureInfo.InvariantCulture),
            string.Join("; ", export.Sources.Select(s => s.Reference).Distinct()),
        ];
        return string.Join(',', cells.Select(Cell)) + "\r\n";
    }

    /// <summary>Quotes when needed, and defuses cells a spreadsheet would run as a formula.</summary>
    public static string Cell(string value)
    {
        // Spreadsheets also run a formula behind leading spaces or quotes (" =1+1", "'=1+1" after unquoting).
        var first = value.AsSpan().IndexOfAnyExcept(" \"'");
        if (first >= 0 && value[first] is '=' or '+' or '-' or '@' or '\t' or '\r')
        {
            value = "'" + value;
        }
        if (value.AsSpan().IndexOfAny(",\"\r\n") < 0)
        {
            return value;
        }
        var sb = new StringBuilder(value.Length + 8).Append('"');
        foreach (var c in value)
        {
            sb.Append(c == '"' ? "\"\"" : c);
        }
        return sb.Append('"').ToString();
    }
}
