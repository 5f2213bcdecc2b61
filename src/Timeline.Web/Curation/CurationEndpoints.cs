using System.Security.Claims;
using Timeline.Data.Curation;
using Timeline.Domain.Knowledge;
using Timeline.Web.Accounts;
using Timeline.Web.Hosting;

namespace Timeline.Web.Curation;

/// <summary>
/// Curation for scripts, for editors only: `PATCH /api/events/{id}` (the fields of <see cref="CurationRequest"/>),
/// `POST /api/events/{id}/reject`, `/restore`, `/merge` and `/split`, `GET /api/events/{id}/history`, `POST /api/corrections/{id}/undo`.
/// </summary>
public static class CurationEndpoints
{
    public static IServiceCollection AddTimelineCuration(this IServiceCollection services)
    {
        // Fields and types by name in the API's answers ("Date", not 2).
        services.ConfigureHttpJsonOptions(o => o.SerializerOptions.Converters.Add(new System.Text.Json.Serialization.JsonStringEnumConverter()));
        return services.AddSingleton(sp => new EventCurator(sp.GetRequiredService<TimelineConnection>().ConnectionString,
            Timeline.Domain.Pipeline.ImportPipeline.CreateDefault(sp.GetRequiredService<KnowledgeBase>())));
    }

    /// <summary>`POST /api/events/{id}/merge`: the event <c>id</c> goes into <see cref="Into"/>, which keeps its id.</summary>
    public sealed record MergeRequest(string? Into);

    /// <summary>`POST /api/events/{id}/split`: the sources from article <see cref="Article"/> (its id) become an event of their own.</summary>
    public sealed record SplitRequest(int Article);

    public sealed record EventResult(string Id, string Title, string Date, string Type, bool Rejected, bool Curated);

    public static WebApplication MapCurationEndpoints(this WebApplication app)
    {
        var api = app.MapGroup("/api").RequireAuthorization(AccountHosting.EditorsPolicy);
        api.MapPatch("/events/{id}", (string id, CurationRequest request, ClaimsPrincipal user, EventCurator curator, KnowledgeBase knowledge, StorageHolder storage) =>
        {
            if (storage.Current.ReadOnly) return ReadOnly(storage);
            var parsed = request.Parse(knowledge);
            if (parsed.Problems.Count > 0) return Results.BadRequest(new { problems = parsed.Problems });
            EventCurator.Result? last = null;
            foreach (var (field, value) in parsed.Changes)
            {
                last = curator.Correct(id, field, value, Name(user));
                if (last.Outcome == EventCurator.Outcome.NotFound) return Results.NotFound(last.Reason);
            }
            return Results.Ok(ToResult(last!));
        });
        api.MapPost("/events/{id}/reject", (string id, ClaimsPrincipal user, EventCurator curator, StorageHolder storage) =>
            storage.Current.ReadOnly ? ReadOnly(storage) : Answer(curator.Reject(id, true, Name(user))));
        api.MapPost("/events/{id}/restore", (string id, ClaimsPrincipal user, EventCurator curator, StorageHolder storage) =>
            storage.Current.ReadOnly ? ReadOnly(storage) : Answer(curator.Reject(id, false, Name(user))));
        api.MapPost("/events/{id}/merge", (string id, MergeRequest request, ClaimsPrincipal user, EventCurator curator, StorageHolder storage) =>
        {
            if (storage.Current.ReadOnly) return ReadOnly(storage);
            if (string.IsNullOrWhiteSpace(request.Into)) return Results.BadRequest("name the event to merge into: {\"into\": \"ev-...\"}");
            var result = curator.Merge(id, request.Into.Trim(), Name(user));
            return result.Outcome == EventCurator.Outcome.Unchanged ? Results.BadRequest(result.Reason) : Answer(result);
        });
        api.MapPost("/events/{id}/split", (string id, SplitRequest request, ClaimsPrincipal user, EventCurator curator, StorageHolder storage) =>
        {
            if (storage.Current.ReadOnly) return ReadOnly(storage);
            var result = curator.Split(id, request.Article, Name(user));
            return result.Outcome == EventCurator.Outcome.Unchanged ? Results.BadRequest(result.Reason) : Answer(result);
        });
        api.MapGet("/events/{id}/history", (string id, EventCurator curator) => Results.Ok(curator.History(id)));
        api.MapPost("/corrections/{id:long}/undo", (long id, ClaimsPrincipal user, EventCurator curator, StorageHolder storage) =>
        {
            if (storage.Current.ReadOnly) return ReadOnly(storage);
            var result = curator.Undo(id, Name(user));
            return result.Outcome == EventCurator.Outcome.NotUndoable ? Results.Conflict(result.Reason) : Answer(result);
        });
        return app;
    }

    private static IResult Answer(EventCurator.Result result) =>
        result.Outcome == EventCurator.Outcome.NotFound ? Results.NotFound(result.Reason) : Results.Ok(ToResult(result));

    private static EventResult? ToResult(EventCurator.Result result) => result.Event is { } e
        ? new EventResult(e.Id, e.Title, e.Date.ToIso(), e.Type.ToString().ToLowerInvariant(), e.Curation?.Rejected ?? false, e.Curation is { Corrected.IsEmpty: false })
        : null;

    private static IResult ReadOnly(StorageHolder storage) =>
        Results.Problem($"the database is read-only: {storage.Current.Reason}", statusCode: StatusCodes.Status503ServiceUnavailable);

    private static string Name(ClaimsPrincipal user) => user.Identity?.Name ?? "?";
}
