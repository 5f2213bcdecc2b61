using Bunit;
using Microsoft.Extensions.DependencyInjection;
using MudBlazor.Services;
using Timeline.Web.Components.Pages.Sources;
using Timeline.Web.Components.Pages.Timeline;

namespace Timeline.Web.Tests;

/// <summary>The one bUnit base: MudBlazor services, loose JS interop (gesture capture is not under test), and the shared synthetic database.</summary>
public abstract class TimelineTestContext : BunitContext
{
    protected TimelineTestContext()
    {
        JSInterop.Mode = JSRuntimeMode.Loose;
        Services.AddMudServices();
        var factory = TestDatabase.CreateFactory();
        Services.AddSingleton(factory);
        Services.AddSingleton(new TimelineQueries(factory));
        Services.AddSingleton(new SourceQueries(factory));
        Services.AddSingleton(new Timeline.Web.Changes.TimelineChanges(factory));
        Services.AddSingleton(new Timeline.Web.Seeding.SeedStatus());
        Services.AddSingleton(new Timeline.Web.Hosting.StorageHolder());
        Services.AddSingleton(new Timeline.Web.Imports.WebArticleRemoval(new Timeline.Web.Hosting.TimelineConnection(TestDatabase.ConnectionString),
            Timeline.Domain.Knowledge.KnowledgeBase.LoadDefault(), Microsoft.Extensions.Logging.Abstractions.NullLogger<Timeline.Web.Imports.WebArticleRemoval>.Instance));
        Services.AddSingleton(new Timeline.Data.Curation.EventCurator(TestDatabase.ConnectionString));
        Services.AddSingleton(Timeline.Domain.Knowledge.KnowledgeBase.LoadDefault());
        // Anonymous unless a test signs someone in (Authorization.SetAuthorized).
        Authorization = AddAuthorization();
    }

    protected Bunit.TestDoubles.BunitAuthorizationContext Authorization { get; }
}
