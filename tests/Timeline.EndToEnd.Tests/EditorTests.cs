using System.Text;
using Timeline.Domain.Import;
using Deque.AxeCore.Playwright;
using Microsoft.Playwright;
using Timeline.EndToEnd.Tests.Infrastructure;
using Timeline.EndToEnd.Tests.Pages;
using static Microsoft.Playwright.Assertions;

namespace Timeline.EndToEnd.Tests;

/// <summary>An editor as a user would work: sign in, import in the browser, open what it made, remove an article.</summary>
public sealed class EditorTests(Xunit.Abstractions.ITestOutputHelper output) : IAsyncLifetime
{
    private const string Editor = "editor-one";
    private const string Password = "a pass phrase for tests";
    private AppServer _server = null!;
    private IPlaywright _playwright = null!;
    private IBrowser _browser = null!;

    public async Task InitializeAsync()
    {
        // The browser first: a missing one fails here, before a server starts that nothing would stop.
        (_playwright, _browser) = await Infrastructure.Browser.LaunchAsync();
        // The first account from configuration, as a container gets it.
        _server = await AppServer.StartAsync(environment: new Dictionary<string, string>
        {
            ["Timeline__Admin__Name"] = Editor,
            ["Timeline__Admin__Password"] = Password,
        });
        await _server.WaitForEventsAsync();
    }

    public async Task DisposeAsync()
    {
        await _browser.DisposeAsync();
        _playwright.Dispose();
        await _server.DisposeAsync();
    }

