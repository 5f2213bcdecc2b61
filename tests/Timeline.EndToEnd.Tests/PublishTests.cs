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
}
