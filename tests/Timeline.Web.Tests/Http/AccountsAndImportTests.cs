using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Timeline.Data.Accounts;

namespace Timeline.Web.Tests.Http;

[Collection(AppCollection.Name)]
public sealed partial class AccountsAndImportTests(TimelineAppFactory factory)
{
    private const string Password = "correct horse battery";

    private async Task<string> EditorAsync()
    {
        var name = $"editor{Guid.NewGuid():N}"[..14];
        using var scope = factory.Services.CreateScope();
        (await scope.ServiceProvider.GetRequiredService<AccountAdmin>().AddAsync(name, Roles.Editor, Password)).ShouldBeEmpty();
        return name;
    }

    private HttpClient Client() => factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });

    [GeneratedRegex("name=\"__RequestVerificationToken\" value=\"([^\"]+)\"")]
    private static partial Regex Token();

    private static async Task<HttpResponseMessage> SignInAsync(HttpClient client, string name, string password)
    {
        var page = await client.GetStringAsync("/account/signin");
        var token = Token().Match(page).Groups[1].Value;
        return await client.PostAsync("/account/signin", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = WebUtility.HtmlDecode(token),
            ["name"] = name,
            ["password"] = password,
            ["returnUrl"] = "/import",
        }));
    }

    private static MultipartFormDataContent Files(params (string Name, byte[] Bytes)[] files)
    {
        var form = new MultipartFormDataContent();
        foreach (var (name, bytes) in files)
        {
            var part = new ByteArrayContent(bytes);
            part.Headers.ContentType = new MediaTypeHeaderValue("text/plain");
            form.Add(part, "files", name);
        }
        return form;
    }

    [Fact]
    public async Task Anonymous_requests_to_the_import_api_get_401_and_the_import_page_sends_them_to_sign_in()
    {
        using var client = Client();
        (await client.PostAsync("/api/imports", Files(("a.txt", "x"u8.ToArray())))).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        var page = await client.GetAsync("/import");
        page.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        page.Headers.Location!.ToString().ShouldContain("/account/signin");
        (await client.GetAsync("/imports")).StatusCode.ShouldBe(HttpStatusCode.Redirect);
    }

    [Fact]
    public async Task A_wrong_password_is_refused_without_saying_whether_the_name_exists()
    {
        var name = await EditorAsync();
        using var client = Client();
        var wrong = await SignInAsync(client, name, "not the password at all");
        wrong.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var back = wrong.Headers.Location!.ToString();
        back.ShouldStartWith("/account/signin?failed=wrong");
        (await client.GetStringAsync(back)).ShouldContain("The name or the password is wrong.");
        (await SignInAsync(client, "nobody-here", Password)).Headers.Location!.ToString().ShouldBe(back, "an unknown name is told as a wrong password");
        (await client.PostAsync("/api/imports", Files(("a.txt", "x"u8.ToArray())))).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task A_signed_in_editor_imports_two_articles_and_a_binary_file_and_the_report_names_the_bad_file_and_the_new_events()
    {
        var name = await EditorAsync();
        using var client = Client();
        var signedIn = await SignInAsync(client, name, Password);
        signedIn.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        signedIn.Headers.Location!.ToString().ShouldBe("/import");
        var unique = Guid.NewGuid().ToString("N")[..8];
        var first = Encoding.UTF8.GetBytes($"---\npublished: 2024-04-05\n---\nUpload test {unique}\n\nSweden delivered a further RBS 70 system to Ukraine on Monday, the ministry said.");
        var second = Encoding.UTF8.GetBytes($"---\npublished: 2024-05-10\n---\nUpload test two {unique}\n\nNorway handed Ukraine two more NASAMS launchers on Tuesday.");
        byte[] binary = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0x0D, 0x49, 0x48, 0x44, 0x52, 0, 0, 0, 1, 0xFF, 0xFE];

        var response = await client.PostAsync("/api/imports", Files(($"first-{unique}.txt", first), ($"second-{unique}.md", second), ($"picture-{unique}.txt", binary)));

        response.StatusCode.ShouldBe(HttpStatusCode.OK, await response.Content.ReadAsStringAsync());
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        var root = json.RootElement;
        root.GetProperty("new").GetInt32().ShouldBe(2);
        root.GetProperty("failed").GetInt32().ShouldBe(1);
        var files = root.GetProperty("files").EnumerateArray().ToList();
        var bad = files.Single(f => f.GetProperty("outcome").GetString() == "Failed");
        bad.GetProperty("file").GetString().ShouldBe($"picture-{unique}.txt");
        bad.GetProperty("reason").GetString().ShouldNotBeNullOrWhiteSpace();
        files.Where(f => f.GetProperty("outcome").GetString() == "New").ShouldAllBe(f => f.GetProperty("events").GetArrayLength() > 0);

        // The history records who imported what.
        var history = await client.GetAsync("/imports");
        history.StatusCode.ShouldBe(HttpStatusCode.OK);
        var html = await history.Content.ReadAsStringAsync();
        html.ShouldContain(name);
        html.ShouldContain($"picture-{unique}.txt");
    }

    [Fact]
    public async Task An_editor_removes_an_article_through_the_api_and_anonymous_callers_cannot()
    {
        var name = await EditorAsync();
        using var client = Client();
        (await SignInAsync(client, name, Password)).StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var unique = Guid.NewGuid().ToString("N")[..8];
        var article = Encoding.UTF8.GetBytes($"---\npublished: 2024-04-05\nurl: https://example.org/remove-{unique}\n---\nRemoval test {unique}\n\nFinland delivered a further NASAMS unit to Ukraine on Monday.");
        var imported = await client.PostAsync("/api/imports", Files(($"remove-{unique}.txt", article)));
        imported.StatusCode.ShouldBe(HttpStatusCode.OK);
        using var sources = await factory.Services.CreateScope().ServiceProvider.GetRequiredService<Microsoft.EntityFrameworkCore.IDbContextFactory<Timeline.Data.TimelineDbContext>>().CreateDbContextAsync();
        var id = sources.Articles.Single(a => a.Url == $"https://example.org/remove-{unique}").Id;

        using (var anonymous = Client())
            (await anonymous.DeleteAsync($"/api/articles/{id}")).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        var removed = await client.DeleteAsync($"/api/articles/{id}");

        removed.StatusCode.ShouldBe(HttpStatusCode.OK, await removed.Content.ReadAsStringAsync());
        using var json = JsonDocument.Parse(await removed.Content.ReadAsStringAsync());
        json.RootElement.GetProperty("eventsDeleted").GetInt32().ShouldBeGreaterThan(0);
        (await client.DeleteAsync($"/api/articles/{id}")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await client.GetAsync($"/sources/{id}")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task An_editor_corrects_rejects_and_undoes_through_the_api_and_the_exports_follow()
    {
        var name = await EditorAsync();
        using var client = Client();
        (await SignInAsync(client, name, Password)).StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var unique = Guid.NewGuid().ToString("N")[..8];
        var article = Encoding.UTF8.GetBytes($"---\npublished: 2024-04-05\n---\nCuration test {unique}\n\nEstonia delivered a further Mistral launcher to Ukraine on Monday, its ministry said ({unique}).");
        using var imported = JsonDocument.Parse(await (await client.PostAsync("/api/imports", Files(($"curate-{unique}.txt", article)))).Content.ReadAsStringAsync());
        var id = imported.RootElement.GetProperty("files")[0].GetProperty("events")[0].GetString()!;

        using (var anonymous = Client())
        {
            (await anonymous.PatchAsJsonAsync($"/api/events/{id}", new { date = "2024-03-29" })).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
            (await anonymous.PostAsync($"/api/events/{id}/reject", null)).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        }
        (await client.PatchAsJsonAsync($"/api/events/{id}", new { date = "29 March" })).StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        var patched = await client.PatchAsJsonAsync($"/api/events/{id}", new { date = "2024-03", type = "pledge", systems = new[] { "mistrals", "Piorun" } });
        patched.StatusCode.ShouldBe(HttpStatusCode.OK, await patched.Content.ReadAsStringAsync());

        var json = await client.GetStringAsync("/export.json");
        using (var doc = JsonDocument.Parse(json))
        {
            var e = doc.RootElement.GetProperty("events").EnumerateArray().Single(x => x.GetProperty("id").GetString() == id);
            e.GetProperty("date").GetString().ShouldBe("2024-03");
            e.GetProperty("precision").GetString().ShouldBe("month");
            e.GetProperty("type").GetString().ShouldBe("pledge");
            e.GetProperty("systems").EnumerateArray().Select(x => x.GetString()).ShouldBe(["Mistral", "Piorun"]);
            e.GetProperty("curated").GetBoolean().ShouldBeTrue();
            e.GetProperty("importer").GetProperty("date").GetString().ShouldBe("2024-04-01");
        }

        (await client.PostAsync($"/api/events/{id}/reject", null)).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await client.GetStringAsync("/export.csv")).ShouldNotContain(id, Case.Sensitive, "the event is rejected");

        var history = await client.GetFromJsonAsync<JsonElement>($"/api/events/{id}/history");
        var reject = history.EnumerateArray().Last();
        reject.GetProperty("field").GetString().ShouldBe("Rejected");
        (await client.PostAsync($"/api/corrections/{reject.GetProperty("id").GetInt64()}/undo", null)).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await client.GetStringAsync("/export.csv")).ShouldContain(id, Case.Sensitive, "restored by the undo");
    }

    [Fact]
    public async Task A_script_imports_with_a_personal_token_and_a_revoked_or_unknown_token_gets_401()
    {
        var name = await EditorAsync();
        string token;
        int id;
        using (var scope = factory.Services.CreateScope())
        {
            var users = scope.ServiceProvider.GetRequiredService<Microsoft.AspNetCore.Identity.UserManager<Microsoft.AspNetCore.Identity.IdentityUser>>();
            var userId = (await users.FindByNameAsync(name))!.Id;
            var tokens = scope.ServiceProvider.GetRequiredService<ApiTokens>();
            token = await tokens.CreateAsync(userId, "nightly import");
            id = (await tokens.ListAsync(userId)).Single().Id;
        }
        using var client = Client();
        var unique = Guid.NewGuid().ToString("N")[..8];
        HttpRequestMessage Upload(string bearer) => new(HttpMethod.Post, "/api/imports")
        {
            Headers = { Authorization = new AuthenticationHeaderValue("Bearer", bearer) },
            Content = Files(($"token-{unique}.txt", Encoding.UTF8.GetBytes($"---\npublished: 2021-09-10\n---\nToken test {unique}\n\nLithuania delivered Stinger missiles to Ukraine on Wednesday ({unique}).")))
        };

        (await client.SendAsync(Upload(token))).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await client.SendAsync(Upload("tl_not-a-token"))).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        using (var scope = factory.Services.CreateScope())
        {
            var users = scope.ServiceProvider.GetRequiredService<Microsoft.AspNetCore.Identity.UserManager<Microsoft.AspNetCore.Identity.IdentityUser>>();
            (await scope.ServiceProvider.GetRequiredService<ApiTokens>().RevokeAsync((await users.FindByNameAsync(name))!.Id, id)).ShouldBeTrue();
        }
        (await client.SendAsync(Upload(token))).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task Five_wrong_passwords_lock_the_account_and_then_even_the_right_one_is_refused()
    {
        var name = await EditorAsync();
        using var client = Client();
        for (var i = 0; i < AccountRules.FailuresBeforeLockout; i++)
            (await SignInAsync(client, name, $"wrong password {i}")).Headers.Location!.ToString().ShouldStartWith("/account/signin?failed=");
        var locked = await SignInAsync(client, name, Password);
        locked.Headers.Location!.ToString().ShouldStartWith("/account/signin?failed=locked");
        (await client.GetStringAsync(locked.Headers.Location!.ToString())).ShouldContain("locked after too many failed attempts");
    }
}

