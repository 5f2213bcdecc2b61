namespace Timeline.Cli.Tests;

/// <summary>What the command line answers before and around a command: help, and files it cannot use, as messages.</summary>
public sealed class EntryTests : IDisposable
{
    private readonly TempFolder _temp = new();

    public void Dispose() => _temp.Dispose();

    private static async Task<(int Code, string Output, string Errors)> RunAsync(params string[] args)
    {
        var (output, errors) = (new StringWriter(), new StringWriter());
        var code = await Entry.RunAsync(args, output, errors);
        return (code, output.ToString(), errors.ToString());
    }

    [Theory]
    [InlineData("timeline import <files or folders>... [options]", "import", "--help")]
    [InlineData("--system <NAME>", "export", "-h")]
    [InlineData("--role <editor|admin>", "users", "add", "--help")]
    [InlineData("import <files or folders>", "--help")]
    [InlineData("import <files or folders>", "help")]
    public async Task Help_after_any_command_prints_its_usage_and_exits_0(string expected, params string[] args)
    {
        var (code, output, errors) = await RunAsync(args);
        code.ShouldBe(0);
        output.ShouldContain(expected);
        errors.ShouldBeEmpty();
    }

    [Theory]
    [InlineData("unknown option --bogus", "import", "seeds", "--bogus")]
    [InlineData("Option '--format' is required", "export")]
    [InlineData("Unrecognized command or argument '--colour'", "export", "--format", "csv", "--colour", "red")]
    [InlineData("Argument 'xml' not recognized", "export", "--format", "xml")]
    [InlineData("--count takes a positive number", "generate", "--count", "0", "--out", "x")]
    [InlineData("Cannot parse argument 'many' for option '--count'", "generate", "--count", "many", "--out", "x")]
    [InlineData("Required command was not provided", "users")]
    [InlineData("unknown role 'owner': use editor or admin", "users", "add", "ana", "--role", "owner")]
    public async Task A_command_line_that_cannot_be_used_is_an_error_line_on_stderr_and_exit_code_2(string expected, params string[] args)
    {
        // A database of the test's own for the commands that take one; generate takes none.
        var (code, output, errors) = await RunAsync(args[0] is "generate" || args is ["users"] ? args : [.. args, "--db", Path.Combine(_temp.Path, "t.db")]);

        code.ShouldBe(Entry.UsageError);
        errors.ShouldStartWith("error: ");
        errors.ShouldContain(expected);
        output.ShouldBeEmpty();
    }

    [Fact]
    public async Task An_invalid_knowledge_file_is_one_error_line_naming_it_and_exit_code_2()
    {
        var knowledge = Path.Combine(_temp.Path, "mine.json");
        await File.WriteAllTextAsync(knowledge, "not json");

        var (code, _, errors) = await RunAsync("import", Repo.Seeds, "--db", Path.Combine(_temp.Path, "t.db"), "--knowledge", knowledge);

        code.ShouldBe(Entry.UsageError);
        errors.ShouldStartWith("error: ");
        errors.ShouldContain("mine.json");
        errors.Trim().Split('\n').Length.ShouldBe(1, "a message, not a stack trace");
    }

    [Theory]
    [InlineData("import")]
    [InlineData("remove")]
    public async Task A_missing_knowledge_file_is_an_error_line_naming_it_and_exit_code_2_before_the_database_is_touched(string command)
    {
        var missing = Path.Combine(_temp.Path, "mistyped.json");
        var db = Path.Combine(_temp.Path, "t.db");

        var (code, output, errors) = await RunAsync(command, Repo.Seeds, "--db", db, "--knowledge", missing);

        code.ShouldBe(Entry.UsageError);
        errors.ShouldStartWith($"error: no knowledge file '{missing}'");
        errors.ShouldNotContain("   at ");
        output.ShouldBeEmpty();
        File.Exists(db).ShouldBeFalse("nothing was opened or written");
    }

    [Fact]
    public async Task A_db_that_is_not_a_database_is_an_error_with_exit_code_74()
    {
        var notADatabase = Path.Combine(_temp.Path, "notes.txt");
        await File.WriteAllTextAsync(notADatabase, "these are my notes, not a database; sixteen bytes and more");

        var (code, _, errors) = await RunAsync("import", Repo.Seeds, "--db", notADatabase);

        code.ShouldBe(StorageFaults.ExitCode);
        errors.ShouldContain("not a SQLite database");
    }
}
