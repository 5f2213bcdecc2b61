using System.CommandLine;
using Microsoft.Extensions.DependencyInjection;
using Timeline.Data.Accounts;

namespace Timeline.Cli.Commands;

/// <summary>
/// `users add NAME --role editor|admin [--db FILE]` (the password read from stdin: one line, so it never shows in the process
/// list or the shell history), `users list`, `users remove NAME`. Exit 2 on a usage error, 1 when the account is refused.
/// </summary>
internal static class UsersCommand
{
    public static Command Definition(CliConsole io)
    {
        var command = new Command("users", "Accounts for the web app's sign-in");
        var roleNames = string.Join('|', Roles.All);

        var addName = new Argument<string>("name") { Description = "the account name" };
        var role = new Option<string>("--role") { Description = "what the account may do", HelpName = roleNames, Required = true };
        var addDb = DatabaseOption.Create();
        var add = new Command("add", "Add an account; its password is read from stdin (one line, at least " + AccountRules.MinimumPasswordLength + " characters)")
        {
            addName, role, addDb,
        };
        add.SetAction((r, ct) => WithAccounts(r.GetValue(addDb), io, async accounts =>
        {
            var name = r.GetValue(addName)!;
            var chosen = r.GetValue(role)!;
            if (Roles.Parse(chosen) is null) throw new UsageException($"unknown role '{chosen}': use {string.Join(" or ", Roles.All)}");
            if (!Console.IsInputRedirected) io.Out.Write($"password for {name} (at least {AccountRules.MinimumPasswordLength} characters): ");
            var password = io.In.ReadLine() ?? "";
            var errors = await accounts.AddAsync(name, chosen, password);
            if (errors.Count == 0) io.Out.WriteLine($"added {name} ({Roles.Parse(chosen)})");
            return errors;
        }));

        var listDb = DatabaseOption.Create();
        var list = new Command("list", "Print each account with its roles") { listDb };
        list.SetAction((r, ct) => WithAccounts(r.GetValue(listDb), io, async accounts =>
        {
            foreach (var a in await accounts.ListAsync())
                io.Out.WriteLine($"{a.Name}\t{string.Join(',', a.Roles)}{(a.LockedOut ? "\tlocked out" : "")}");
            return [];
        }));

        var removeName = new Argument<string>("name") { Description = "the account name" };
        var removeDb = DatabaseOption.Create();
        var remove = new Command("remove", "Delete an account") { removeName, removeDb };
        remove.SetAction((r, ct) => WithAccounts(r.GetValue(removeDb), io, async accounts =>
        {
            var name = r.GetValue(removeName)!;
            var errors = await accounts.RemoveAsync(name);
            if (errors.Count == 0) io.Out.WriteLine($"removed {name}");
            return errors;
        }));

        command.Subcommands.Add(add);
        command.Subcommands.Add(list);
        command.Subcommands.Add(remove);
        return command;
    }

    /// <summary>Runs one account operation; the reasons it was refused go to stderr, exit 1.</summary>
    private static async Task<int> WithAccounts(string? databaseFile, CliConsole io, Func<AccountAdmin, Task<IReadOnlyList<string>>> operation)
    {
        var connectionString = DatabaseOption.Open(databaseFile);
        await using var services = new ServiceCollection().AddTimelineAccountsCore(connectionString).BuildServiceProvider();
        await using var scope = services.CreateAsyncScope();
        var errors = await operation(scope.ServiceProvider.GetRequiredService<AccountAdmin>());
        foreach (var error in errors) io.Error.WriteLine($"error: {error}");
        return errors.Count == 0 ? 0 : 1;
    }
}
