using Timeline.Cli;
using Timeline.Cli.Commands;

namespace Timeline.Cli.Tests;

/// <summary>A database the user cannot write is a message and exit code 74, not an unhandled exception (exit 134).</summary>
public sealed class StorageFaultTests : IDisposable
{
    private readonly TempFolder _temp = new();

    public void Dispose() => _temp.Dispose();

    [Fact]
    public async Task A_database_path_that_cannot_be_created_is_a_clear_error_with_exit_code_74()
    {
        // A regular file where a folder should be: no user, not even root, can create the database there.
        var file = Path.Combine(_temp.Path, "not-a-folder");
        await File.WriteAllTextAsync(file, "x");
        var error = new StringWriter();

        var code = await StorageFaults.Guard(() => Task.FromResult(ImportCommand.Run([Repo.Seeds], Path.Combine(file, "timeline.db"), null, TextWriter.Null)), error);

        code.ShouldBe(StorageFaults.ExitCode);
        error.ToString().ShouldStartWith("error: ");
        error.ToString().ShouldContain("not-a-folder");
    }

    [Fact]
    public async Task A_postgres_server_that_cannot_be_reached_is_a_clear_error_with_exit_code_74()
    {
        // A port nothing listens on: bound by the system, then released.
        var listener = new System.Net.Sockets.TcpListener(System.Net.IPAddress.Loopback, 0);
        listener.Start();
        var port = ((System.Net.IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        var error = new StringWriter();

        var code = await StorageFaults.Guard(() => Task.FromResult(ImportCommand.Run(
            [Repo.Seeds], $"Host=127.0.0.1;Port={port};Database=timeline;Username=nobody;Timeout=5", null, TextWriter.Null)), error);

        code.ShouldBe(StorageFaults.ExitCode);
        error.ToString().ShouldStartWith("error: cannot reach the PostgreSQL server given with --db");
    }

    [Fact]
    public async Task A_fault_that_is_not_about_storage_still_fails_loudly()
    {
        var error = new StringWriter();
        await Should.ThrowAsync<InvalidOperationException>(() => StorageFaults.Guard(() => throw new InvalidOperationException("a bug"), error));
        error.ToString().ShouldBeEmpty();
    }
}