public sealed class SignInReturnUrlTests
{
    [Theory]
    [InlineData("/import", "/import")]
    [InlineData("//evil.example/x", "/")]
    [InlineData("/\\evil.example", "/")]
    [InlineData("https://evil.example/", "/")]
    [InlineData(null, "/")]
    public void Only_a_path_on_this_site_is_returned_to_after_sign_in(string? url, string expected) =>
        Timeline.Web.Accounts.AccountHosting.LocalOnly(url).ShouldBe(expected);
}

[Collection(AppCollection.Name)]
public sealed class OpenApiTests(TimelineAppFactory factory)
{
    [Fact]
    public async Task The_api_is_described_by_an_openapi_document_naming_its_write_operations()
    {
        using var client = factory.CreateClient();
        var json = await client.GetStringAsync("/openapi/v1.json");
        using var doc = JsonDocument.Parse(json);
        var paths = doc.RootElement.GetProperty("paths");
        paths.TryGetProperty("/api/imports", out var imports).ShouldBeTrue();
        imports.TryGetProperty("post", out _).ShouldBeTrue();
        paths.GetProperty("/api/events/{id}").TryGetProperty("patch", out _).ShouldBeTrue();
        paths.TryGetProperty("/api/events/{id}/reject", out _).ShouldBeTrue();
        paths.TryGetProperty("/api/corrections/{id}/undo", out _).ShouldBeTrue();
    }
}
