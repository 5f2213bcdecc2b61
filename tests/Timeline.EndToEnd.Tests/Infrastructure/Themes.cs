using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Timeline.EndToEnd.Tests.Infrastructure;

internal static class Themes
{
    /// <summary>Page backgrounds of TimelineTheme's palettes as the browser computes them.</summary>
    public const string LightBackground = "rgb(246, 247, 249)";
    public const string DarkBackground = "rgb(15, 20, 28)";

    /// <summary>
    /// The layout follows the system colour scheme only once it is interactive (MudThemeProvider asks the browser
    /// after the first render), so wait until the page wears the palette of the emulated scheme.
    /// </summary>
    public static Task WaitForSchemeAsync(IPage page, ColorScheme scheme) =>
        Expect(page.Locator("body")).ToHaveCSSAsync("background-color", scheme == ColorScheme.Dark ? DarkBackground : LightBackground,
            new() { Timeout = 15_000 });
}
