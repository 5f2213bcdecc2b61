using System.Text;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Logging.Abstractions;
using Timeline.Data;
using Timeline.Data.Store;
using Timeline.Domain.Import;
using Timeline.Domain.Knowledge;
using Timeline.Domain.Pipeline;
using Timeline.Web.Hosting;
using Timeline.Web.Imports;

namespace Timeline.Web.Tests.Http;

/// <summary>An upload through the web and a command-line import into one database at once.</summary>
public sealed class ConcurrentUploadTests : IDisposable
{
    private readonly List<string> _files = [];

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        foreach (var f in _files)
            foreach (var suffix in new[] { "", "-wal", "-shm", ".import-lock" })
                File.Delete(f + suffix);
    }

    private string NewDatabase()
    {
        var path = Path.Combine(Path.GetTempPath(), $"timeline-concurrent-{Guid.NewGuid():N}.db");
        _files.Add(path);
        var cs = TimelineDatabase.ConnectionStringForFile(path);
        TimelineDatabase.Migrate(cs);
        return cs;
    }

    private static List<SourceDocument> Articles(string prefix, int count) =>
        [.. Enumerable.Range(0, count).Select(i => new SourceDocument($"{prefix}-{i}.md", Encoding.UTF8.GetBytes(
            $"---\npublished: 2024-0{1 + i % 9}-1{i % 9}\n---\n{prefix} report {i}\n\n" +
            $"{(i % 2 == 0 ? "Germany" : "Norway")} delivered {(i % 3 == 0 ? "an IRIS-T" : "a NASAMS")} system to Ukraine on Monday ({prefix} {i}).")))];

    /// <summary>What `timeline import` does: the lock, the store, the importer.</summary>
    private static ImportReport CommandLineImport(string cs, IReadOnlyList<SourceDocument> docs)
    {
        using var importing = ImportLock.Acquire(cs);
        using var store = new TimelineStore(cs);
        return new Importer(ImportPipeline.CreateDefault(KnowledgeBase.LoadDefault()), store).Import(docs);
    }

    private static (long Articles, long Events, long Evidence, string Check) Counts(string cs)
    {
        using var c = new SqliteConnection(cs);
        c.Open();
        long Scalar(string sql)
        {
            using var cmd = c.CreateCommand();
            cmd.CommandText = sql;
            return Convert.ToInt64(cmd.ExecuteScalar(), System.Globalization.CultureInfo.InvariantCulture);
        }
        using var check = c.CreateCommand();
        check.CommandText = "PRAGMA integrity_check";
        return (Scalar("SELECT COUNT(*) FROM Articles"), Scalar("SELECT COUNT(*) FROM Events"), Scalar("SELECT COUNT(*) FROM Evidence"), (string)check.ExecuteScalar()!);
    }

    [Fact]
    public async Task A_web_upload_and_a_command_line_import_at_once_both_complete_and_give_what_one_import_gives()
    {
        var web = Articles("web", 40);
        var cli = Articles("cli", 40);
        var both = NewDatabase();
        var importer = new WebImporter(new TimelineConnection(both), KnowledgeBase.LoadDefault(), NullLogger<WebImporter>.Instance);

        var uploading = importer.ImportAsync(web, "ana", Timeline.Data.Imports.ImportHistory.Web, null, CancellationToken.None);
        var importing = Task.Run(() => CommandLineImport(both, cli));
        var results = await Task.WhenAll(uploading.ContinueWith(t => t.Result.Report), importing);

        results.ShouldAllBe(r => r.Failed == 0 && r.New == 40);
        var oneShot = NewDatabase();
        CommandLineImport(oneShot, [.. web, .. cli]);
        var together = Counts(both);
        together.Check.ShouldBe("ok");
        together.Articles.ShouldBe(80);
        (together.Events, together.Evidence).ShouldBe((Counts(oneShot).Events, Counts(oneShot).Evidence));
    }
}
