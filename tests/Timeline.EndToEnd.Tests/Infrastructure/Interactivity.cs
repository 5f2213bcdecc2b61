using Microsoft.Playwright;

namespace Timeline.EndToEnd.Tests.Infrastructure;

/// <summary>
/// The app's own hooks for "the Blazor circuit has taken over the prerendered page": until then clicks, wheel and
/// keys do nothing. MainLayout sets data-interactive="true" on its root after its first interactive render; the
/// chart's gesture script sets it on the chart once its wheel, pointer and key listeners are attached.
/// </summary>
internal static class Interactivity
{
    public const string Root = "[data-testid='app-root'][data-interactive='true']";
    public const string Chart = "[data-testid='timeline-chart'][data-interactive='true']";

    public static Task WaitForRootAsync(IPage page) =>
        page.Locator(Root).WaitForAsync(new() { State = WaitForSelectorState.Attached });
}
