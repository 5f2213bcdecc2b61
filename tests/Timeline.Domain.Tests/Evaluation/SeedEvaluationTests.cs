using System.Text.Json;
using System.Text.RegularExpressions;
using Timeline.Domain.Import;
using Timeline.Domain.Model;
using Xunit.Abstractions;

namespace Timeline.Domain.Tests.Evaluation;

/// <summary>Runs the whole importer on seeds/ and compares with what a careful editor extracted (data/seed-events.json).</summary>
public sealed class SeedEvaluationTests(ITestOutputHelper output)
{
    private sealed record RefEvent(string Id, string Kind, string Date, string Precision, bool Approximate, string[] Systems,
        string[] Sources, string[] OptionalSources, Dictionary<string, string> Evidence, string[] MergeWith);

    private sealed record Run(InMemoryTimelineStore Store, ImportReport Report, Dictionary<string, string> FileByHash, Dictionary<string, Article> ArticleByFile);

    private static readonly Lazy<Run> Seeds = new(() =>
    {
        var store = new InMemoryTimelineStore();
        var docs = SourceReader.Read([Path.Combine(TestData.RepoRoot(), "seeds")]);
        var report = new Importer(TestData.Pipeline, store).Import(docs);
        var articles = store.Articles();
        return new Run(store, report, articles.ToDictionary(a => a.ContentHash, a => a.FileName), articles.ToDictionary(a => a.FileName));
    });

    private static List<RefEvent> Reference()
    {
        using var json = JsonDocument.Parse(File.ReadAllText(TestData.File("seed-events.json")));
        var list = new List<RefEvent>();
        foreach (var e in json.RootElement.GetProperty("events").EnumerateArray())
        {
            string[] Arr(string name) => e.TryGetProperty(name, out var p) ? p.EnumerateArray().Select(x => x.GetString()!).ToArray() : [];
            var evidence = e.TryGetProperty("evidence", out var ev) ? ev.EnumerateObject().ToDictionary(p => p.Name, p => p.Value.GetString()!) : [];
            list.Add(new RefEvent(e.GetProperty("id").GetString()!, e.GetProperty("kind").GetString()!, e.GetProperty("date").GetString()!,
                e.GetProperty("precision").GetString()!, e.TryGetProperty("approximate", out var ap) && ap.GetBoolean(),
                Arr("systems"), Arr("sources"), Arr("optional_sources"), evidence, Arr("merge_with")));
        }
        return list;
    }

    private static string Norm(string s) => Regex.Replace(s.Replace('“', '"').Replace('”', '"').Replace('’', '\'').ToLowerInvariant(), @"\s+", " ").Trim();

    private static bool DatesAgree(EventDate got, RefEvent r)
    {
        var iso = r.Precision switch
        {
            "day" => got.Start.ToString("yyyy-MM-dd"),
            "month" => got.Start.ToString("yyyy-MM"),
            _ => got.Start.ToString("yyyy"),
        };
        if (iso == r.Date) return true;
        if (r.Precision == "day" && DateOnly.TryParse(r.Date, out var d))
        {
            if (got.Precision != DatePrecision.Day && got.Start <= d && got.LastDay >= d) return true;
            if (r.Approximate && Math.Abs(got.Start.DayNumber - d.DayNumber) <= 1) return true;
        }
        return false;
    }

    /// <summary>Sources of the reference event whose evidence this extracted event shares.</summary>
    private static List<string> SharedSources(TimelineEvent e, RefEvent r, Run run)
    {
        var shared = new List<string>();
        foreach (var source in r.Sources.Concat(r.OptionalSources))
        {
            var ours = e.Evidence.Where(x => run.FileByHash.GetValueOrDefault(x.ArticleHash) == source).ToList();
            if (ours.Count == 0) continue;
            if (!r.Evidence.TryGetValue(source, out var refQuote) || ours.Any(x => Overlaps(x.Quote, refQuote)))
                shared.Add(source);
        }
        return shared;
    }

    private static DatePrecision PrecisionOf(RefEvent r) => r.Precision switch
    {
        "day" => DatePrecision.Day, "week" => DatePrecision.Week, "month" => DatePrecision.Month, _ => DatePrecision.Year,
    };

    private static bool Overlaps(string ours, string reference)
    {
        var a = Norm(ours);
        var b = Norm(reference);
        if (a.Contains(b) || b.Contains(a)) return true;
        var refWords = b.Split(' ').Where(w => w.Length > 3).ToHashSet();
        var ourWords = a.Split(' ').ToHashSet();
        return refWords.Count > 0 && refWords.Count(ourWords.Contains) >= 0.6 * refWords.Count;
    }

