using Microsoft.Playwright;
using Timeline.EndToEnd.Tests.Infrastructure;
using static Microsoft.Playwright.Assertions;

namespace Timeline.EndToEnd.Tests.Pages;

/// <summary>"/sources/{id}": one article with its evidence sentences marked.</summary>
public sealed class SourcePage(IPage page)
{
    public IPage Page { get; } = page;

    public ILocator Title => Page.GetByTestId("source-title");
    public ILocator Meta => Page.GetByTestId("source-meta");
    public ILocator Text => Page.GetByTestId("source-text");
    public ILocator Marks => Page.GetByTestId("evidence-mark");
    public ILocator OriginalLink => Page.GetByTestId("source-original-link");

    public ILocator Mark(string elementId) => Page.Locator($"mark#{elementId}");

    public async Task GotoAsync(int articleId, string? hash = null)
    {
        await Page.GotoAsync($"/sources/{articleId}{(hash is null ? "" : "#" + hash)}");
        await Interactivity.WaitForRootAsync(Page);
        await Expect(Title).ToBeVisibleAsync();
    }

    /// <summary>True when the element's box lies (at least partly) inside the viewport.</summary>
    public Task<bool> IsInViewportAsync(ILocator element) => element.EvaluateAsync<bool>("""
        el => {
          const r = el.getBoundingClientRect();
          return r.height > 0 && r.bottom > 0 && r.top < window.innerHeight && r.right > 0 && r.left < window.innerWidth;
        }
        """);
}
