using Microsoft.Playwright;
using Timeline.EndToEnd.Tests.Infrastructure;

namespace Timeline.EndToEnd.Tests.Pages;

/// <summary>"/account/signin", and the header's sign-in state.</summary>
public sealed class SignInPage(IPage page)
{
    public IPage Page { get; } = page;

    public ILocator Name => Page.GetByLabel("Name");
    public ILocator Password => Page.GetByLabel("Password");
    public ILocator Submit => Page.GetByTestId("signin-submit");
    public ILocator Error => Page.GetByTestId("signin-error");
    public ILocator SignedInAs => Page.GetByTestId("user-name");
    public ILocator SignOut => Page.GetByTestId("signout");
    public ILocator ImportLink => Page.GetByTestId("nav-import");

    public async Task GotoAsync(string? returnUrl = null)
    {
        await Page.GotoAsync("/account/signin" + (returnUrl is null ? "" : "?returnUrl=" + Uri.EscapeDataString(returnUrl)));
        await Interactivity.WaitForRootAsync(Page);
    }

    /// <summary>Types the name and password and submits by Enter, as a keyboard user does; waits for the next page.</summary>
    public async Task SignInAsync(string name, string password)
    {
        await Name.FillAsync(name);
        await Password.FillAsync(password);
        var before = Page.Url;
        await Password.PressAsync("Enter");
        // The post answers with a redirect: to the page asked for, or back here with ?failed=.
        await Page.WaitForURLAsync(url => url != before);
        await Interactivity.WaitForRootAsync(Page);
    }
}