    private Dictionary<TimelineEvent, List<RefEvent>> Match(Run run, List<RefEvent> reference)
    {
        // Each extracted event is assigned to its best reference event (plus any the reference allows it to be merged with):
        // quoted evidence beats a bare same-source-same-date match, core beats optional, an exact precision beats a coarser one.
        var matches = new Dictionary<TimelineEvent, List<RefEvent>>();
        foreach (var e in run.Store.Events)
        {
            var candidates = reference.Where(r => DatesAgree(e.Date, r) && SharedSources(e, r, run).Count > 0)
                .OrderByDescending(r => (SharedSources(e, r, run).Any(r.Evidence.ContainsKey) ? 4 : 0) + (r.Kind == "core" ? 2 : 0) + (PrecisionOf(r) == e.Date.Precision ? 1 : 0))
                .ToList();
            if (candidates.Count == 0) { matches[e] = []; continue; }
            var best = candidates[0];
            matches[e] = [best, .. candidates.Skip(1).Where(r => best.MergeWith.Contains(r.Id) || r.MergeWith.Contains(best.Id))];
        }
        return matches;
    }

    [Fact]
    public void Seed_articles_yield_the_reference_timeline()
    {
        var run = Seeds.Value;
        var reference = Reference();
        var matches = Match(run, reference);

        foreach (var a in run.Store.Articles())
            output.WriteLine($"{a.FileName}: published {a.Published.Date?.ToString("yyyy-MM-dd") ?? "?"} ({a.Published.Source}, {a.Published.Confidence:0.00}) {a.Published.Evidence}");
        output.WriteLine("");
        foreach (var (e, refs) in matches.OrderBy(m => m.Key.Date.Start))
        {
            var files = string.Join(",", e.Evidence.Select(x => run.FileByHash[x.ArticleHash][..3]).Distinct());
            output.WriteLine($"{(refs.Count > 0 ? "OK " : "XX ")} {e.Date.ToIso()}{(e.Date.Approximate ? "~" : "")} {e.Type,-8} [{files}] {e.Title} | sys={string.Join("/", e.Systems)} actors={string.Join("/", e.Actors)} loc={e.Location} -> {string.Join(",", refs.Select(r => r.Id))}");
        }
        var core = reference.Where(r => r.Kind == "core").ToList();
        var found = core.Where(r => matches.Any(m => m.Value.Contains(r))).ToList();
        var correct = matches.Count(m => m.Value.Count > 0);
        var precision = matches.Count == 0 ? 0 : (double)correct / matches.Count;
        output.WriteLine("");
        foreach (var r in core) output.WriteLine($"core {r.Id,-36} {(found.Contains(r) ? "found" : "MISSING")}");
        output.WriteLine($"core recall {found.Count}/{core.Count}, precision {correct}/{matches.Count} = {precision:0.00}");

        found.Count.ShouldBe(core.Count, "core events missing: " + string.Join(", ", core.Except(found).Select(r => r.Id)));
        precision.ShouldBeGreaterThanOrEqualTo(0.9);

        foreach (var r in reference)
        {
            var by = matches.Where(m => m.Value.Contains(r)).ToList();
            by.Count.ShouldBeLessThanOrEqualTo(1, $"{r.Id} is matched by {by.Count} extracted events");
        }
        foreach (var r in core)
        {
            var (e, refs) = matches.First(m => m.Value.Contains(r));
            var shared = SharedSources(e, r, run);
            r.Sources.Except(shared).ShouldBeEmpty($"{r.Id} lacks sources");
            var expected = refs.Where(x => x == r || r.MergeWith.Contains(x.Id) || x.MergeWith.Contains(r.Id)).SelectMany(x => x.Systems).Distinct().OrderBy(x => x);
            e.Systems.OrderBy(x => x).ShouldBe(expected, $"systems of {r.Id}");
        }
    }

    [Fact]
    public void Seed_traps_are_avoided()
    {
        var run = Seeds.Value;
        run.Report.Failed.ShouldBe(0);
        run.Store.Events.ShouldNotContain(e => e.Date.Start.Year == 2024 && e.Date.Start.Month == 2, "'entered its third in February year' is no event");
        run.Store.Events.SelectMany(e => e.Actors).ShouldNotContain(a => a.Contains("Sekutu", StringComparison.OrdinalIgnoreCase) || a.Contains("squad", StringComparison.OrdinalIgnoreCase));
        run.Store.Events.ShouldContain(e => e.Date.ToIso() == "2022-10-12" && e.Evidence.Any(x => x.DateResolution.Contains("Ocr.12")));
        run.Store.Events.ShouldAllBe(e => e.Title.Length <= 80);
    }

    [Fact]
    public void Seed_publication_dates_are_inferred()
    {
        var run = Seeds.Value;
        foreach (var (file, article) in run.ArticleByFile)
        {
            var expected = file.StartsWith("00") && int.Parse(file[..3]) <= 2 ? "2024-04-04" : "2022-10-12";
            article.Published.Date?.ToString("yyyy-MM-dd").ShouldBe(expected, file);
            article.Published.Source.ShouldBe(PublicationDateSource.Inferred);
        }
    }
}
