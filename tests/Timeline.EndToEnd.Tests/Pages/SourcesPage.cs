using Microsoft.Playwright;
using Timeline.EndToEnd.Tests.Infrastructure;
using static Microsoft.Playwright.Assertions;

namespace Timeline.EndToEnd.Tests.Pages;

/// <summary>"/sources": every imported article.</summary>
public sealed class SourcesPage(IPage page)
{
    public IPage Page { get; } = page;

    public ILocator Table => Page.GetByTestId("sources-table");
    public ILocator Rows => Page.GetByTestId("source-row");
    public ILocator Links => Page.GetByTestId("source-link");
    public ILocator Statuses => Page.GetByTestId("source-status");

    public async Task GotoAsync()
    {
        await Page.GotoAsync("/sources");
        await Interactivity.WaitForRootAsync(Page);
        await Expect(Table).ToBeVisibleAsync();
    }

    public async Task<int[]> ArticleIdsAsync() =>
        (await Rows.EvaluateAllAsync<string[]>("rows => rows.map(r => r.getAttribute('data-article-id'))")).Select(int.Parse).ToArray();
}
