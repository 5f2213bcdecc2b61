using Timeline.Domain.Model;
using Xunit.Abstractions;
using static Timeline.Domain.Tests.Evaluation.ReferenceEvaluation;

namespace Timeline.Domain.Tests.Evaluation;

/// <summary>
/// Generalisation check on a small held-out set in the style of other outlets (front matter or none, machine translated,
/// Ukrainian, no date at all). Nothing in the importer may be tuned to these files; failures point at mechanisms.
/// </summary>
public sealed class HeldOutEvaluationTests(ITestOutputHelper output)
{
    private static readonly Lazy<Run> HeldOut = new(() => ImportFolder(TestData.File("heldout")));
    private static readonly Lazy<Run> HeldOutBare = new(() => ImportFolder(TestData.File("heldout"), WithoutFrontMatter));

    [Fact]
    public void Held_out_articles_yield_the_reference_timeline() => Evaluate(HeldOut.Value, minRecall: 0.8, minPrecision: 0.8);

    [Fact]
    public void Held_out_articles_without_front_matter_still_yield_most_of_the_timeline() =>
        Evaluate(HeldOutBare.Value, minRecall: 0.6, minPrecision: 0.7);

    private void Evaluate(Run run, double minRecall, double minPrecision)
    {
        var reference = Reference("heldout-events.json");
        var matches = Match(run, reference);

        foreach (var a in run.Store.Articles().OrderBy(a => a.FileName, StringComparer.Ordinal))
        {
            output.WriteLine($"{a.FileName}: published {a.Published.Date?.ToString("yyyy-MM-dd") ?? "?"} ({a.Published.Source}, {a.Published.Confidence:0.00}) {a.Published.Evidence}");
            var mine = matches.Where(m => m.Key.Evidence.Any(x => run.FileByHash[x.ArticleHash] == a.FileName)).ToList();
            var core = reference.Where(r => r.Kind == "core" && r.Sources.Contains(a.FileName)).ToList();
            var found = core.Count(r => mine.Any(m => m.Value.Contains(r)));
            var correct = mine.Count(m => m.Value.Count > 0);
            output.WriteLine($"  recall {found}/{core.Count}, precision {correct}/{mine.Count}");
            foreach (var (e, refs) in mine.OrderBy(m => m.Key.Date.Start))
                output.WriteLine($"  {(refs.Count > 0 ? "OK" : "XX")} {e.Date.ToIso()}{(e.Date.Approximate ? "~" : "")} {e.Type,-8} {e.Title} | sys={string.Join("/", e.Systems)} -> {string.Join(",", refs.Select(r => r.Id))}");
        }

        var coreAll = reference.Where(r => r.Kind == "core").ToList();
        var foundAll = coreAll.Where(r => matches.Any(m => m.Value.Contains(r))).ToList();
        var correctAll = matches.Count(m => m.Value.Count > 0);
        var recall = (double)foundAll.Count / coreAll.Count;
        var precision = matches.Count == 0 ? 0 : (double)correctAll / matches.Count;
        output.WriteLine($"core recall {foundAll.Count}/{coreAll.Count} = {recall:0.00}, precision {correctAll}/{matches.Count} = {precision:0.00}");
        recall.ShouldBeGreaterThanOrEqualTo(minRecall, "core events missing: " + string.Join(", ", coreAll.Except(foundAll).Select(r => r.Id)));
        precision.ShouldBeGreaterThanOrEqualTo(minPrecision);
    }

    [Fact]
    public void An_article_without_any_date_stays_undated()
    {
        var run = HeldOut.Value;
        var article = run.ArticleByFile["no-date-iris.txt"];
        article.Published.Date.ShouldBeNull();
        run.Store.Events.ShouldNotContain(e => e.Evidence.Any(x => x.ArticleHash == article.ContentHash));
    }
}
