using Serilog;
using Timeline.Web.Accounts;
using Timeline.Web.Changes;
using Timeline.Web.Curation;
using Timeline.Web.Hosting;
using Timeline.Web.Imports;
using Timeline.Web.Seeding;

// The container's HEALTHCHECK: ask the running instance, start nothing.
if (HealthProbe.IsRequested(args)) return await HealthProbe.RunAsync(args);

// Before any pattern is made: none may run longer than this on one text.
Timeline.Domain.Pipeline.ImportPipeline.LimitPatternTime();

// Stage one: log start-up failures before configuration is read.
Log.Logger = new LoggerConfiguration()
    .WriteTo.Console()
    .CreateBootstrapLogger();

try
{
    var builder = WebApplication.CreateBuilder(args);
    builder.Services.AddSerilog((services, lc) => lc
        .ReadFrom.Configuration(builder.Configuration)
        .ReadFrom.Services(services)
        .Enrich.FromLogContext()
        .WriteTo.Console());

    builder.Services.AddTimelineData(builder.Configuration);
    builder.Services.AddTimelineChanges(builder.Configuration);
    builder.Services.AddTimelineSeeding(builder.Configuration);
    builder.Services.AddTimelineUi();
    builder.Services.AddTimelineAccounts();
    builder.Services.AddTimelineImports();
    builder.Services.AddTimelineCuration();
    // The API described for scripts at /openapi/v1.json.
    builder.Services.AddOpenApi();

    var app = builder.Build();
    app.MigrateTimelineDatabase();
    await app.EnsureConfiguredAdminAsync();
    app.UseTimelinePipeline();
    app.MapTimelineEndpoints();
    app.MapAccountEndpoints();
    app.MapImportEndpoints();
    app.MapCurationEndpoints();
    app.MapOpenApi();
    await app.RunAsync();
}
catch (Exception ex) when (ex is not HostAbortedException)
{
    Log.Fatal(ex, "Timeline web app terminated unexpectedly");
    throw;
}
finally
{
    Log.CloseAndFlush();
}
return 0;

/// <summary>Visible to WebApplicationFactory in the integration tests.</summary>
public partial class Program;
