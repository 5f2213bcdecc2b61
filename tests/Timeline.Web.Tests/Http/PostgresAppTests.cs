using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Timeline.Data.Accounts;
using Timeline.Data.Store;
using Timeline.Data.Tests;
using Timeline.Web.Hosting;

namespace Timeline.Web.Tests.Http;

/// <summary>
/// The app on a PostgreSQL server (ConnectionStrings:Timeline = Host=...): it creates and migrates its database, imports the
/// seeds on first start, serves them, and reports the database in /health. In the app collection: hosts start one at a time.
/// </summary>
[Collection(AppCollection.Name)]
public sealed partial class PostgresAppTests : IDisposable
{
    private readonly string _name = $"timeline_web_{Guid.NewGuid():N}";
    private readonly string _db;

    public PostgresAppTests() => _db = PostgresServer.ConnectionString(_name);

    public void Dispose() => PostgresServer.Drop(_name, _db);

    /// <summary>An instance of the app; <paramref name="contentRoot"/> stands for another machine's install folder.</summary>
    private sealed class PostgresApp(string connectionString, string seeds, string? contentRoot = null) : WebApplicationFactory<Program>
    {
        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            if (contentRoot is not null) builder.UseContentRoot(contentRoot);
            builder.UseEnvironment("Development");
            builder.UseSetting("ConnectionStrings:Timeline", connectionString);
            builder.UseSetting("Timeline:Database", "Postgres");
            builder.UseSetting("Timeline:SeedPath", seeds);
        }
    }

    private static string Seeds()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Timeline.sln"))) return Path.Combine(dir.FullName, "seeds");
        }
        throw new InvalidOperationException("Timeline.sln not found above " + AppContext.BaseDirectory);
    }

    private static async Task<JsonElement> EventsOnceSeeded(HttpClient client)
    {
        // The first-start import runs in the background: the app answers meanwhile.
        var deadline = DateTime.UtcNow.AddSeconds(60);
        while (true)
        {
            using var json = JsonDocument.Parse(await client.GetStringAsync("/export.json"));
            var events = json.RootElement.GetProperty("events").Clone();
            if (events.GetArrayLength() > 0 || DateTime.UtcNow > deadline) return events;
            await Task.Delay(200);
        }
    }

    [Fact]
    public async Task The_app_on_a_new_postgres_database_migrates_it_imports_the_seeds_and_serves_them()
    {
        await using var app = new PostgresApp(_db, Seeds());
        using var client = app.CreateClient();

        var events = await EventsOnceSeeded(client);

        events.GetArrayLength().ShouldBeGreaterThan(0, "the seeds' events");
        events.EnumerateArray().SelectMany(e => e.GetProperty("sources").EnumerateArray())
            .Select(s => s.GetProperty("file").GetString()).Distinct().Count().ShouldBe(5, "every seed article is a source");
        // The page's own queries (the window, the overview's counts, the lanes) run on PostgreSQL as on SQLite.
        var title = events[0].GetProperty("title").GetString()!;
        foreach (var address in new[] { "/", "/?lanes=system", "/?system=patriot&type=delivery", "/?q=patriot&sort=sources", "/sources/1" })
        {
            var page = await client.GetAsync(address);
            page.StatusCode.ShouldBe(HttpStatusCode.OK, address);
        }
        (await client.GetStringAsync("/?event=" + events[0].GetProperty("id").GetString())).ShouldContain(WebUtility.HtmlEncode(title));
        var health = await client.GetAsync("/health");
        health.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await health.Content.ReadAsStringAsync()).ShouldBe("Healthy");
        StorageStatus.Probe(_db).ReadOnly.ShouldBeFalse();
    }

    [Fact]
    public async Task An_import_by_another_instance_shows_in_this_one_without_a_restart()
    {
        await using var app = new PostgresApp(_db, Path.Combine(Path.GetTempPath(), "no-such-seed-folder"));
        using var client = app.CreateClient();
        (await client.GetStringAsync("/export.csv")).Split('\n', StringSplitOptions.RemoveEmptyEntries).Length.ShouldBe(1, "only the header: nothing seeded");

        // Another instance (or a CLI on another machine) imports into the same server.
        using (var store = new TimelineStore(_db))
        {
            var report = new Timeline.Domain.Import.Importer(
                Timeline.Domain.Pipeline.ImportPipeline.CreateDefault(Timeline.Domain.Knowledge.KnowledgeBase.LoadDefault()), store)
                .Import([.. Directory.GetFiles(Seeds()).Select(f => new Timeline.Domain.Import.SourceDocument(f, File.ReadAllBytes(f)))]);
            report.New.ShouldBe(5);
        }

        (await EventsOnceSeeded(client)).GetArrayLength().ShouldBeGreaterThan(0);
    }

    [Fact]
    public async Task An_upload_into_postgres_is_recorded_in_the_history_with_the_titles_of_its_events()
    {
        Timeline.Data.TimelineDatabase.Migrate(_db);
        var importer = new Timeline.Web.Imports.WebImporter(new TimelineConnection(_db), Timeline.Domain.Knowledge.KnowledgeBase.LoadDefault(),
            Microsoft.Extensions.Logging.Abstractions.NullLogger<Timeline.Web.Imports.WebImporter>.Instance);
        var files = Directory.GetFiles(Seeds()).Order(StringComparer.Ordinal).Take(2)
            .Select(f => new Timeline.Domain.Import.SourceDocument(Path.GetFileName(f), File.ReadAllBytes(f))).ToList();

        var result = await importer.ImportAsync(files, "editor", Timeline.Data.Imports.ImportHistory.Web, null, CancellationToken.None);

        result.Report.New.ShouldBe(2);
        var ids = result.Report.Files.SelectMany(f => f.EventIds).Distinct().ToList();
        ids.ShouldNotBeEmpty();
        result.Titles.Keys.Order(StringComparer.Ordinal).ShouldBe(ids.Order(StringComparer.Ordinal));
        result.Titles.Values.ShouldAllBe(t => t.Length > 0);
        await using var db = new Timeline.Data.TimelineDbContext(Timeline.Data.TimelineDatabase.Options(_db));
        var run = (await Timeline.Data.Imports.ImportHistory.LatestAsync(db, 5)).Single();
        (run.Id, run.UserName, run.Channel).ShouldBe((result.RunId, "editor", "web"));
        run.Files.Select(f => f.FileName).ShouldBe(files.Select(f => f.FileName));
    }

    private static string NoSeeds => Path.Combine(Path.GetTempPath(), "no-such-seed-folder");

    [GeneratedRegex("name=\"__RequestVerificationToken\" value=\"([^\"]+)\"")]
    private static partial Regex AntiforgeryToken();

    [Fact]
    public async Task Two_instances_on_one_database_share_the_sign_in_and_each_sees_the_others_corrections_without_a_restart()
    {
        // Two install folders, as on two machines: without a shared application name and key ring neither reads the other's cookie.
        var roots = new[] { "a", "b" }.Select(n => Directory.CreateDirectory(Path.Combine(Path.GetTempPath(), $"timeline-{n}-{Guid.NewGuid():N}")).FullName).ToArray();
        try
        {
            await using var a = new PostgresApp(_db, NoSeeds, roots[0]);
            await using var b = new PostgresApp(_db, NoSeeds, roots[1]);
            using var clientA = a.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
            using var clientB = b.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = false });
            (await clientB.GetAsync("/health")).StatusCode.ShouldBe(HttpStatusCode.OK, "B is up before anyone signs in");
            const string password = "correct horse battery";
            using (var scope = a.Services.CreateScope())
                (await scope.ServiceProvider.GetRequiredService<AccountAdmin>().AddAsync("editor", Roles.Editor, password)).ShouldBeEmpty();

            // Signed in through A.
            var form = await clientA.GetStringAsync("/account/signin");
            var signIn = await clientA.PostAsync("/account/signin", new FormUrlEncodedContent(new Dictionary<string, string>
            {
                ["__RequestVerificationToken"] = WebUtility.HtmlDecode(AntiforgeryToken().Match(form).Groups[1].Value),
                ["name"] = "editor",
                ["password"] = password,
                ["returnUrl"] = "/imports",
            }));
            signIn.Headers.Location!.ToString().ShouldBe("/imports", "signed in");
            var cookie = signIn.Headers.GetValues("Set-Cookie").Select(c => c.Split(';')[0]).Single(c => c.StartsWith("timeline.auth=", StringComparison.Ordinal));

            // B takes A's cookie: its editors' pages and API let the editor in.
            (await clientB.GetAsync("/imports")).StatusCode.ShouldBe(HttpStatusCode.Redirect, "B without the cookie sends to sign-in");
            clientB.DefaultRequestHeaders.Add("Cookie", cookie);
            (await clientB.GetAsync("/imports")).StatusCode.ShouldBe(HttpStatusCode.OK, "B reads the cookie A wrote");

            // One key ring, in the database: B found A's key instead of making its own.
            await using (var db = new Timeline.Data.TimelineDbContext(Timeline.Data.TimelineDatabase.Options(_db)))
                (await db.DataProtectionKeys.CountAsync()).ShouldBe(1);

            // An import through B, seen by A; a correction through A, seen by B; neither restarted.
            var article = Encoding.UTF8.GetBytes("---\npublished: 2024-04-05\n---\nTwo instances\n\nEstonia delivered a further Mistral launcher to Ukraine on Monday, its ministry said.");
            var files = new MultipartFormDataContent();
            var part = new ByteArrayContent(article);
            part.Headers.ContentType = new MediaTypeHeaderValue("text/plain");
            files.Add(part, "files", "two-instances.txt");
            var imported = await clientB.PostAsync("/api/imports", files);
            imported.StatusCode.ShouldBe(HttpStatusCode.OK, await imported.Content.ReadAsStringAsync());
            using var report = JsonDocument.Parse(await imported.Content.ReadAsStringAsync());
            var id = report.RootElement.GetProperty("files")[0].GetProperty("events")[0].GetString()!;
            (await EventOn(clientA, id)).GetProperty("date").GetString().ShouldBe("2024-04-01");
            (await EventOn(clientB, id)).GetProperty("curated").GetBoolean().ShouldBeFalse("B has served the event before the correction");

            var patched = await clientA.PatchAsJsonAsync($"/api/events/{id}", new { date = "2024-03" });
            patched.StatusCode.ShouldBe(HttpStatusCode.OK, await patched.Content.ReadAsStringAsync());

            var corrected = await EventOn(clientB, id);
            corrected.GetProperty("date").GetString().ShouldBe("2024-03");
            corrected.GetProperty("curated").GetBoolean().ShouldBeTrue();
        }
        finally
        {
            foreach (var root in roots) Directory.Delete(root, recursive: true);
        }
    }

    private static async Task<JsonElement> EventOn(HttpClient client, string id)
    {
        using var json = JsonDocument.Parse(await client.GetStringAsync("/export.json"));
        return json.RootElement.GetProperty("events").EnumerateArray().Single(e => e.GetProperty("id").GetString() == id).Clone();
    }

    [Fact]
    public async Task Health_is_unhealthy_once_the_postgres_database_is_gone()
    {
        await using var app = new PostgresApp(_db, NoSeeds);
        using var client = app.CreateClient();
        (await client.GetAsync("/health")).StatusCode.ShouldBe(HttpStatusCode.OK);

        PostgresServer.Drop(_name, _db);

        var health = await client.GetAsync("/health");
        health.StatusCode.ShouldBe(HttpStatusCode.ServiceUnavailable);
        (await health.Content.ReadAsStringAsync()).ShouldBe("Unhealthy");
    }
}
