namespace Timeline.Cli.Tests;

public sealed class RemoveCommandTests : IDisposable
{
    private readonly TempFolder _temp = new();

    public void Dispose() => _temp.Dispose();

    private string Article(string name, string body)
    {
        var dir = Directory.CreateDirectory(_temp.File("in")).FullName;
        var path = Path.Combine(dir, name);
        File.WriteAllText(path, "---\npublished: 2024-04-05\n---\nHeadline\n\n" + body);
        return path;
    }

    [Fact]
    public void Removing_a_file_takes_its_article_and_the_events_only_it_supported()
    {
        var a = Article("a.md", "Germany delivered a second IRIS-T system to Ukraine on Monday.\n\nNATO ministers agreed on Thursday to send more Patriot systems to Ukraine.");
        var b = Article("b.md", "Germany handed Ukraine a second IRIS-T air defence system on Monday, the ministry said.");
        Cli.Import(a, b, "--db", _temp.Db).Code.ShouldBe(0);
        var irisT = Cli.Scalar(_temp.Db, "SELECT e.Id FROM Events e JOIN EventSystems l ON l.EventId = e.Id JOIN Systems s ON s.Id = l.SystemId WHERE s.Name = 'IRIS-T'");

        var (code, output, errors) = Cli.Remove(a, "--db", _temp.Db);

        code.ShouldBe(0, errors);
        output.ShouldContain("removed a.md: 1 events deleted, 1 kept with their other sources");
        Cli.Column(_temp.Db, "SELECT FileName FROM Articles").ShouldBe(["b.md"]);
        Cli.Column(_temp.Db, "SELECT Id || ' ' || SourceCount FROM Events").ShouldBe([$"{irisT} 1"]);
    }

    [Fact]
    public void An_article_is_found_by_its_id_and_an_unknown_one_is_an_error()
    {
        var a = Article("a.md", "NATO ministers agreed on Thursday to send more Patriot systems to Ukraine.");
        Cli.Import(a, "--db", _temp.Db).Code.ShouldBe(0);
        var id = Cli.Scalar(_temp.Db, "SELECT Id FROM Articles");

        var (missing, _, errors) = Cli.Remove("https://example.org/never-imported", "--db", _temp.Db);
        missing.ShouldBe(1);
        errors.ShouldStartWith("error: no stored article is 'https://example.org/never-imported'");

        Cli.Remove(id, "--db", _temp.Db).Code.ShouldBe(0);
        Cli.Scalar(_temp.Db, "SELECT COUNT(*) FROM Events").ShouldBe("0");
    }

    [Fact]
    public void Importing_an_edited_file_reports_a_new_version_and_keeps_one_article()
    {
        var a = Article("a.md", "NATO ministers agreed on Thursday to send more Patriot systems to Ukraine.");
        Cli.Import(a, "--db", _temp.Db).Code.ShouldBe(0);
        File.WriteAllText(a, "---\npublished: 2024-04-05\n---\nHeadline\n\nNATO ministers agreed on Wednesday to send more Patriot systems to Ukraine.");

        var (code, output) = Cli.Import(a, "--db", _temp.Db);

        code.ShouldBe(0);
        output.ShouldStartWith("articles: 0 new, 1 replaced by a new version, 0 unchanged, 0 failed");
        Cli.Scalar(_temp.Db, "SELECT COUNT(*) FROM Articles").ShouldBe("1");
        Cli.Column(_temp.Db, "SELECT Date FROM Events").ShouldBe(["2024-04-03"]);
    }
}
