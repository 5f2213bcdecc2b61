using System.Diagnostics;
using System.Text;
using Timeline.Cli.Commands;

namespace Timeline.Cli.Tests;

public sealed class ImportCommandTests : IDisposable
{
    private readonly TempFolder _temp = new();

    public void Dispose() => _temp.Dispose();

    [Fact]
    public void Importing_the_seeds_twice_changes_no_event_and_no_id()
    {
        var (code, output) = Cli.Import(Repo.Seeds, "--db", _temp.Db);
        code.ShouldBe(0, output);
        output.ShouldStartWith("articles: 5 new, 0 unchanged, 0 failed; events: ");
        var ids = Cli.Column(_temp.Db, "SELECT Id || Date || Title || SourceCount FROM Events ORDER BY Id");
        ids.ShouldNotBeEmpty();

        var (again, output2) = Cli.Import(Repo.Seeds, "--db", _temp.Db);

        again.ShouldBe(0);
        output2.ShouldStartWith("articles: 0 new, 5 unchanged, 0 failed; events: 0 created, 0 updated");
        Cli.Column(_temp.Db, "SELECT Id || Date || Title || SourceCount FROM Events ORDER BY Id").ShouldBe(ids);
    }

    [Fact]
    public void Bad_files_are_named_with_a_reason_and_good_files_still_import()
    {
        var dir = Directory.CreateDirectory(_temp.File("in")).FullName;
        File.Copy(Path.Combine(Repo.Seeds, Directory.GetFiles(Repo.Seeds)[3]), Path.Combine(dir, "good.txt"));
        File.WriteAllText(Path.Combine(dir, "empty.txt"), "");
        File.WriteAllText(Path.Combine(dir, "blank.txt"), " \r\n\t \n");
        File.WriteAllBytes(Path.Combine(dir, "binary.txt"), [0x89, 0x50, 0x4E, 0x47, 0, 0, 0, 0x0D, 1, 2, 3, 0, 0, 0xFF]);
        File.WriteAllBytes(Path.Combine(dir, "latin1.txt"), Encoding.Latin1.GetBytes("Réunion des ministres à Bruxelles le jeudi 4 avril."));
        File.WriteAllText(Path.Combine(dir, "broken.md"), "---\ntitle: [unclosed\npublished: 2024-04-04\n---\nNATO ministers met on Thursday.\n");
        using (var big = File.Create(Path.Combine(dir, "huge.txt")))
        {
            big.SetLength(50L * 1024 * 1024);
        }

        var (code, output) = Cli.Import(dir, "--db", _temp.Db);

        code.ShouldBe(1);
        output.ShouldContain("1 new");
        output.ShouldContain("6 failed");
        foreach (var name in new[] { "empty.txt", "blank.txt", "binary.txt", "latin1.txt", "broken.md", "huge.txt" })
        {
            output.ShouldContain($"failed: {Path.Combine(dir, name)}: ", Case.Sensitive, $"no reason for {name}:\n{output}");
        }
        Cli.Scalar(_temp.Db, "PRAGMA integrity_check").ShouldBe("ok");
        Cli.Scalar(_temp.Db, "SELECT COUNT(*) FROM Articles").ShouldBe("1");
    }

    [Fact]
    public void A_missing_path_is_reported_as_a_failure()
    {
        var (code, output) = Cli.Import(_temp.File("nope.txt"), "--db", _temp.Db);
        code.ShouldBe(1);
        output.ShouldContain("nope.txt");
    }

    [Fact]
    public void Killing_the_import_midway_leaves_a_consistent_database_that_a_rerun_completes()
    {
        var input = _temp.File("generated");
        GenerateCommand.Run(2000, input, seed: 1, TextWriter.Null);
        var cli = Path.Combine(AppContext.BaseDirectory, "timeline.dll");

        using (var first = Start(cli, "import", input, "--db", _temp.Db))
        {
            // Wait until some articles are committed, then kill without warning.
            var deadline = DateTime.UtcNow.AddSeconds(60);
            while (DateTime.UtcNow < deadline && !first.HasExited && Count(_temp.Db) < 20)
            {
                Thread.Sleep(50);
            }
            first.HasExited.ShouldBeFalse("the import finished before it could be killed; give it more work");
            first.Kill(entireProcessTree: true);
            first.WaitForExit();
        }
        var committed = int.Parse(Cli.Scalar(_temp.Db, "SELECT COUNT(*) FROM Articles"));
        committed.ShouldBeInRange(1, 1999);
        Cli.Scalar(_temp.Db, "PRAGMA integrity_check").ShouldBe("ok");
        Cli.Scalar(_temp.Db, "SELECT COUNT(*) FROM Evidence v LEFT JOIN Articles a ON a.Id = v.ArticleId WHERE a.Id IS NULL").ShouldBe("0");

        using var second = Start(cli, "import", input, "--db", _temp.Db);
        var summary = second.StandardOutput.ReadToEnd();
        second.WaitForExit();

        second.ExitCode.ShouldBe(0, summary);
        summary.ShouldContain($"articles: {2000 - committed} new, {committed} unchanged, 0 failed");
        Cli.Scalar(_temp.Db, "SELECT COUNT(*) FROM Articles").ShouldBe("2000");
    }

    private static int Count(string db)
    {
        try
        {
            return File.Exists(db) ? int.Parse(Cli.Scalar(db, "SELECT COUNT(*) FROM Articles")) : 0;
        }
        catch (Microsoft.Data.Sqlite.SqliteException)
        {
            return 0; // not migrated yet
        }
    }

    internal static Process Start(string dll, params string[] args)
    {
        var info = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        info.ArgumentList.Add(dll);
        foreach (var a in args)
        {
            info.ArgumentList.Add(a);
        }
        return Process.Start(info)!;
    }
}
