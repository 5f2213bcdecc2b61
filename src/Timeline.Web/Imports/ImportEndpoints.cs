using System.Security.Claims;
using Timeline.Data.Imports;
using Timeline.Domain.Import;
using Timeline.Web.Accounts;

namespace Timeline.Web.Imports;

/// <summary>
/// The import page's and the source page's operations for scripts, for editors only: `POST /api/imports` (multipart, one or
/// more files) and `DELETE /api/articles/{id}`.
/// </summary>
public static class ImportEndpoints
{
    public sealed record FileResult(string File, string Outcome, string? Reason, int EventsCreated, int EventsUpdated, IReadOnlyList<string> Events);

    public sealed record ImportResult(long Run, int New, int Replaced, int Unchanged, int Failed, int EventsCreated, int EventsUpdated, IReadOnlyList<FileResult> Files);

    public static ImportResult ToResult(long run, ImportReport r) => new(run, r.New, r.Replaced, r.Unchanged, r.Failed, r.EventsCreated, r.EventsUpdated,
        [.. r.Files.Select(f => new FileResult(Path.GetFileName(f.FileName), f.Outcome.ToString(), f.Reason, f.EventsCreated, f.EventsUpdated, f.EventIds))]);

    public static IServiceCollection AddTimelineImports(this IServiceCollection services) =>
        services.AddSingleton<WebImporter>().AddSingleton<WebArticleRemoval>();

    public sealed record RemovalResult(int Article, int EventsDeleted, int EventsKept);

    public static WebApplication MapImportEndpoints(this WebApplication app)
    {
        app.MapPost("/api/imports", async (HttpRequest request, ClaimsPrincipal user, WebImporter importer, Hosting.StorageHolder storage, CancellationToken ct) =>
        {
            if (storage.Current.ReadOnly) return Results.Problem($"the database is read-only: {storage.Current.Reason}", statusCode: StatusCodes.Status503ServiceUnavailable);
            if (!request.HasFormContentType) return Results.BadRequest("send the articles as multipart/form-data files");
            var form = await request.ReadFormAsync(ct);
            if (form.Files.Count == 0) return Results.BadRequest("no files in the request");
            if (form.Files.Count > WebImporter.MaxFiles) return Results.BadRequest($"{form.Files.Count} files: at most {WebImporter.MaxFiles} in one request");
            var documents = new List<SourceDocument>();
            foreach (var file in form.Files)
                documents.Add(await WebImporter.ReadAsync(file.FileName, file.Length, _ => file.OpenReadStream(), ct));
            var result = await importer.ImportAsync(documents, user.Identity?.Name ?? "?", ImportHistory.Api, null, ct);
            return Results.Ok(ToResult(result.RunId, result.Report));
        })
        .RequireAuthorization(AccountHosting.EditorsPolicy)
        // Authenticated by a SameSite=Strict cookie (see AccountHosting): no other site can make a browser send it.
        .DisableAntiforgery();

        app.MapDelete("/api/articles/{id:int}", async (int id, ClaimsPrincipal user, WebArticleRemoval removal, Hosting.StorageHolder storage, CancellationToken ct) =>
        {
            if (storage.Current.ReadOnly) return Results.Problem($"the database is read-only: {storage.Current.Reason}", statusCode: StatusCodes.Status503ServiceUnavailable);
            return await removal.RemoveAsync(id, user.Identity?.Name ?? "?", ct) is { } report
                ? Results.Ok(new RemovalResult(id, report.EventsDeleted, report.EventsRebuilt))
                : Results.NotFound($"no article {id}");
        })
        .RequireAuthorization(AccountHosting.EditorsPolicy);
        return app;
    }
}
