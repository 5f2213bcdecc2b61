using Timeline.Cli.Commands;

namespace Timeline.Cli.Tests;

public sealed class UsersCommandTests : IDisposable
{
    private readonly TempFolder _temp = new();

    public void Dispose() => _temp.Dispose();

    private async Task<(int Code, string Output, string Errors)> Users(string stdin, params string[] args)
    {
        var (code, output, errors, _) = await Cli.RunAsync(stdin, ["users", .. args]);
        return (code, output, errors);
    }

    [Fact]
    public async Task An_account_added_with_a_role_is_listed_with_it_and_its_password_is_stored_hashed()
    {
        var (code, output, errors) = await Users("a long pass phrase\n", "add", "ana", "--role", "editor", "--db", _temp.Db);

        code.ShouldBe(0, errors);
        output.ShouldContain("added ana (editor)");
        (await Users("", "list", "--db", _temp.Db)).Output.Trim().ShouldBe("ana\teditor");
        Cli.Scalar(_temp.Db, "SELECT PasswordHash FROM AspNetUsers").ShouldNotContain("a long pass phrase");
    }

    [Fact]
    public async Task A_short_password_a_taken_name_and_an_unknown_role_are_refused_with_reasons()
    {
        (await Users("short\n", "add", "ben", "--role", "editor", "--db", _temp.Db)).ShouldSatisfyAllConditions(
            r => r.Code.ShouldBe(1),
            r => r.Errors.ShouldContain("at least 10 characters"));
        (await Users("a long pass phrase\n", "add", "ben", "--role", "admin", "--db", _temp.Db)).Code.ShouldBe(0);
        (await Users("another pass phrase\n", "add", "ben", "--role", "editor", "--db", _temp.Db)).Errors.ShouldContain("ben");
        (await Users("a long pass phrase\n", "add", "cy", "--role", "owner", "--db", _temp.Db)).Code.ShouldBe(Entry.UsageError);
    }
}
