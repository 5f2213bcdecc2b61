using System.Net;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Data.Sqlite;
using Timeline.Web.Hosting;

namespace Timeline.Web.Tests.Http;

/// <summary>The app over a database it may not write: it starts, browses and exports, and says it is read-only.</summary>
[Collection(AppCollection.Name)]
public sealed class ReadOnlyDatabaseTests
{
    private sealed class ReadOnlyApp(string connectionString) : WebApplicationFactory<Program>
    {
        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            builder.UseEnvironment("Development");
            builder.UseSetting("ConnectionStrings:Timeline", connectionString);
            builder.UseSetting("Timeline:SeedPath", Path.Combine(Path.GetTempPath(), "no-such-seed-folder"));
        }
    }

    [Fact]
    public async Task A_read_only_database_browses_exports_and_says_it_is_read_only()
    {
        var writable = TestDatabase.Create(50);
        var readOnly = new SqliteConnectionStringBuilder(writable) { Mode = SqliteOpenMode.ReadOnly }.ToString();
        StorageStatus.Probe(writable).ReadOnly.ShouldBeFalse();
        StorageStatus.Probe(readOnly).ShouldBeEquivalentTo(StorageStatus.ReadOnlyBecause("its file or folder is read-only"));

        await using var app = new ReadOnlyApp(readOnly);
        using var client = app.CreateClient();

        var page = await client.GetAsync("/");
        page.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await page.Content.ReadAsStringAsync()).ShouldContain("data-testid=\"read-only\"");
        var csv = await client.GetStringAsync("/export.csv");
        csv.Split('\n', StringSplitOptions.RemoveEmptyEntries).Length.ShouldBe(51, "a header and every event");
        (await client.GetAsync("/health")).StatusCode.ShouldBe(HttpStatusCode.OK);
    }
}
