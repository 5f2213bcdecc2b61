using Microsoft.Playwright;

namespace Timeline.EndToEnd.Tests.Infrastructure;

/// <summary>One published app on the seed articles and one browser, shared by the tests of a collection.</summary>
public sealed class AppFixture : IAsyncLifetime
{
    private IPlaywright? _playwright;

    public AppServer Server { get; private set; } = null!;
    public IBrowser Browser { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        Server = await AppServer.StartAsync();
        (_playwright, Browser) = await Infrastructure.Browser.LaunchAsync();
    }

    public async Task<IPage> NewPageAsync(int width = 1440, int height = 900, ColorScheme scheme = ColorScheme.Light)
    {
        var context = await Browser.NewContextAsync(new BrowserNewContextOptions
        {
            ViewportSize = new ViewportSize { Width = width, Height = height },
            ColorScheme = scheme,
            AcceptDownloads = true,
        });
        return await context.NewPageAsync();
    }

    public async Task DisposeAsync()
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

[CollectionDefinition(Name)]
public sealed class AppCollection : ICollectionFixture<AppFixture>
{
    public const string Name = "app";
}
