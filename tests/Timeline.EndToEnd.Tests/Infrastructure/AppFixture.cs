using Microsoft.Playwright;

namespace Timeline.EndToEnd.Tests.Infrastructure;

/// <summary>One published app and one browser, shared by the tests of a collection.</summary>
public abstract class BrowserAppFixture : IAsyncLifetime
{
    private IPlaywright? _playwright;

    public AppServer Server { get; private set; } = null!;
    public IBrowser Browser { get; private set; } = null!;

    /// <summary>How long the app took from process start until its data was there.</summary>
    public TimeSpan SeededAfter { get; private set; }

    protected abstract Task<AppServer> StartServerAsync();

    /// <summary>Waits until seeding (which runs in the background after /health) has produced data.</summary>
    protected abstract Task WaitForDataAsync(AppServer server);

    public async Task InitializeAsync()
    {
        // The browser first: a missing one fails here, before a server starts that nothing would stop.
        (_playwright, Browser) = await Infrastructure.Browser.LaunchAsync();
        Server = await StartServerAsync();
        await WaitForDataAsync(Server);
        SeededAfter = Server.Uptime;
    }

    public async Task<IPage> NewPageAsync(int width = 1440, int height = 900, ColorScheme scheme = ColorScheme.Light)
    {
        var context = await Browser.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = Server.BaseUrl,
            ViewportSize = new ViewportSize { Width = width, Height = height },
            ColorScheme = scheme,
            AcceptDownloads = true,
        });
        context.SetDefaultTimeout(15_000);
        return await context.NewPageAsync();
    }

    public virtual async Task DisposeAsync()
    {
        if (Browser is not null)
        {
            await Browser.DisposeAsync();
        }
        _playwright?.Dispose();
        if (Server is not null)
        {
            await Server.DisposeAsync();
        }
    }
}

/// <summary>The app on the repository's seeds/ (14 events from 5 articles).</summary>
public sealed class AppFixture : BrowserAppFixture
{
    protected override Task<AppServer> StartServerAsync() => AppServer.StartAsync();

    protected override Task WaitForDataAsync(AppServer server) => server.WaitForEventsAsync(minRows: 10);
}

[CollectionDefinition(Name)]
public sealed class AppCollection : ICollectionFixture<AppFixture>
{
    public const string Name = "app";
}
