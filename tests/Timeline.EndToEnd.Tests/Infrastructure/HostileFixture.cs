namespace Timeline.EndToEnd.Tests.Infrastructure;

/// <summary>A second app whose only seed is an article full of markup and script URLs.</summary>
public sealed class HostileFixture : BrowserAppFixture
{
    public const string FileName = "hostile.md";

    /// <summary>
    /// Raw tags are stripped by the importer's normaliser (it cleans scraped HTML), but entity-escaped markup is decoded
    /// into literal text: that is what must reach the page as text. The markdown link and the front-matter URL are kept.
    /// </summary>
    public const string Article = """
        ---
        title: "Hostile &lt;img src=x onerror=alert(2)&gt; report <script>alert(7)</script>"
        url: javascript:alert(5)
        published: 2024-05-03
        publisher: Evil Press
        language: en
        ---

        KYIV, May 3 - <script>alert(1)</script> Germany delivered a second IRIS-T SLM air defence system to Ukraine on 2 May 2024, the defence ministry said, citing [link](javascript:alert(4)).

        Raw markup: <img src=x onerror=alert(2)> <iframe src="javascript:alert(3)"></iframe> end of raw markup.

        Escaped markup: &lt;script&gt;alert(1)&lt;/script&gt; and &lt;img src=x onerror=alert(2)&gt; and &lt;iframe src="javascript:alert(3)"&gt;&lt;/iframe&gt; end.
        """;

    public static readonly string[] LiteralTexts =
    [
        "<script>alert(1)</script>",
        "<img src=x onerror=alert(2)>",
        "<iframe src=\"javascript:alert(3)\"></iframe>",
        "[link](javascript:alert(4))",
    ];

    private string _folder = "";

    protected override Task<AppServer> StartServerAsync()
    {
        _folder = Directory.CreateTempSubdirectory("timeline-e2e-hostile-").FullName;
        File.WriteAllText(Path.Combine(_folder, FileName), Article);
        return AppServer.StartAsync(seedPath: _folder);
    }

    protected override Task WaitForDataAsync(AppServer server) => server.WaitForEventsAsync(minRows: 1, timeout: TimeSpan.FromSeconds(60));

    public override async Task DisposeAsync()
    {
        await base.DisposeAsync();
        if (Directory.Exists(_folder))
        {
            Directory.Delete(_folder, recursive: true);
        }
    }
}

[CollectionDefinition(Name)]
public sealed class HostileCollection : ICollectionFixture<HostileFixture>
{
    public const string Name = "hostile";
}
