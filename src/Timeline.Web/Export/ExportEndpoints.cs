using System.Text;
using Microsoft.EntityFrameworkCore;
using Timeline.Data;
using Timeline.Data.Queries;
using Timeline.Domain.Export;
using Timeline.Domain.Knowledge;

namespace Timeline.Web.Export;

/// <summary>/export.csv and /export.json take the page's own query (actor, system, type, q, from, to) and stream what it shows.</summary>
public static class ExportEndpoints
{
    public static IEndpointRouteBuilder MapExportEndpoints(this IEndpointRouteBuilder app)
    {
        app.MapGet("/export.csv", async (HttpContext http, IDbContextFactory<TimelineDbContext> factory, KnowledgeBase knowledge, CancellationToken ct) =>
        {
            if (await FilterOf(http, factory, knowledge, ct) is not { } filter) return;
            http.Response.ContentType = "text/csv; charset=utf-8";
            http.Response.Headers.ContentDisposition = "attachment; filename=\"timeline.csv\"";
            await UntilClientLeaves(http, async () =>
            {
                await using var db = await factory.CreateDbContextAsync(ct);
                await using var writer = new StreamWriter(http.Response.Body, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false), bufferSize: 16 * 1024, leaveOpen: true);
                await CsvExport.WriteAsync(ExportQueries.StreamAsync(db, filter, ct), writer, ct);
            });
        }).WithName("ExportCsv");

        app.MapGet("/export.json", async (HttpContext http, IDbContextFactory<TimelineDbContext> factory, KnowledgeBase knowledge, CancellationToken ct) =>
        {
            if (await FilterOf(http, factory, knowledge, ct) is not { } filter) return;
            http.Response.ContentType = "application/json; charset=utf-8";
            http.Response.Headers.ContentDisposition = "attachment; filename=\"timeline.json\"";
            await UntilClientLeaves(http, async () =>
            {
                await using var db = await factory.CreateDbContextAsync(ct);
                await JsonExport.WriteAsync(ExportQueries.StreamAsync(db, filter, ct), http.Response.Body, ct);
            });
        }).WithName("ExportJson");
        return app;
    }

    /// <summary>
    /// The URL's filter, read as the CLI and the page read it; what cannot be read ("?system=Bogus", "?from=2025&amp;to=2024")
    /// is answered 400 with the reasons, not an export of everything or of nothing.
    /// </summary>
    private static async Task<EventFilter?> FilterOf(HttpContext http, IDbContextFactory<TimelineDbContext> factory, KnowledgeBase knowledge, CancellationToken ct)
    {
        var q = http.Request.Query;
        var query = new FilterQuery([.. q["actor"].OfType<string>()], [.. q["system"].OfType<string>()], [.. q["type"].OfType<string>()], q["q"], q["from"], q["to"], q["confidence"]);
        await using var db = await factory.CreateDbContextAsync(ct);
        var parsed = FilterParser.Parse(query, await FilterNamesQuery.LoadAsync(db, knowledge, ct));
        if (parsed.Ok) return parsed.Filter;
        http.Response.StatusCode = StatusCodes.Status400BadRequest;
        http.Response.ContentType = "text/plain; charset=utf-8";
        await http.Response.WriteAsync(string.Join('\n', parsed.Problems.Select(p => "error: " + p)) + "\n", ct);
        return null;
    }

    /// <summary>
    /// A client that closes the connection mid-download is no server error: the stream ends there, logged at debug level.
    /// </summary>
    private static async Task UntilClientLeaves(HttpContext http, Func<Task> write)
    {
        try
        {
            await write();
        }
        catch (Exception e) when (http.RequestAborted.IsCancellationRequested && e is OperationCanceledException or IOException)
        {
            http.RequestServices.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(ExportEndpoints))
                .LogDebug("export to {Client} ended: the client left", http.Connection.RemoteIpAddress);
        }
    }
}
