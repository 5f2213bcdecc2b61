using System.Text.Json;
using System.Text.RegularExpressions;
using Timeline.Domain.Import;
using Timeline.Domain.Model;

namespace Timeline.Domain.Tests.Evaluation;

/// <summary>Compares an import with a reference timeline written by a careful editor (seed-events.json and the like).</summary>
internal static class ReferenceEvaluation
{
    public sealed record RefEvent(string Id, string Kind, string Date, string Precision, bool Approximate, string[] Systems,
        string[] Sources, string[] OptionalSources, Dictionary<string, string> Evidence, string[] MergeWith);

    public sealed record Run(InMemoryTimelineStore Store, ImportReport Report, Dictionary<string, string> FileByHash, Dictionary<string, Article> ArticleByFile);

    public static Run ImportFolder(string folder, Func<SourceDocument, SourceDocument>? transform = null)
    {
        var store = new InMemoryTimelineStore();
        var docs = SourceReader.Read([folder]).Select(transform ?? (d => d)).ToList();
        var report = new Importer(TestData.Pipeline, store).Import(docs);
        var articles = store.Articles();
        return new Run(store, report, articles.ToDictionary(a => a.ContentHash, a => a.FileName), articles.ToDictionary(a => a.FileName));
    }

    /// <summary>The same article as an outlet that publishes no metadata would give it: YAML front matter removed.</summary>
    public static SourceDocument WithoutFrontMatter(SourceDocument doc)
    {
        var text = System.Text.Encoding.UTF8.GetString(doc.Bytes).Replace("\r\n", "\n");
        if (!text.StartsWith("---\n", StringComparison.Ordinal))
        {
            return doc;
        }
        var end = text.IndexOf("\n---\n", 4, StringComparison.Ordinal);
        return end < 0 ? doc : doc with { Bytes = System.Text.Encoding.UTF8.GetBytes(text[(end + 5)..].TrimStart('\n')) };
    }

    public static List<RefEvent> Reference(string file)
    {
        using var json = JsonDocument.Parse(File.ReadAllText(TestData.File(file)));
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
    public static List<string> SharedSources(TimelineEvent e, RefEvent r, Run run)
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

    public static DatePrecision PrecisionOf(RefEvent r) => r.Precision switch
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

    public static Dictionary<TimelineEvent, List<RefEvent>> Match(Run run, List<RefEvent> reference)
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

}
