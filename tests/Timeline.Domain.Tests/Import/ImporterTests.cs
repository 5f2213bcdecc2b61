using System.Diagnostics;
using System.Text;
using Timeline.Domain.Import;
using Timeline.Domain.Model;

namespace Timeline.Domain.Tests.Import;

public sealed class ImporterTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("timeline-import-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    private string Write(string name, byte[] bytes) { var p = Path.Combine(_dir, name); File.WriteAllBytes(p, bytes); return p; }
    private string Write(string name, string text) => Write(name, Encoding.UTF8.GetBytes(text));

    private const string Good = """
        ---
        title: Allies agree to send more air defence
        url: https://example.org/a
        published: 2024-04-04
        publisher: Example News
        language: en
        ---
        BRUSSELS - NATO foreign ministers agreed on Thursday to send more Patriot systems to Ukraine.
        Separately, Germany said on Wednesday it would fund the purchase.
        """;

    [Fact]
    public void Bad_files_fail_with_a_reason_while_good_files_in_the_same_run_are_imported()
    {
        Write("good.md", Good);
        Write("empty.txt", "");
        Write("blank.txt", "   \n\t \r\n  ");
        Write("binary.txt", [0x50, 0x4B, 0x03, 0x04, 0x00, 0x00, 0x14, 0x00, 0x00, 0x08]);
        Write("latin1.txt", [0x4E, 0x41, 0x54, 0x4F, 0x20, 0xE9, 0x74, 0xE9, 0x20, 0x61]);
        Write("broken.md", "---\ntitle: [unclosed\npublished: 2024-04-04\n---\nNATO agreed on Thursday.");
        Write("unclosed.md", "---\ntitle: x\nNATO agreed on Thursday.");
        Write("ignored.pdf", "not an article");
        var huge = Path.Combine(_dir, "huge.txt");
        using (var fs = File.Create(huge)) fs.SetLength(50L * 1024 * 1024);

        var store = new InMemoryTimelineStore();
        var report = new Importer(TestData.Pipeline, store).Import(SourceReader.Read([_dir]));

        report.Files.Count.ShouldBe(8, "the .pdf is not an article");
        report.New.ShouldBe(1);
        report.Failed.ShouldBe(7);
        string Reason(string file) => report.Files.Single(f => Path.GetFileName(f.FileName) == file).Reason!;
        Reason("empty.txt").ShouldContain("empty");
        Reason("blank.txt").ShouldContain("whitespace");
        Reason("binary.txt").ShouldContain("binary");
        Reason("latin1.txt").ShouldContain("UTF-8");
        Reason("broken.md").ShouldContain("front matter");
        Reason("unclosed.md").ShouldContain("never closed");
        Reason("huge.txt").ShouldContain("limit");
        store.Events.ShouldNotBeEmpty();
    }

    [Fact]
    public void Front_matter_date_is_given_and_anchors_relative_dates()
    {
        var store = new InMemoryTimelineStore();
        new Importer(TestData.Pipeline, store).Import(SourceReader.Read([Write("good.md", Good)]));

        var article = store.Articles().ShouldHaveSingleItem();
        article.Title.ShouldBe("Allies agree to send more air defence");
        article.Url.ShouldBe("https://example.org/a");
        article.Publisher.ShouldBe("Example News");
        article.Published.Source.ShouldBe(PublicationDateSource.Given);
        article.Published.Date.ShouldBe(new DateOnly(2024, 4, 4));
        var e = store.Events.ShouldHaveSingleItem("'would fund' is hypothetical");
        e.Date.ToIso().ShouldBe("2024-04-04");
        e.Systems.ShouldBe(["Patriot"]);
        e.Location.ShouldBe("Brussels");
        e.Evidence[0].Quote.ShouldBe(article.Text[e.Evidence[0].Start..e.Evidence[0].End]);
    }

    [Fact]
    public void Reimporting_the_same_files_changes_nothing()
    {
        var seeds = SourceReader.Read([Path.Combine(TestData.RepoRoot(), "seeds")]);
        var store = new InMemoryTimelineStore();
        new Importer(TestData.Pipeline, store).Import(seeds);
        var before = store.Events;

        var again = new Importer(TestData.Pipeline, store).Import(seeds);

        again.Unchanged.ShouldBe(seeds.Count);
        again.EventsCreated.ShouldBe(0);
        again.EventsUpdated.ShouldBe(0);
        store.Events.ShouldBe(before);
    }

    [Fact]
    public void Ids_are_stable_across_fresh_imports_and_late_sources_keep_the_stored_id()
    {
        var seeds = SourceReader.Read([Path.Combine(TestData.RepoRoot(), "seeds")]);
        var a = new InMemoryTimelineStore();
        new Importer(TestData.Pipeline, a).Import(seeds);
        var b = new InMemoryTimelineStore();
        new Importer(TestData.Pipeline, b).Import(seeds);
        b.Events.Select(e => e.Id).ShouldBe(a.Events.Select(e => e.Id));

        // One article first, its translations later: the event keeps the id it got from the first.
        var c = new InMemoryTimelineStore();
        new Importer(TestData.Pipeline, c).Import([seeds[0]]);
        var strike = c.Events.Single(e => e.Type == EventType.Attack);
        new Importer(TestData.Pipeline, c).Import(seeds);
        var merged = c.Events.Single(e => e.Id == strike.Id);
        merged.Evidence.Select(x => x.ArticleHash).Distinct().Count().ShouldBe(3);
    }

    [Fact]
    public void An_undated_article_gets_no_events_from_relative_dates()
    {
        var store = new InMemoryTimelineStore();
        new Importer(TestData.Pipeline, store).Import(SourceReader.Read([Write("undated.txt",
            "Allies meet again\n\nNATO ministers agreed on Thursday to send more air defence to Ukraine. The talks ended yesterday.")]));
        var article = store.Articles().Single();
        article.Published.ShouldBe(PublicationDate.Unknown with { Evidence = article.Published.Evidence });
        article.Problems.ShouldContain(p => p.Contains("publication date unknown"));
        store.Events.ShouldBeEmpty();
    }

    [Fact]
    public void Russian_article_yields_a_dated_event_with_a_system()
    {
        const string text = """
            ---
            title: Германия передала Украине новую систему IRIS-T
            published: 2023-10-20
            language: ru
            ---
            Германия передала Украине еще одну зенитную ракетную систему IRIS-T SLM, сообщил министр обороны Борис Писториус.
            Во вторник министры обороны стран НАТО обсудили в Брюсселе поставки систем ПВО для Украины.
            По словам Писториуса, система уже прибыла в Украину и будет защищать Киев.
            """;
        var store = new InMemoryTimelineStore();
        new Importer(TestData.Pipeline, store).Import(SourceReader.Read([Write("ru.md", text)]));
        store.Articles().Single().Language.ShouldBe("ru");
        store.Events.ShouldContain(e => e.Systems.Contains("IRIS-T") && e.Actors.Contains("Germany") && e.Date.ToIso() == "2023-10-20");
        store.Events.ShouldContain(e => e.Type == EventType.Meeting && e.Date.ToIso() == "2023-10-17" && e.Location == "Brussels");
    }

    /// <summary>
    /// Speed is measured in the benchmark (tests/benchmark), never asserted as wall time: a busy machine makes that flaky.
    /// What is asserted is what keeps the import from growing quadratically: the merger is handed the stored events near each
    /// article's dates, not the whole timeline each time.
    /// </summary>
    [Fact]
    public void Each_article_is_merged_against_the_events_near_its_dates_not_the_whole_timeline()
    {
        var store = new CountingStore();
        var report = new Importer(TestData.Pipeline, store).Import(Generated(800, seed: 800));
        report.New.ShouldBe(800);
        store.EventsRead.ShouldBeGreaterThan(0);
        store.EventsRead.ShouldBeLessThan(store.WholeTimelineReads / 4, $"read {store.EventsRead} stored events; reading the whole timeline each time would read {store.WholeTimelineReads}");
    }

    /// <summary>The in-memory store, counting the stored events the merger is handed.</summary>
    private sealed class CountingStore : ITimelineStore
    {
        private readonly InMemoryTimelineStore _inner = new();
        public long EventsRead { get; private set; }
        public bool HasArticle(string contentHash) => _inner.HasArticle(contentHash);
        public IReadOnlyList<Article> Articles() => _inner.Articles();
        /// <summary>What the merger would read if each question returned every stored event.</summary>
        public long WholeTimelineReads { get; private set; }
        private readonly HashSet<string> _ids = new(StringComparer.Ordinal);
        public IReadOnlyList<TimelineEvent> EventsBetween(DateOnly from, DateOnly to)
        {
            var events = _inner.EventsBetween(from, to);
            EventsRead += events.Count;
            WholeTimelineReads += _ids.Count;
            return events;
        }
        public void Commit(Article article, IReadOnlyList<TimelineEvent> upserts)
        {
            _inner.Commit(article, upserts);
            foreach (var e in upserts) _ids.Add(e.Id);
        }
        public void Flush() => _inner.Flush();
        public string? FindArticle(string reference) => _inner.FindArticle(reference);
        public Article? GetArticle(string contentHash) => _inner.GetArticle(contentHash);
        public IReadOnlyList<TimelineEvent> EventsOf(string contentHash) => _inner.EventsOf(contentHash);
        public void Remove(string contentHash, IReadOnlyList<string> deleted, IReadOnlyList<TimelineEvent> rebuilt) => _inner.Remove(contentHash, deleted, rebuilt);
    }

    /// <summary>Plausible 3-5 KB wire stories, varied enough that few merge.</summary>
    private static List<SourceDocument> Generated(int count, int seed = 1)
    {
        var rnd = new Random(seed);
        string[] actors = ["NATO", "Germany", "the United States", "France", "Poland", "Ukraine", "the European Union", "Canada", "Norway", "Italy"];
        string[] systems = ["Patriot", "NASAMS", "IRIS-T", "SAMP/T", "Gepard", "Hawk", "Stinger", "Skynex"];
        string[] cities = ["Kharkiv", "Odesa", "Lviv", "Dnipro", "Kyiv", "Zaporizhzhia", "Sumy"];
        string[] days = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday"];
        var list = new List<SourceDocument>(count);
        for (var i = 0; i < count; i++)
        {
            var date = new DateOnly(2022, 3, 1).AddDays(rnd.Next(0, 1000));
            var sb = new StringBuilder();
            sb.Append($"---\ntitle: Report {i}\npublished: {date:yyyy-MM-dd}\n---\n");
            while (sb.Length < 3500 + rnd.Next(0, 1500))
            {
                var a = actors[rnd.Next(actors.Length)];
                var s = systems[rnd.Next(systems.Length)];
                var c = cities[rnd.Next(cities.Length)];
                var d = days[rnd.Next(days.Length)];
                sb.Append(rnd.Next(6) switch
                {
                    0 => $"{a} agreed on {d} to send more {s} systems to Ukraine after talks in Brussels. ",
                    1 => $"A Russian missile strike hit {c} on {d} night, killing {rnd.Next(2, 40)} people and cutting power to {rnd.Next(10, 400)},000 residents. ",
                    2 => $"\"We need more air defence, and we need it now,\" the minister told reporters in {c}. ",
                    3 => $"Officials said the war has entered a difficult phase as winter approaches and stocks run low in item {i}. ",
                    4 => $"A first {s} battery has arrived in Ukraine, officials in {c} confirmed. ",
                    _ => $"Ministers will meet on {d} to discuss the next aid package of {rnd.Next(1, 9)} billion euros. ",
                });
                if (rnd.Next(4) == 0) sb.Append("\n\n");
            }
            list.Add(new SourceDocument($"gen/{seed}-{i:D5}.md", Encoding.UTF8.GetBytes(sb.ToString())));
        }
        return list;
    }
}
