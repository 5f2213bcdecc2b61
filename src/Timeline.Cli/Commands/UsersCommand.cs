using Microsoft.Extensions.DependencyInjection;
using Timeline.Data.Accounts;

namespace Timeline.Cli.Commands;

/// <summary>
/// `users add NAME --role editor|admin [--db FILE]` (the password read from stdin: one line, so it never shows in the process
/// list or the shell history), `users list`, `users remove NAME`. Exit 2 on a usage error, 1 when the account is refused.
/// </summary>
internal static class UsersCommand
{
    public static async Task<int> RunAsync(IReadOnlyList<string> rawArgs, TextReader stdin, TextWriter stdout, TextWriter stderr)
    {
        var args = CliArgs.Parse(rawArgs, "db", "role");
        if (args.Positionals is not [var verb, .. var names]) throw new UsageException("users needs add, list or remove");
        var connectionString = DatabaseOption.Open(args);
        await using var services = new ServiceCollection().AddTimelineAccountsCore(connectionString).BuildServiceProvider();
        await using var scope = services.CreateAsyncScope();
        var accounts = scope.ServiceProvider.GetRequiredService<AccountAdmin>();
        IReadOnlyList<string> errors;
        switch (verb, names)
        {
            case ("add", [var name]):
                var role = args.One("role") ?? throw new UsageException($"users add needs --role {string.Join('|', Roles.All)}");
                if (Roles.Parse(role) is null) throw new UsageException($"unknown role '{role}': use {string.Join(" or ", Roles.All)}");
                if (!Console.IsInputRedirected) stdout.Write($"password for {name} (at least {AccountRules.MinimumPasswordLength} characters): ");
                var password = stdin.ReadLine() ?? "";
                errors = await accounts.AddAsync(name, role, password);
                if (errors.Count == 0) stdout.WriteLine($"added {name} ({Roles.Parse(role)})");
                break;
            case ("remove", [var name]):
                errors = await accounts.RemoveAsync(name);
                if (errors.Count == 0) stdout.WriteLine($"removed {name}");
                break;
            case ("list", []):
                foreach (var a in await accounts.ListAsync())
                    stdout.WriteLine($"{a.Name}\t{string.Join(',', a.Roles)}{(a.LockedOut ? "\tlocked out" : "")}");
                return 0;
            default:
                throw new UsageException("usage: users add NAME --role editor|admin, users list, users remove NAME");
        }
        foreach (var error in errors) stderr.WriteLine($"error: {error}");
        return errors.Count == 0 ? 0 : 1;
    }
}
