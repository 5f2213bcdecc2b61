using System.Net;
using Timeline.EndToEnd.Tests.Infrastructure;

namespace Timeline.EndToEnd.Tests;

[Collection(AppCollection.Name)]
public sealed class PublishTests(AppFixture app)
{
    [Fact]
    public void Dockerfile_publishes_the_web_project_in_release()
    {
        var command = PublishedApp.DockerfilePublishCommand();
        command.ShouldStartWith("dotnet publish src/Timeline.Web/Timeline.Web.csproj");
        command.ShouldContain("-c Release");
    }

    [Fact]
    public async Task Published_app_imports_the_seeds_on_first_start_and_reports_healthy()
    {
        using var http = new HttpClient();
        (await http.GetAsync($"{app.Server.BaseUrl}/health")).StatusCode.ShouldBe(HttpStatusCode.OK);
        var csv = await http.GetStringAsync($"{app.Server.BaseUrl}/export.csv");
        csv.Split("\r\n", StringSplitOptions.RemoveEmptyEntries).Length.ShouldBeGreaterThan(10);
    }

    [Fact]
    public async Task Published_app_serves_its_static_files_and_mudblazor_assets()
    {
        using var http = new HttpClient();
        (await http.GetAsync($"{app.Server.BaseUrl}/_content/MudBlazor/MudBlazor.min.css")).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await http.GetAsync($"{app.Server.BaseUrl}/css/app.css")).StatusCode.ShouldBe(HttpStatusCode.OK);
    }

    [Fact]
    public void The_image_runs_as_a_non_root_user_with_a_healthcheck_and_restores_on_its_own_layer()
    {
        var lines = File.ReadAllLines(Path.Combine(Repo.Root, "Dockerfile")).Select(l => l.Trim()).ToList();
        var runtime = lines.FindIndex(l => l.StartsWith("FROM mcr.microsoft.com/dotnet/aspnet", StringComparison.Ordinal));
        runtime.ShouldBeGreaterThan(0);
        lines.Skip(runtime).ShouldContain(l => l.StartsWith("USER $APP_UID", StringComparison.Ordinal), "the runtime stage drops root");
        lines.FindIndex(l => l.StartsWith("USER", StringComparison.Ordinal)).ShouldBeLessThan(lines.FindIndex(l => l.StartsWith("ENTRYPOINT", StringComparison.Ordinal)));
        lines.Skip(runtime).ShouldContain(l => l.StartsWith("HEALTHCHECK", StringComparison.Ordinal));
        string.Join('\n', lines).ShouldContain($"\"{Timeline.Web.Hosting.HealthProbe.Flag}\", \"http://127.0.0.1:8080/health\"");
        var restore = lines.FindIndex(l => l.StartsWith("RUN dotnet restore", StringComparison.Ordinal));
        restore.ShouldBeGreaterThan(0, "packages are restored before the sources are copied");
        restore.ShouldBeLessThan(lines.IndexOf("COPY . ."));
        // Every project file the restore needs is copied before it.
        foreach (var project in new[] { "Timeline.Domain", "Timeline.Data", "Timeline.Web" })
            lines.Take(restore).ShouldContain(l => l.Contains($"src/{project}/{project}.csproj", StringComparison.Ordinal), project);

        var ignored = File.ReadAllLines(Path.Combine(Repo.Root, ".dockerignore"));
        ignored.ShouldContain("**/bin");
        ignored.ShouldContain("**/obj");
        ignored.ShouldContain("artifacts");
        ignored.ShouldContain("*.db");

        var compose = File.ReadAllText(Path.Combine(Repo.Root, "compose.yaml"));
        compose.ShouldContain("build: .");
        compose.ShouldContain(":/data", customMessage: "the database is on a volume");
    }

    [Fact]
    public async Task The_health_check_command_exits_0_for_a_healthy_app_and_1_when_none_answers()
    {
        (await HealthCheckAsync($"{app.Server.BaseUrl}/health")).ShouldBe(0);
        (await HealthCheckAsync("http://127.0.0.1:9/health")).ShouldBe(1);
    }

    private static async Task<int> HealthCheckAsync(string url)
    {
        var info = new System.Diagnostics.ProcessStartInfo("dotnet", $"Timeline.Web.dll {Timeline.Web.Hosting.HealthProbe.Flag} {url}")
        {
            WorkingDirectory = PublishedApp.Directory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        using var process = System.Diagnostics.Process.Start(info)!;
        await process.WaitForExitAsync(new CancellationTokenSource(TimeSpan.FromSeconds(60)).Token);
        return process.ExitCode;
    }
}
