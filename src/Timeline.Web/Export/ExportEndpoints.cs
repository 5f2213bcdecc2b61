using System.Text;
using Microsoft.EntityFrameworkCore;
using Timeline.Data;
using Timeline.Data.Queries;
using Timeline.Domain.Export;
using Timeline.Domain.Knowledge;
using Timeline.Web.Components.Pages.Timeline;
using Timeline.Web.Components.Pages.Timeline.Geometry;

namespace Timeline.Web.Export;

/// <summary>
/// /export.csv and /export.json take the page's own query (actor, system, type, q, from, to) and stream what it shows;
/// /export.svg draws it as a picture to publish (also with lanes= and width=), which the page turns into a PNG.
/// </summary>
public static class ExportEndpoints
{
    public static IEndpointRouteBuilder MapExportEndpoints(this IEndpointRouteBuilder app)
    {
        app.MapGet("/export.csv", async (HttpContext http, IDbContextFactory<TimelineDbContext> factory, KnowledgeBase knowledge, CancellationToken ct) =>
        {
            if (await FilterOf(http, factory, knowledge, ct) is not { } filter) return;
            http.Response.ContentType = "text/csv; charset=utf-8";
            http.Response.Headers.ContentDisposition = Attachment(http, "csv");
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
            http.Response.Headers.ContentDisposition = Attachment(http, "json");
            await UntilClientLeaves(http, async () =>
            {
                await using var db = await factory.CreateDbContextAsync(ct);
                await JsonExport.WriteAsync(ExportQueries.StreamAsync(db, filter, ct), http.Response.Body, ct);
            });
        }).WithName("ExportJson");
        app.MapGet("/export.svg", async (HttpContext http, IDbContextFactory<TimelineDbContext> factory, KnowledgeBase knowledge, TimelineQueries queries, TimeProvider clock, CancellationToken ct) =>
        {
            if (await FilterOf(http, factory, knowledge, ct) is not { } read) return;
            var filter = TimelineFilter.FromQuery(http.Request.Query).WithNames(read);
            // The window the page shows for this address: its from/to, else the bulk of the events ("Fit all").
            var counts = await queries.CountsAsync(filter.ToEventFilter(includeWindow: false), ct);
            var window = filter.Window?.CloseOpenSides(DensityStrip.DataExtent(counts)) ?? DefaultWindow.Choose(counts);
            filter = filter.WithWindow(window);
            var lanes = Enum.TryParse<LaneMode>(http.Request.Query["lanes"], ignoreCase: true, out var l) ? l : LaneMode.None;
            var width = double.TryParse(http.Request.Query["width"], System.Globalization.NumberStyles.Float, System.Globalization.CultureInfo.InvariantCulture, out var w)
                && double.IsFinite(w) ? Math.Clamp(w, 480, 2400) : 1200;
            var view = await queries.WindowAsync(filter, window, lanes, PublishedImage.Options(width), ct, counts);
            var sources = await queries.SourceCountAsync(filter.ToEventFilter(), ct);
            var caption = ImageCaption.For(filter, window, view.Total, sources, DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime));
            http.Response.ContentType = "image/svg+xml; charset=utf-8";
            http.Response.Headers.ContentDisposition = ExportFileName.Header(ExportFileName.For(filter, window, "svg"));
            await http.Response.WriteAsync(PublishedImage.Svg(view, caption), ct);
        }).WithName("ExportSvg");
        return app;
    }

    /// <summary>The download's name from the address's own filter and window, as the page's menu names it.</summary>
    private static string Attachment(HttpContext http, string extension)
    {
        var filter = TimelineFilter.FromQuery(http.Request.Query);
        return ExportFileName.Header(ExportFileName.For(filter, filter.Window, extension));
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