    private async Task<IPage> NewPageAsync(int width = 1440, ColorScheme scheme = ColorScheme.Light)
    {
        var context = await _browser.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = _server.BaseUrl,
            ViewportSize = new ViewportSize { Width = width, Height = width < 600 ? 844 : 900 },
            ColorScheme = scheme,
        });
        context.SetDefaultTimeout(15_000);
        return await context.NewPageAsync();
    }

    /// <summary>A new page, signed in as the editor, on the import page.</summary>
    private async Task<(IPage Page, ImportPage Import)> EditorAtImportAsync()
    {
        var page = await NewPageAsync();
        var signIn = new SignInPage(page);
        await signIn.GotoAsync("/import");
        await signIn.SignInAsync(Editor, Password);
        return (page, new ImportPage(page));
    }

    private static FilePayload Article(string name, string text) => new() { Name = name, MimeType = "text/plain", Buffer = Encoding.UTF8.GetBytes(text) };

    /// <summary>Presses Tab until <paramref name="target"/> has focus, as a keyboard user finds a control; fails after <paramref name="most"/> presses.</summary>
    private static async Task TabToAsync(IPage page, ILocator target, int most = 80)
    {
        for (var i = 0; i < most; i++)
        {
            if (await target.EvaluateAsync<bool>("el => el === document.activeElement")) return;
            await page.Keyboard.PressAsync("Tab");
        }
        throw new Xunit.Sdk.XunitException($"not reached in {most} presses of Tab");
    }

    [Fact]
    public async Task An_editor_signs_in_imports_a_pasted_article_and_corrects_its_event_by_keyboard_alone()
    {
        var page = await NewPageAsync();
        var signIn = new SignInPage(page);
        await signIn.GotoAsync("/import");
        await TabToAsync(page, signIn.Name);
        await page.Keyboard.TypeAsync(Editor);
        await page.Keyboard.PressAsync("Tab");
        await Expect(signIn.Password).ToBeFocusedAsync();
        await page.Keyboard.TypeAsync(Password);
        await page.Keyboard.PressAsync("Enter");
        await page.WaitForURLAsync(url => url.EndsWith("/import", StringComparison.Ordinal));
        await Interactivity.WaitForRootAsync(page);

        var import = new ImportPage(page);
        await TabToAsync(page, import.PasteText);
        await page.Keyboard.TypeAsync("Slovak launchers\n\nSlovakia handed a second Kub air defence battery to Ukraine on 14 March 2024, its defence ministry said.");
        // Leaving the text commits it; the import button is enabled once the page has it, so it may be just behind.
        await page.Keyboard.PressAsync("Tab");
        await Expect(import.PasteSubmit).ToBeEnabledAsync();
        if (!await import.PasteSubmit.EvaluateAsync<bool>("el => el === document.activeElement")) await page.Keyboard.PressAsync("Shift+Tab");
        await Expect(import.PasteSubmit).ToBeFocusedAsync();
        await page.Keyboard.PressAsync("Enter");
        await Expect(import.Report).ToBeVisibleAsync(new() { Timeout = 60_000 });

        await TabToAsync(page, import.EventLinks.First);
        await page.Keyboard.PressAsync("Enter");
        var details = page.GetByTestId("details-panel");
        await Expect(details.GetByTestId("details-title")).ToBeVisibleAsync();
        await TabToAsync(page, details.GetByTestId("edit-event"), most: 120);
        await page.Keyboard.PressAsync("Enter");
        await TabToAsync(page, details.GetByTestId("edit-title"));
        await page.Keyboard.PressAsync("Control+A");
        await page.Keyboard.TypeAsync("Slovakia hands over a second Kub battery");
        await page.Keyboard.PressAsync("Enter");

        await Expect(details.GetByTestId("details-title")).ToHaveTextAsync("Slovakia hands over a second Kub battery");
        await Expect(details.GetByTestId("details-curated")).ToBeVisibleAsync();
    }

    [Fact]
    public async Task Signed_out_there_are_no_editor_controls_and_the_import_page_asks_for_sign_in()
    {
        var page = await NewPageAsync();
        await page.GotoAsync("/");
        await Interactivity.WaitForRootAsync(page);
        var signIn = new SignInPage(page);
        await Expect(signIn.ImportLink).ToHaveCountAsync(0);
        await Expect(page.GetByTestId("signin-link")).ToBeVisibleAsync();

        await page.GotoAsync("/import");
        await Expect(page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex("/account/signin\\?.*[Rr]eturnUrl=%2Fimport"));
        await Interactivity.WaitForRootAsync(page);
        await signIn.SignInAsync(Editor, "not the password");
        await Expect(signIn.Error).ToHaveTextAsync("The name or the password is wrong.");
    }

    [Fact]
    public async Task An_editor_signs_in_imports_two_articles_and_a_binary_file_and_follows_a_new_event()
    {
        var page = await NewPageAsync();
        var signIn = new SignInPage(page);
        await signIn.GotoAsync("/import");
        await signIn.SignInAsync(Editor, Password);
        await Expect(signIn.SignedInAs).ToHaveTextAsync(Editor);
        var import = new ImportPage(page);
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Import articles" })).ToBeVisibleAsync();

        await import.ImportAsync(
            Article("sweden-rbs70.txt", "---\npublished: 2024-03-04\n---\nSweden sends more RBS 70\n\nSweden delivered a further RBS 70 air defence system to Ukraine on Monday, the defence ministry in Stockholm said."),
            Article("norway-nasams.md", "---\npublished: 2024-05-10\n---\nNorway hands over NASAMS launchers\n\nNorway handed Ukraine two more NASAMS launchers on Tuesday, its defence minister announced."),
            new FilePayload { Name = "photo.txt", MimeType = "text/plain", Buffer = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0x0D, 0xFF, 0xFE, 0, 1] });

        await Expect(import.Summary).ToContainTextAsync("2 new");
        await Expect(import.Summary).ToContainTextAsync("1 failed");
        await Expect(import.Row("photo.txt")).ToHaveAttributeAsync("data-outcome", "Failed");
        await Expect(import.Row("photo.txt").GetByTestId("import-reason")).Not.ToBeEmptyAsync();
        await Expect(import.Row("sweden-rbs70.txt").GetByTestId("import-event-link")).ToHaveCountAsync(1);

        await import.Row("sweden-rbs70.txt").GetByTestId("import-event-link").ClickAsync();
        await Expect(page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex("[?&]event="));
        await Expect(page.GetByTestId("details-panel")).ToContainTextAsync("RBS 70");
    }

    /// <summary>The new pages at desktop and phone width, light and dark: axe finds nothing serious, and each is kept under artifacts/screenshots/.</summary>
    [Theory]
    [InlineData(1440, ColorScheme.Light)]
    [InlineData(1440, ColorScheme.Dark)]
    [InlineData(390, ColorScheme.Light)]
    [InlineData(390, ColorScheme.Dark)]
    public async Task Sign_in_and_import_pages_pass_axe_and_are_saved_as_screenshots(int width, ColorScheme scheme)
    {
        var page = await NewPageAsync(width, scheme);
        var suffix = $"{width}-{scheme.ToString().ToLowerInvariant()}";
        var signIn = new SignInPage(page);
        await signIn.GotoAsync("/import");
        await Themes.WaitForSchemeAsync(page, scheme);
        await CheckAsync(page, $"signin-{suffix}");

        await signIn.SignInAsync(Editor, Password);
        await Themes.WaitForSchemeAsync(page, scheme);
        var import = new ImportPage(page);
        await import.ImportAsync(
            Article($"screenshot-{suffix}.txt", "---\npublished: 2024-02-06\n---\nIRIS-T for Ukraine\n\nGermany delivered another IRIS-T SLM system to Ukraine on Monday."),
            new FilePayload { Name = "not-an-article.txt", MimeType = "text/plain", Buffer = [0, 1, 2, 0xFF] });
        await CheckAsync(page, $"import-{suffix}");
        // The event it made, opened with the curation form.
        await import.Row($"screenshot-{suffix}.txt").GetByTestId("import-event-link").ClickAsync();
        var details = page.GetByTestId("details-panel");
        await details.GetByTestId("edit-event").ClickAsync();
        await Expect(details.GetByTestId("edit-form")).ToBeVisibleAsync();
        await Themes.WaitForSchemeAsync(page, scheme);
        await CheckAsync(page, $"curation-{suffix}");
        await page.GotoAsync("/imports");
        await Expect(page.GetByTestId("imports-table")).ToBeVisibleAsync();
        await Themes.WaitForSchemeAsync(page, scheme);
        await CheckAsync(page, $"imports-{suffix}");
        await page.GotoAsync("/review");
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Review", Exact = true })).ToBeVisibleAsync();
        await Themes.WaitForSchemeAsync(page, scheme);
        await CheckAsync(page, $"review-{suffix}");
        await page.GotoAsync("/account/tokens");
        await Interactivity.WaitForRootAsync(page);
        await page.GetByLabel("What the token is for").FillAsync("nightly import");
        await page.GetByTestId("token-create").ClickAsync();
        await Expect(page.GetByTestId("token-value")).ToContainTextAsync("tl_");
        await Themes.WaitForSchemeAsync(page, scheme);
        await CheckAsync(page, $"tokens-{suffix}");
    }

    private async Task CheckAsync(IPage page, string name)
    {
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(Repo.Artifacts, name + ".png"), FullPage = true });
        var widths = await page.EvaluateAsync<int[]>("() => [document.documentElement.scrollWidth, window.innerWidth]");
        widths[0].ShouldBeLessThanOrEqualTo(widths[1], $"{name} overflows horizontally");
        var result = await page.RunAxe();
        foreach (var v in result.Violations) output.WriteLine($"{name}: {v.Impact} {v.Id}: {v.Help} {string.Join(" | ", v.Nodes.Take(3).Select(n => n.Html))}");
        result.Violations.Where(v => v.Impact is "critical" or "serious").Select(v => $"{v.Id}: {v.Help}").ShouldBeEmpty(name);
    }

    [Fact]
    public async Task An_editor_removes_an_article_from_its_source_page_and_its_only_event_goes()
    {
        var (page, import) = await EditorAtImportAsync();
        await import.ImportAsync(Article("finland-removal.txt",
            "---\npublished: 2023-11-08\nurl: https://example.org/finland-removal\n---\nFinland pledges air defence\n\nFinland pledged a further air defence package with NASAMS missiles to Ukraine on Tuesday."));
        var eventId = await import.EventIdOf("finland-removal.txt");

        await page.GotoAsync("/sources");
        await Interactivity.WaitForRootAsync(page);
        await page.GetByTestId("source-link").Filter(new() { HasText = "Finland pledges air defence" }).ClickAsync();
        await page.GetByTestId("remove-article").ClickAsync();
        await Expect(page.GetByTestId("remove-confirm-text")).ToContainTextAsync("Finland pledges air defence");
        await page.GetByTestId("remove-confirm").ClickAsync();

        await Expect(page.GetByTestId("remove-result")).ToContainTextAsync("1 events deleted");
        using var http = new HttpClient();
        (await http.GetStringAsync($"{_server.BaseUrl}/export.json")).ShouldNotContain(eventId);
    }

    [Fact]
    public async Task An_editor_corrects_an_event_s_date_and_type_rejects_it_and_undoes_the_rejection()
    {
        var (page, import) = await EditorAtImportAsync();
        const string latvia = "---\npublished: 2024-10-10\nurl: https://example.org/latvia-air-defence\n---\nLatvia sends air defence\n\nLatvia delivered Stinger missiles and drone jammers to Ukraine on Tuesday, its defence ministry said.";
        await import.ImportAsync(Article("latvia-curation.txt", latvia));
        var eventId = await import.EventIdOf("latvia-curation.txt");
        await import.Row("latvia-curation.txt").GetByTestId("import-event-link").ClickAsync();
        var details = page.GetByTestId("details-panel");
        await Expect(details).ToContainTextAsync("Stinger");

        await details.GetByTestId("edit-event").ClickAsync();
        await details.GetByLabel("Date (YYYY, YYYY-MM or YYYY-MM-DD)").FillAsync("2024-10-07");
        await details.GetByLabel("Type").SelectOptionAsync("Pledge");
        await details.GetByTestId("edit-save").ClickAsync();

        await Expect(details.GetByTestId("details-curated")).ToBeVisibleAsync();
        await Expect(details.GetByTestId("details-date")).ToContainTextAsync("7 Oct 2024");
        await Expect(details.GetByTestId("importer-says")).ToHaveCountAsync(2);
        await Expect(details.GetByTestId("history-entry")).ToHaveCountAsync(2);
        using var http = new HttpClient();
        var csv = await http.GetStringAsync($"{_server.BaseUrl}/export.csv");
        csv.Split('\n').Single(l => l.StartsWith(eventId, StringComparison.Ordinal)).ShouldContain("2024-10-07");

        // The same article and a changed version of it (same URL) imported as the command line does: the correction holds.
        CommandLineImport("latvia-again.md", latvia).Unchanged.ShouldBe(1);
        CommandLineImport("latvia-edited.md", latvia.Replace("its defence ministry said.", "its defence ministry said on Wednesday.")).Replaced.ShouldBe(1);
        csv = await http.GetStringAsync($"{_server.BaseUrl}/export.csv");
        var row = csv.Split('\n').Single(l => l.StartsWith(eventId, StringComparison.Ordinal));
        row.ShouldContain("2024-10-07");
        row.ShouldContain("pledge");
        await page.ReloadAsync();
        await Interactivity.WaitForRootAsync(page);
        await Expect(details.GetByTestId("details-curated")).ToBeVisibleAsync();
        await Expect(details.GetByTestId("details-date")).ToContainTextAsync("7 Oct 2024");

        await details.GetByTestId("reject-event").ClickAsync();
        await Expect(details.GetByTestId("details-rejected")).ToBeVisibleAsync();
        (await http.GetStringAsync($"{_server.BaseUrl}/export.csv")).ShouldNotContain(eventId);

        await details.GetByTestId("undo-change").First.ClickAsync();
        await Expect(details.GetByTestId("details-rejected")).ToHaveCountAsync(0);
        (await http.GetStringAsync($"{_server.BaseUrl}/export.csv")).ShouldContain(eventId);
    }

    [Fact]
    public async Task Signed_out_the_event_details_have_no_curation_controls()
    {
        var page = await NewPageAsync();
        var events = await new HttpClient().GetStringAsync($"{_server.BaseUrl}/export.csv");
        var id = events.Split('\n')[1].Split(',')[0];
        await page.GotoAsync($"/?event={id}");
        await Interactivity.WaitForRootAsync(page);
        await Expect(page.GetByTestId("details-panel")).ToBeVisibleAsync();
        await Expect(page.GetByTestId("curation-panel")).ToHaveCountAsync(0);
    }

    [Fact]
    public async Task Reports_that_disagree_on_a_date_are_in_the_review_queue_and_a_click_picks_one()
    {
        var (page, import) = await EditorAtImportAsync();
        await import.ImportAsync(
            Article("czech-a.txt", "---\npublished: 2023-06-08\n---\nCzech air defence\n\nThe Czech Republic delivered a Strela-10 launcher to Ukraine on June 6, 2023."),
            Article("czech-b.txt", "---\npublished: 2023-06-09\n---\nCzech air defence again\n\nThe Czech Republic delivered a Strela-10 launcher to Ukraine on June 7, 2023."));

        await page.GotoAsync("/review");
        await Interactivity.WaitForRootAsync(page);
        var row = page.GetByTestId("review-queue").GetByTestId("review-row").Filter(new() { HasText = "Strela" });
        await Expect(row).ToContainTextAsync("sources disagree on the date");
        await row.GetByRole(AriaRole.Link).ClickAsync();

        var details = page.GetByTestId("details-panel");
        await Expect(details.GetByTestId("stated-date")).ToHaveCountAsync(2);
        await details.GetByRole(AriaRole.Button, new() { Name = "Use 2023-06-06" }).ClickAsync();
        await Expect(details.GetByTestId("details-date")).ToContainTextAsync("6 Jun 2023");
        await Expect(details.GetByTestId("date-disagreement")).ToHaveCountAsync(0);

        await page.GotoAsync("/review");
        await Interactivity.WaitForRootAsync(page);
        await Expect(page.GetByTestId("review-row").Filter(new() { HasText = "Strela" })).ToHaveCountAsync(0);
    }

    [Fact]
    public async Task Merging_two_events_keeps_the_survivor_s_id_and_a_link_to_the_other_lands_on_it()
    {
        var (page, import) = await EditorAtImportAsync();
        await import.ImportAsync(
            Article("merge-a.txt", "---\npublished: 2023-02-10\n---\nSpain sends Hawk\n\nSpain delivered Hawk launchers to Ukraine on Wednesday, its defence ministry said."),
            Article("merge-b.txt", "---\npublished: 2023-02-20\n---\nMadrid air defence\n\nMadrid handed over Aspide systems to Ukraine on Monday, the government said."));
        var gone = await import.EventIdOf("merge-b.txt");
        var survivor = await import.EventIdOf("merge-a.txt");

        await import.Row("merge-b.txt").GetByTestId("import-event-link").ClickAsync();
        var details = page.GetByTestId("details-panel");
        await details.GetByLabel("Merge into another event (its id or link)").FillAsync($"{_server.BaseUrl}/?event={survivor}");
        await details.GetByTestId("merge-submit").ClickAsync();

        await Expect(page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex($"event={survivor}"));
        await Expect(details.GetByTestId("details-source")).ToHaveCountAsync(2);
        await Expect(details.GetByTestId("details-curated")).ToBeVisibleAsync();

        await page.GotoAsync($"/?event={gone}");
        await Interactivity.WaitForRootAsync(page);
        await Expect(page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex($"event={survivor}"));
        details = page.GetByTestId("details-panel");
        await Expect(details.GetByTestId("details-source")).ToHaveCountAsync(2);

        // And apart again: the second report's source split off into an event of its own.
        await details.GetByTestId("details-source").Filter(new() { HasText = "Madrid air defence" }).GetByTestId("split-source").ClickAsync();
        await Expect(details.GetByTestId("details-source")).ToHaveCountAsync(1);
        await Expect(details.GetByTestId("details-source")).ToContainTextAsync("Spain sends Hawk");
        await details.GetByTestId("split-link").ClickAsync();
        await Expect(page).Not.ToHaveURLAsync(new System.Text.RegularExpressions.Regex($"event={survivor}"));
        await Expect(details.GetByTestId("details-source")).ToHaveCountAsync(1);
        await Expect(details.GetByTestId("details-source")).ToContainTextAsync("Madrid air defence");

        // The split undone from the split-off event: its source goes back, and the page shows the event it went back to.
        await details.GetByTestId("undo-change").ClickAsync();
        await Expect(page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex($"event={survivor}"));
        await Expect(details.GetByTestId("details-source")).ToHaveCountAsync(2);
    }

    [Fact]
    public async Task The_configured_admin_adds_an_editor_who_can_sign_in_and_then_removes_the_account()
    {
        var page = await NewPageAsync();
        var signIn = new SignInPage(page);
        await signIn.GotoAsync("/admin/users");
        await signIn.SignInAsync(Editor, Password);
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Accounts" })).ToBeVisibleAsync();

        await page.GetByLabel("Name").FillAsync("ben");
        await page.GetByLabel("Password (at least 10 characters)").FillAsync("short");
        await page.GetByTestId("user-add").ClickAsync();
        await Expect(page.GetByTestId("users-problems")).ToContainTextAsync("at least 10 characters");
        await page.GetByLabel("Password (at least 10 characters)").FillAsync("a long enough phrase");
        await page.GetByTestId("user-add").ClickAsync();
        await Expect(page.GetByTestId("user-row").Filter(new() { HasText = "ben" })).ToContainTextAsync("editor");
        await CheckAsync(page, "accounts-1440-light");

        var other = await NewPageAsync();
        var benSignIn = new SignInPage(other);
        await benSignIn.GotoAsync("/import");
        await benSignIn.SignInAsync("ben", "a long enough phrase");
        await Expect(benSignIn.SignedInAs).ToHaveTextAsync("ben");
        await Expect(other.GetByTestId("nav-users")).ToHaveCountAsync(0);

        await page.GetByRole(AriaRole.Button, new() { Name = "Remove ben" }).ClickAsync();
        await Expect(page.GetByTestId("user-row").Filter(new() { HasText = "ben" })).ToHaveCountAsync(0);
    }

    /// <summary>What `timeline import` does (the lock, the store, the importer), on the app's database.</summary>
    private ImportReport CommandLineImport(string name, string text)
    {
        var connectionString = Timeline.Data.TimelineDatabase.ConnectionStringForFile(_server.DatabasePath);
        using var importing = Timeline.Data.Store.ImportLock.Acquire(connectionString);
        using var store = new Timeline.Data.Store.TimelineStore(connectionString);
        return new Timeline.Domain.Import.Importer(Timeline.Domain.Pipeline.ImportPipeline.CreateDefault(Timeline.Domain.Knowledge.KnowledgeBase.LoadDefault()), store)
            .Import([new Timeline.Domain.Import.SourceDocument(Path.Combine(Path.GetTempPath(), name), Encoding.UTF8.GetBytes(text))]);
    }
}
