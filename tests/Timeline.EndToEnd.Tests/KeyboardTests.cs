using Microsoft.Playwright;
using Timeline.EndToEnd.Tests.Infrastructure;
using Timeline.EndToEnd.Tests.Pages;
using static Microsoft.Playwright.Assertions;

namespace Timeline.EndToEnd.Tests;

/// <summary>What a keyboard user meets first: a skip link, and a visible ring on whatever has focus, MudBlazor's buttons too.</summary>
[Collection(AppCollection.Name)]
public sealed class KeyboardTests(AppFixture app)
{
    private static Task<string> OutlineAsync(ILocator element) =>
        element.EvaluateAsync<string>("el => { const s = getComputedStyle(el); return s.outlineStyle + ' ' + s.outlineWidth; }");

    [Theory]
    [InlineData(ColorScheme.Light)]
    [InlineData(ColorScheme.Dark)]
    public async Task A_skip_link_comes_first_and_leads_to_the_content_and_focus_is_visible_on_a_mud_button(ColorScheme scheme)
    {
        var page = await app.NewPageAsync(scheme: scheme);
        try
        {
            await new TimelinePage(page).GotoAsync();
            await Themes.WaitForSchemeAsync(page, scheme);

            // The first control in the document, so the first Tab from the top of a page; the page itself focuses its heading
            // after each navigation (FocusOnNavigate), which a screen reader announces.
            var skip = page.GetByTestId("skip-link");
            (await page.EvaluateAsync<string?>("() => document.querySelector('a[href], button, input, select, textarea, [tabindex]:not([tabindex=\"-1\"])')?.dataset.testid"))
                .ShouldBe("skip-link");
            await skip.FocusAsync();
            await Expect(skip).ToBeFocusedAsync();
            (await OutlineAsync(skip)).ShouldStartWith("solid");
            ((await skip.BoundingBoxAsync())!.Y).ShouldBeGreaterThanOrEqualTo(0, "shown when focused");

            await page.Keyboard.PressAsync("Enter");
            // Focus lands in the content (the main region, or its heading), past the app bar.
            await page.WaitForFunctionAsync("() => document.activeElement && document.activeElement.closest('main#main') !== null");

            // MudBlazor's icon button (the theme toggle) shows the ring too.
            var toggle = page.GetByTestId("theme-toggle");
            await toggle.FocusAsync();
            await page.Keyboard.PressAsync("Shift+Tab");
            await page.Keyboard.PressAsync("Tab");
            await Expect(toggle).ToBeFocusedAsync();
            (await OutlineAsync(toggle)).ShouldStartWith("solid");
        }
        finally
        {
            await page.Context.CloseAsync();
        }
    }
}
