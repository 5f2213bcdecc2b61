namespace Timeline.Cli.Tests;

/// <summary>
/// Imports that run at once into one database give the events one import of everything gives: the second waits for the
/// first (an import lock beside the database) and merges into what it stored.
/// </summary>
public sealed class ConcurrentImportTests : IDisposable
{
    private readonly TempFolder _temp = new();

    public void Dispose() => _temp.Dispose();

    private (string First, string Second) SplitSeeds()
    {
        var first = Directory.CreateDirectory(_temp.File("first")).FullName;
        var second = Directory.CreateDirectory(_temp.File("second")).FullName;
        // Reports of the same events land in both halves (the 4 April 2024 ones in 000 and 001/002). 004 stays with 003: it
        // is dated by the statements it shares with 003, and an article imported before the one that dates it stays undated
        // whatever runs at once.
        foreach (var file in Directory.GetFiles(Repo.Seeds))
        {
            var name = Path.GetFileName(file);
            File.Copy(file, Path.Combine(name.StartsWith("000", StringComparison.Ordinal) || name.StartsWith("003", StringComparison.Ordinal)
                || name.StartsWith("004", StringComparison.Ordinal) ? first : second, name));
        }
        return (first, second);
    }

    private static List<string> Events(string db) =>
        Cli.Column(db, "SELECT Date || ' ' || Type || ' ' || (SELECT count(DISTINCT ArticleId) FROM Evidence v WHERE v.EventId = e.Id) FROM Events e ORDER BY 1");

    [Fact]
    public async Task Two_imports_of_different_folders_at_once_give_the_events_of_one_import()
    {
        var (first, second) = SplitSeeds();
        var oneShot = _temp.File("one.db");
        Cli.Import(first, second, "--db", oneShot).Code.ShouldBe(0);

        var both = _temp.File("both.db");
        Cli.Import(Repo.Seeds, "--db", _temp.File("warm.db")); // the first run compiles what the two below share
        var runs = await Task.WhenAll(Task.Run(() => Cli.Import(first, "--db", both)), Task.Run(() => Cli.Import(second, "--db", both)));
        runs.ShouldAllBe(r => r.Code == 0);
        Events(both).ShouldBe(Events(oneShot));
    }

    [Fact]
    public async Task Two_imports_of_the_same_folder_at_once_both_succeed_and_import_it_once()
    {
        var db = _temp.File("same.db");
        var runs = await Task.WhenAll(Task.Run(() => Cli.Import(Repo.Seeds, "--db", db)), Task.Run(() => Cli.Import(Repo.Seeds, "--db", db)));
        runs.ShouldAllBe(r => r.Code == 0);
        runs.ShouldContain(r => r.Output.Contains("articles: 0 new, 5 unchanged"));
        Cli.Scalar(db, "SELECT count(*) FROM Articles").ShouldBe("5");
    }
}
