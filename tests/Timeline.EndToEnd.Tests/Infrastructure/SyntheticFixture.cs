namespace Timeline.EndToEnd.Tests.Infrastructure;

/// <summary>An app on 100,000 synthetic events (Timeline__SyntheticEvents fills the empty database on first start).</summary>
public sealed class Synthetic100kFixture : BrowserAppFixture
{
    public const int Events = 100_000;

    protected override Task<AppServer> StartServerAsync() =>
        AppServer.StartAsync(environment: new Dictionary<string, string> { ["Timeline__SyntheticEvents"] = Events.ToString() });

    // The fill is one transaction: a small window's export turns non-empty exactly when all events are in.
    protected override Task WaitForDataAsync(AppServer server) =>
        server.WaitForEventsAsync(minRows: 1, query: "?from=2024-03-01&to=2024-03-02", timeout: TimeSpan.FromMinutes(4));
}

[CollectionDefinition(Name)]
public sealed class Synthetic100kCollection : ICollectionFixture<Synthetic100kFixture>
{
    public const string Name = "synthetic-100k";
}
