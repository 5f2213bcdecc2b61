using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.DataProtection.KeyManagement;
using Microsoft.EntityFrameworkCore;
using MudBlazor.Services;
using Serilog;
using Timeline.Data;
using Timeline.Web.Components;
using Timeline.Web.Components.Pages.Timeline;
using Timeline.Web.Export;

namespace Timeline.Web.Hosting;

/// <summary>Registrations and pipeline of the web app, kept out of Program.cs so each concern reads on its own.</summary>
public static class TimelineHosting
{
    public const string ConnectionStringName = "Timeline";

    /// <summary>The data-protection discriminator; the default (the content root) differs between two machines' installs.</summary>
    public const string DataProtectionApplicationName = "Timeline";

    public static IServiceCollection AddTimelineData(this IServiceCollection services, IConfiguration configuration)
    {
        var connectionString = configuration.GetConnectionString(ConnectionStringName) ?? TimelineDatabase.DefaultConnectionString;
        // The engine is the connection string's; Timeline:Database (Sqlite or Postgres), when set, must agree with it, so a
        // deployment that meant a server but left the file path fails at start instead of writing a file nobody shares.
        DatabaseEngines.Of(connectionString, configuration["Timeline:Database"]);
        services.AddSingleton(new TimelineConnection(connectionString));
        services.AddSingleton<StorageHolder>();
        // The same knowledge the importer reads: the filters find names through its aliases.
        services.AddSingleton(_ => Timeline.Domain.Knowledge.KnowledgeBase.LoadDefault());
        // A factory, not a scoped context: a Blazor circuit lives for minutes and must open one context per operation.
        services.AddDbContextFactory<TimelineDbContext>(o => TimelineDatabase.Configure(o, connectionString));
        // The key ring lives in the database, under one application name: every instance on the same database reads the
        // sign-in and antiforgery cookies the others wrote, whichever of them answers. On SQLite (one instance) the keys
        // simply travel with the database file.
        services.AddDataProtection().SetApplicationName(DataProtectionApplicationName).PersistKeysToDbContext<TimelineDbContext>();
        // A database the app cannot write cannot take a new key either: the pages' antiforgery tokens would fail. Such an app
        // browses alone, so it keeps its keys where ASP.NET Core would by default. Options are read at the first key use,
        // after MigrateTimelineDatabase has probed the storage.
        services.AddOptions<KeyManagementOptions>().PostConfigure<StorageHolder>((o, storage) =>
        {
            if (storage.Current.ReadOnly) o.XmlRepository = null;
        });
        services.AddHealthChecks().AddDbContextCheck<TimelineDbContext>("database");
        services.AddSingleton<TimelineQueries>();
        // "Exported 3 Dec 2026" on a published picture: a clock tests can set.
        services.AddSingleton(TimeProvider.System);
        services.AddSingleton<Timeline.Web.Components.Pages.Sources.SourceQueries>();
        return services;
    }

    public static IServiceCollection AddTimelineUi(this IServiceCollection services)
    {
        services.AddRazorComponents().AddInteractiveServerComponents();
        services.AddMudServices();
        return services;
    }

    /// <summary>Migrations run before the first request so every page and endpoint sees the current schema.</summary>
    public static WebApplication MigrateTimelineDatabase(this WebApplication app)
    {
        var connectionString = app.Services.GetRequiredService<TimelineConnection>().ConnectionString;
        TimelineDatabase.Migrate(connectionString);
        var storage = app.Services.GetRequiredService<StorageHolder>();
        storage.Current = StorageStatus.Probe(connectionString);
        if (storage.Current.ReadOnly)
        {
            app.Logger.LogWarning("The database cannot be written ({Reason}): the app browses read-only, nothing is imported", storage.Current.Reason);
        }
        return app;
    }

    public static WebApplication UseTimelinePipeline(this WebApplication app)
    {
        if (!app.Environment.IsDevelopment())
        {
            app.UseExceptionHandler("/Error", createScopeForErrors: true);
        }
        app.UseSerilogRequestLogging();
        app.UseSecurityHeaders();
        app.UseHeadAsGet();
        // Routing after HEAD became GET, so the GET endpoint is found.
        app.UseRouting();
        app.UseAuthentication();
        app.UseAuthorization();
        app.UseStatusCodePagesWithReExecute("/not-found", createScopeForStatusCodePages: true);
        app.UseAntiforgery();
        return app;
    }

    public static WebApplication MapTimelineEndpoints(this WebApplication app)
    {
        app.MapStaticAssets();
        app.MapHealthChecks("/health");
        app.MapExportEndpoints();
        // Our own policy (SecurityHeaders) already names frame-ancestors: Blazor's would be a second policy header.
        app.MapRazorComponents<App>().AddInteractiveServerRenderMode(o => o.ContentSecurityFrameAncestorsPolicy = null);
        return app;
    }
}

/// <summary>The app's database, for what works on a plain connection rather than a context (migrations, the seed import).</summary>
public sealed record TimelineConnection(string ConnectionString);

/// <summary>The database's <see cref="StorageStatus"/>, found once the app has migrated it.</summary>
public sealed class StorageHolder
{
    public StorageStatus Current { get; set; } = StorageStatus.Writable;
}
