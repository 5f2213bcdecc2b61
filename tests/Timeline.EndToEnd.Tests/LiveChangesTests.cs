using System.Text;
using Microsoft.Playwright;
using Timeline.Data;
using Timeline.Data.Store;
using Timeline.Domain.Import;
using Timeline.Domain.Knowledge;
using Timeline.Domain.Pipeline;
using Timeline.EndToEnd.Tests.Infrastructure;
using static Microsoft.Playwright.Assertions;

namespace Timeline.EndToEnd.Tests;

/// <summary>An open page hears of an import made elsewhere (here, as the CLI does it) and shows it when asked.</summary>
public sealed class LiveChangesTests : IAsyncLifetime
{
    private AppServer _server = null!;
    private IPlaywright _playwright = null!;
    private IBrowser _browser = null!;

    public async Task InitializeAsync()
    {
        // The browser first: a missing one fails here, before a server starts that nothing would stop.
        (_playwright, _browser) = await Browser.LaunchAsync();
        _server = await AppServer.StartAsync(environment: new Dictionary<string, string> { ["Timeline__Changes__PollSeconds"] = "1" });
        await _server.WaitForEventsAsync();
    }

    public async Task DisposeAsync()
    {
        await _browser.DisposeAsync();
        _playwright.Dispose();
        await _server.DisposeAsync();
    }

    [Fact]
    public async Task An_import_by_another_process_is_announced_and_shown_on_request()
    {
        var page = await (await _browser.NewContextAsync(new BrowserNewContextOptions { BaseURL = _server.BaseUrl, ViewportSize = new() { Width = 1440, Height = 900 } })).NewPageAsync();
        await page.GotoAsync("/?from=2022-01-01&to=2025-12-31");
        // The page learns of changes once its circuit runs: an import before that is already in what it shows.
        await Interactivity.WaitForRootAsync(page);
        var count = page.GetByTestId("window-count");
        await Expect(count).Not.ToHaveTextAsync("– events");
        var before = int.Parse((await count.TextContentAsync())!.Split(' ')[0].Replace(",", ""), System.Globalization.CultureInfo.InvariantCulture);
        await Expect(page.GetByTestId("new-events")).ToHaveCountAsync(0);

        Import("---\npublished: 2024-06-21\n---\nRomania to give Ukraine a Patriot system\n\n" +
               "Romania's defence council decided on Thursday to donate one of its Patriot air defence systems to Ukraine.");

        var notice = page.GetByTestId("new-events");
        await Expect(notice).ToBeVisibleAsync(new() { Timeout = 20_000 });
        await Expect(notice).ToContainTextAsync("new event");
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(Repo.Artifacts, "timeline-new-events-notice.png") });
        await page.GetByTestId("show-new-events").ClickAsync();

        await Expect(notice).ToHaveCountAsync(0);
        await Expect(count).ToHaveTextAsync($"{before + 1} events");
    }

    private void Import(string article)
    {
        var connectionString = TimelineDatabase.ConnectionStringForFile(_server.DatabasePath);
        using var importing = ImportLock.Acquire(connectionString, _ => { });
        using var store = new TimelineStore(connectionString);
        var path = Path.Combine(Path.GetTempPath(), $"timeline-live-{Guid.NewGuid():N}.md");
        new Importer(ImportPipeline.CreateDefault(KnowledgeBase.LoadDefault()), store)
            .Import([new SourceDocument(path, Encoding.UTF8.GetBytes(article))])
            .New.ShouldBe(1);
    }
}
