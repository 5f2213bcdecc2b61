using System.Text;
using Microsoft.EntityFrameworkCore;
using Timeline.Data;
using Timeline.Data.Queries;
using Timeline.Domain.Export;
using Timeline.Web.Components.Pages.Timeline;

namespace Timeline.Web.Export;

/// <summary>/export.csv and /export.json take the page's own query (actor, system, type, q, from, to) and stream what it shows.</summary>
public static class ExportEndpoints
{
    public static IEndpointRouteBuilder MapExportEndpoints(this IEndpointRouteBuilder app)
    {
        app.MapGet("/export.csv", async (HttpContext http, IDbContextFactory<TimelineDbContext> factory, CancellationToken ct) =>
        {
            var filter = TimelineFilter.FromQuery(http.Request.Query).ToEventFilter();
            http.Response.ContentType = "text/csv; charset=utf-8";
            http.Response.Headers.ContentDisposition = "attachment; filename=\"timeline.csv\"";
            await UntilClientLeaves(http, async () =>
            {
                await using var db = await factory.CreateDbContextAsync(ct);
                await using var writer = new StreamWriter(http.Response.Body, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false), bufferSize: 16 * 1024, leaveOpen: true);
                await CsvExport.WriteAsync(ExportQueries.StreamAsync(db, filter, ct), writer, ct);
            });
        }).WithName("ExportCsv");

        app.MapGet("/export.json", async (HttpContext http, IDbContextFactory<TimelineDbContext> factory, CancellationToken ct) =>
        {
            var filter = TimelineFilter.FromQuery(http.Request.Query).ToEventFilter();
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
