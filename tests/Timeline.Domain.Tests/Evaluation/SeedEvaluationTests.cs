using System.Text.Json;
using System.Text.RegularExpressions;
using Timeline.Domain.Import;
using Timeline.Domain.Model;
using Xunit.Abstractions;
using static Timeline.Domain.Tests.Evaluation.ReferenceEvaluation;

namespace Timeline.Domain.Tests.Evaluation;

/// <summary>Runs the whole importer on seeds/ and compares with what a careful editor extracted (data/seed-events.json).</summary>
public sealed class SeedEvaluationTests(ITestOutputHelper output)
{
    private static readonly Lazy<Run> Seeds = new(() => ImportFolder(Path.Combine(TestData.RepoRoot(), "seeds")));

    private static List<RefEvent> Reference() => ReferenceEvaluation.Reference("seed-events.json");

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
        precision.ShouldBeGreaterThanOrEqualTo(0.95);

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
