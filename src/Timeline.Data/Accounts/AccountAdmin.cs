using Microsoft.AspNetCore.Identity;

namespace Timeline.Data.Accounts;

/// <summary>Creating and listing accounts: one code path for `timeline users`, the admin page and the configured first admin.</summary>
public sealed class AccountAdmin(UserManager<IdentityUser> users, RoleManager<IdentityRole> roles)
{
    public sealed record Account(string Name, IReadOnlyList<string> Roles, bool LockedOut);

    /// <summary>Creates the account with the role; the errors say why not (name taken, password too short, unknown role).</summary>
    public async Task<IReadOnlyList<string>> AddAsync(string name, string role, string password)
    {
        if (Roles.Parse(role) is not { } known) return [$"unknown role '{role}': use {string.Join(" or ", Roles.All)}"];
        await EnsureRolesAsync();
        var user = new IdentityUser(name.Trim());
        var created = await users.CreateAsync(user, password);
        if (!created.Succeeded) return [.. created.Errors.Select(e => e.Description)];
        var added = await users.AddToRoleAsync(user, known);
        return added.Succeeded ? [] : [.. added.Errors.Select(e => e.Description)];
    }

    /// <summary>Creates the admin named in configuration when no account of that name exists (a container's first admin).</summary>
    public async Task<IReadOnlyList<string>> EnsureAdminAsync(string name, string password) =>
        await users.FindByNameAsync(name.Trim()) is null ? await AddAsync(name, Roles.Admin, password) : [];

    public async Task<IReadOnlyList<string>> RemoveAsync(string name)
    {
        if (await users.FindByNameAsync(name.Trim()) is not { } user) return [$"no account named '{name}'"];
        var removed = await users.DeleteAsync(user);
        return removed.Succeeded ? [] : [.. removed.Errors.Select(e => e.Description)];
    }

    /// <summary>Lifts a lockout after repeated failed sign-ins.</summary>
    public async Task<IReadOnlyList<string>> UnlockAsync(string name)
    {
        if (await users.FindByNameAsync(name.Trim()) is not { } user) return [$"no account named '{name}'"];
        var done = await users.SetLockoutEndDateAsync(user, null);
        await users.ResetAccessFailedCountAsync(user);
        return done.Succeeded ? [] : [.. done.Errors.Select(e => e.Description)];
    }

    public async Task<IReadOnlyList<Account>> ListAsync()
    {
        var list = new List<Account>();
        foreach (var user in users.Users.OrderBy(u => u.UserName).ToList())
            list.Add(new Account(user.UserName!, [.. await users.GetRolesAsync(user)], await users.IsLockedOutAsync(user)));
        return list;
    }

    private async Task EnsureRolesAsync()
    {
        foreach (var role in Roles.All)
            if (!await roles.RoleExistsAsync(role)) await roles.CreateAsync(new IdentityRole(role));
    }
}
