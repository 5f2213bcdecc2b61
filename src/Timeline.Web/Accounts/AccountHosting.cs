using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Timeline.Data.Accounts;

namespace Timeline.Web.Accounts;

/// <summary>
/// Sign-in for editors: ASP.NET Core Identity with its stores in the timeline's database, a cookie, lockout after repeated
/// failures. Browsing stays anonymous; import and curation need the editor or admin role.
/// </summary>
public static class AccountHosting
{
    public const string SignInPath = "/account/signin";
    public const string SignOutPath = "/account/signout";
    public const string EditorsPolicy = "editors";
    public const string AdminsPolicy = "admins";
    public const string FailedWrong = "wrong";
    public const string FailedLockedOut = "locked";

    public static IServiceCollection AddTimelineAccounts(this IServiceCollection services)
    {
        services.AddCascadingAuthenticationState();
        services.AddIdentity<IdentityUser, IdentityRole>(AccountRules.Apply).AddTimelineAccountStores();
        services.ConfigureApplicationCookie(o =>
        {
            o.Cookie.Name = "timeline.auth";
            o.Cookie.HttpOnly = true;
            // Strict: no other site's page can send a request that carries it, so the API's form posts need no antiforgery token.
            o.Cookie.SameSite = SameSiteMode.Strict;
            o.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
            o.LoginPath = SignInPath;
            o.AccessDeniedPath = SignInPath;
            o.SlidingExpiration = true;
            o.ExpireTimeSpan = TimeSpan.FromHours(12);
            // A script calling the API gets a status code, not the sign-in page.
            o.Events.OnRedirectToLogin = ctx => Deny(ctx, StatusCodes.Status401Unauthorized);
            o.Events.OnRedirectToAccessDenied = ctx => Deny(ctx, StatusCodes.Status403Forbidden);
        });
        services.AddScoped<ApiTokens>();
        services.AddAuthentication().AddScheme<Microsoft.AspNetCore.Authentication.AuthenticationSchemeOptions, ApiTokenAuthentication>(ApiTokenAuthentication.SchemeName, null);
        // An editor signed in by the cookie (the browser) or by a personal API token (scripts).
        services.AddAuthorizationBuilder().AddPolicy(EditorsPolicy, p => p
            .AddAuthenticationSchemes(IdentityConstants.ApplicationScheme, ApiTokenAuthentication.SchemeName)
            .RequireRole(Roles.Editor, Roles.Admin))
            .AddPolicy(AdminsPolicy, p => p.AddAuthenticationSchemes(IdentityConstants.ApplicationScheme).RequireRole(Roles.Admin));
        return services;
    }

    /// <summary>Only a path on this site: a return URL pointing elsewhere would make the sign-in an open redirect.</summary>
    public static string LocalOnly(string? url) =>
        url is { Length: > 0 } u && u[0] == '/' && !u.StartsWith("//", StringComparison.Ordinal) && !u.StartsWith("/\\", StringComparison.Ordinal) ? u : "/";

    private static Task Deny(Microsoft.AspNetCore.Authentication.RedirectContext<Microsoft.AspNetCore.Authentication.Cookies.CookieAuthenticationOptions> ctx, int status)
    {
        if (ctx.Request.Path.StartsWithSegments("/api"))
        {
            ctx.Response.StatusCode = status;
            return Task.CompletedTask;
        }
        ctx.Response.Redirect(ctx.RedirectUri);
        return Task.CompletedTask;
    }

    /// <summary>
    /// The admin named by <c>Timeline:Admin:Name</c> and <c>Timeline:Admin:Password</c> (a container's first account), created
    /// at start when missing.
    /// </summary>
    public static async Task EnsureConfiguredAdminAsync(this WebApplication app)
    {
        var name = app.Configuration["Timeline:Admin:Name"];
        var password = app.Configuration["Timeline:Admin:Password"];
        if (string.IsNullOrWhiteSpace(name) || string.IsNullOrEmpty(password)) return;
        using var scope = app.Services.CreateScope();
        var errors = await scope.ServiceProvider.GetRequiredService<AccountAdmin>().EnsureAdminAsync(name, password);
        foreach (var error in errors) app.Logger.LogError("The configured admin account {Name} was not created: {Error}", name, error);
    }

    public static WebApplication MapAccountEndpoints(this WebApplication app)
    {
        // The sign-in form's post (form binding: the antiforgery token is checked before this runs).
        app.MapPost(SignInPath, async ([FromForm] string? name, [FromForm] string? password, [FromForm] string? returnUrl, SignInManager<IdentityUser> signIn) =>
        {
            var back = LocalOnly(returnUrl);
            var result = string.IsNullOrWhiteSpace(name) || string.IsNullOrEmpty(password)
                ? Microsoft.AspNetCore.Identity.SignInResult.Failed
                : await signIn.PasswordSignInAsync(name.Trim(), password, isPersistent: false, lockoutOnFailure: true);
            if (result.Succeeded) return Results.LocalRedirect(back);
            var failed = result.IsLockedOut ? FailedLockedOut : FailedWrong;
            return Results.LocalRedirect($"{SignInPath}?failed={failed}&returnUrl={Uri.EscapeDataString(back)}");
        });
        // A form post (with the antiforgery token the layout's form carries), so a link cannot sign anyone out.
        app.MapPost(SignOutPath, async (SignInManager<IdentityUser> signIn) =>
        {
            await signIn.SignOutAsync();
            return Results.LocalRedirect("/");
        }).WithMetadata(new Microsoft.AspNetCore.Antiforgery.RequireAntiforgeryTokenAttribute());
        return app;
    }
}
