using Microsoft.Playwright;
using Timeline.EndToEnd.Tests.Infrastructure;
using static Microsoft.Playwright.Assertions;

namespace Timeline.EndToEnd.Tests.Pages;

/// <summary>"/import": files or a pasted text in, the import report out.</summary>
public sealed class ImportPage(IPage page)
{
    public IPage Page { get; } = page;

    public ILocator Files => Page.GetByTestId("import-files");
    public ILocator ImportFiles => Page.GetByTestId("import-files-submit");
    public ILocator Report => Page.GetByTestId("import-report");
    public ILocator Summary => Page.GetByTestId("import-summary");
    public ILocator FileRows => Page.GetByTestId("import-file");
    public ILocator EventLinks => Page.GetByTestId("import-event-link");
    public ILocator PasteText => Page.GetByLabel("Article text");
    public ILocator PasteTitle => Page.GetByLabel("Title (optional)");
    public ILocator PastePublished => Page.GetByLabel("Publication date (optional)");
    public ILocator PasteSubmit => Page.GetByTestId("paste-submit");

    public ILocator Row(string fileName) => FileRows.Filter(new() { HasText = fileName });

    /// <summary>The id of the (first) event a file's row links to.</summary>
    public async Task<string> EventIdOf(string fileName) =>
        await Row(fileName).GetByTestId("import-event-link").First.GetAttributeAsync("data-event-id") ?? throw new InvalidOperationException($"no event for {fileName}");

    public async Task GotoAsync()
    {
        await Page.GotoAsync("/import");
        await Interactivity.WaitForRootAsync(Page);
        await Expect(Page.GetByRole(AriaRole.Heading, new() { Name = "Import articles" })).ToBeVisibleAsync();
    }

    public async Task ImportAsync(params FilePayload[] files)
    {
        await Files.SetInputFilesAsync(files);
        await Expect(ImportFiles).ToBeEnabledAsync();
        await ImportFiles.ClickAsync();
        await Expect(Report).ToBeVisibleAsync(new() { Timeout = 60_000 });
    }
}
