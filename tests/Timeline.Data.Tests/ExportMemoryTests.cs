using Timeline.Data.Queries;
using Timeline.Data.Store;
using Timeline.Domain.Export;
using Timeline.Domain.Model;
using Xunit.Abstractions;

namespace Timeline.Data.Tests;

/// <summary>
/// One 10 MiB article that supports 200 events. Exports print quotes and article names, never the article's text: what
/// they allocate must not grow with the text times the evidence rows (it once took 1.8 GB for a 27 KB CSV).
/// </summary>
public sealed class ExportMemoryTests(ITestOutputHelper output) : IDisposable
{
    private const int Events = 200;
    private readonly TempDatabase _db = TempDatabase.Sqlite();

    public void Dispose() => _db.Dispose();

    [Fact]
    public async Task Exporting_events_of_a_huge_article_allocates_about_what_it_prints()
    {
        var text = new string('x', 10 * 1024 * 1024);
        using (var store = new TimelineStore(_db.ConnectionString))
        {
            var events = Enumerable.Range(0, Events).Select(i => Samples.Event($"e{i:000}", new DateOnly(2024, 1, 1).AddDays(i), "big")).ToList();
            store.Commit(Samples.Article("big", text), events);
            store.Flush();
        }

        await using var db = _db.Create();
        // Once before measuring: EF builds its model and compiles the query on first use, a cost of the first export only.
        await CsvExport.WriteAsync(ExportQueries.StreamAsync(db, EventFilter.None), new StringWriter());
        GC.Collect();
        var before = GC.GetTotalAllocatedBytes(precise: true);
        var csv = new StringWriter();
        await CsvExport.WriteAsync(ExportQueries.StreamAsync(db, EventFilter.None), csv);
        var allocated = GC.GetTotalAllocatedBytes(precise: true) - before;
        output.WriteLine($"CSV of {Events} events from a 10 MiB article: {csv.GetStringBuilder().Length / 1024} KB written, {allocated / 1048576.0:0.0} MB allocated");

        csv.ToString().Split("\r\n", StringSplitOptions.RemoveEmptyEntries).Length.ShouldBe(Events + 1);
        // One copy of the text is 20 MB: the export must not read it even once.
        allocated.ShouldBeLessThan(20L * 1024 * 1024);
    }
}
