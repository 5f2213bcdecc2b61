using Timeline.Domain.Curation;
using Timeline.Domain.Model;
using Timeline.Domain.Pipeline;
using Timeline.Domain.Pipeline.Events;

namespace Timeline.Domain.Import;

/// <summary>
/// Imports documents into a store: analyse all, infer publication dates across the batch and the stored articles, then
/// extract and merge article by article, committing each article with its events atomically. Re-importing is a no-op.
/// Articles whose own text gives no usable date but tells of a weekday come last, each dated if it can be by the events
/// stored before it (see <see cref="Pipeline.Dating.OtherReportsDating"/>).
/// </summary>
/// <remarks>
/// Analysis and extraction are per document and stateless, so they run in parallel; only the merge, which reads what
/// earlier articles committed, is sequential. Results are used in input order, so the outcome does not depend on threads.
/// </remarks>
public sealed class Importer(ImportPipeline pipeline, ITimelineStore store)
{
    private readonly ArticleRemoval _removal = new(pipeline, store);

    public ImportReport Import(IReadOnlyList<SourceDocument> documents, IProgress<FileReport>? progress = null, CancellationToken ct = default)
    {
        var reports = new FileReport?[documents.Count];
        var analysed = new List<(int Index, AnalysedDocument Doc)>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var options = new ParallelOptions { CancellationToken = ct };

        var results = new AnalysisResult[documents.Count];
        Parallel.For(0, documents.Count, options, i => results[i] = AnalyseWithinBudget(documents[i]));
        for (var i = 0; i < documents.Count; i++)
        {
            var result = results[i];
            if (result.Document is null)
                reports[i] = new FileReport(documents[i].FileName, ImportOutcome.Failed, result.Failure, 0, 0);
            else if (store.HasArticle(result.Document.Article.ContentHash) || !seen.Add(result.Document.Article.ContentHash))
                reports[i] = new FileReport(documents[i].FileName, ImportOutcome.Unchanged, null, 0, 0);
            else
                analysed.Add((i, result.Document));
            if (reports[i] is { } early) progress?.Report(early);
        }

        var storedArticles = analysed.Count == 0 ? [] : store.Articles();
        // Which stored article each source is, read once: asking the store per article would wait for its writes each time.
        var sources = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var a in storedArticles)
            if (a.Source is { } source) sources[source] = a.ContentHash;
        var dated = analysed.Count == 0 ? [] : pipeline.InferPublicationDates(analysed.Select(a => a.Doc).ToList(), storedArticles);
        // The events this run stores, latest version of each: what undated articles are dated by when the store had none
        // (kept only then; otherwise they are read back from the store).
        var thisRun = storedArticles.Count == 0 ? new Dictionary<string, TimelineEvent>(StringComparer.Ordinal) : null;
        // Articles their own text dates go first: the events they store may then date the others ("on Wednesday").
        var first = new List<int>();
        var later = new List<int>();
        for (var k = 0; k < dated.Count; k++) (pipeline.CanAnchor(dated[k].Article.Published) || !MayBeDatedByOthers(dated[k]) ? first : later).Add(k);

        void Store(int k, AnalysedDocument doc, IReadOnlyList<EventCandidate> candidates)
        {
            var index = analysed[k].Index;
            // A new text from a stored source is its new version: the old one goes first, with what only it supported, so
            // the new one merges into the timeline as it stands without it.
            var article = doc.Article;
            var replaced = article.Source is { } source ? sources.GetValueOrDefault(source) : null;
            if (replaced is not null)
            {
                var old = store.GetArticle(replaced);
                _removal.Remove(replaced);
                article = article with { Replaces = [.. old?.Replaces ?? [], replaced] };
                thisRun = null; // the store changed under this run's list: read it back
            }
            if (article.Source is { } stored) sources[stored] = article.ContentHash;
            // The merger works on the importer's own values; what curators corrected is put back on what it writes.
            var curations = new Dictionary<string, EventCuration>(StringComparer.Ordinal);
            var merged = pipeline.Merge(candidates, (from, to) => ImporterViews(store.EventsBetween(from, to), curations));
            var upserts = curations.Count == 0 ? merged.Upserts : [.. merged.Upserts.Select(e => EventCuration.Apply(e, curations.GetValueOrDefault(e.Id)))];
            merged = merged with { Upserts = upserts };
            store.Commit(article, merged.Upserts);
            if (thisRun is not null)
                foreach (var e in merged.Upserts) thisRun[e.Id] = e;
            var report = new FileReport(documents[index].FileName, replaced is null ? ImportOutcome.New : ImportOutcome.Replaced, null, merged.Created, merged.Updated)
            {
                EventIds = [.. merged.Upserts.Select(e => e.Id)],
            };
            reports[index] = report;
            progress?.Report(report);
        }

        try
        {
            // Extraction streams in input order into the merge, so the merge (sequential) starts at once and overlaps it.
            var extracted = first.AsParallel().AsOrdered().WithCancellation(ct).Select(k => pipeline.Extract(dated[k]));
            var n = 0;
            foreach (var candidates in extracted)
            {
                var k = first[n++];
                Store(k, dated[k], candidates);
            }
            if (later.Count > 0)
            {
                // One look at the stored events for all of them. Articles dated here do not date each other.
                // Read here, on the thread that stores, before the parallel part: the store is not read from two threads.
                var from = DateOnly.MaxValue;
                var to = DateOnly.MinValue;
                foreach (var k in later)
                {
                    var (f, t) = pipeline.OtherReports.Range(dated[k]);
                    if (f < from) from = f;
                    if (t > to) to = t;
                }
                // A store that held nothing before this run holds what this run stored: no need to read it back.
                var context = new StoredEventsSnapshot(from > to ? [] : thisRun is not null ? [.. thisRun.Values] : store.EventsBetween(from, to));
                var rest = later.AsParallel().AsOrdered().WithCancellation(ct)
                    .Select(k => pipeline.DateByOtherReports(dated[k], context.Between))
                    .Select(doc => (Doc: doc, Candidates: pipeline.Extract(doc)));
                var m = 0;
                foreach (var (doc, candidates) in rest) Store(later[m++], doc, candidates);
            }
        }
        finally
        {
            // Also on cancellation: what was committed so far is kept.
            store.Flush();
        }
        return new ImportReport(reports.Select(r => r!).ToList());
    }

    /// <summary>Stored events as the importer made them, each curation noted by event id to be applied again after the merge.</summary>
    private static IReadOnlyList<TimelineEvent> ImporterViews(IReadOnlyList<TimelineEvent> stored, Dictionary<string, EventCuration> curations)
    {
        if (!stored.Any(e => e.Curation is not null)) return stored;
        var views = new List<TimelineEvent>(stored.Count);
        foreach (var e in stored)
        {
            if (e.Curation is { } c) curations[e.Id] = c;
            views.Add(EventCuration.ImporterView(e));
        }
        return views;
    }

    /// <summary>Only an article with a weekday outside quotes can be dated by other reports' events: the rest keep their place.</summary>
    private static bool MayBeDatedByOthers(AnalysedDocument doc)
    {
        foreach (var e in doc.Temporal)
            if (e.Kind is Pipeline.Temporal.TemporalKind.Weekday or Pipeline.Temporal.TemporalKind.NightBetween && !doc.Quoted[e.Start]) return true;
        return false;
    }

    /// <summary>
    /// A text that defeats a pattern fails alone, with a reason, and the rest of the batch goes on. Patterns are written to
    /// run in linear time; the processes set a match timeout (<see cref="ImportPipeline.PatternTimeout"/>) as the backstop.
    /// </summary>
    private AnalysisResult AnalyseWithinBudget(SourceDocument document)
    {
        try
        {
            return pipeline.Analyse(document);
        }
        catch (System.Text.RegularExpressions.RegexMatchTimeoutException e)
        {
            return new AnalysisResult(document.FileName, null, $"analysis took too long: the text defeats a pattern ({e.MatchTimeout.TotalSeconds:0} s per match)");
        }
    }
}

/// <summary>
/// The stored events an undated article can be dated by (a day and a system), of the widest range asked for, read once and
/// sorted by day: a query per article over years of events cost more than the rest of the import.
/// </summary>
internal sealed class StoredEventsSnapshot
{
    private readonly TimelineEvent[] _events;

    public StoredEventsSnapshot(IReadOnlyList<TimelineEvent> events)
    {
        _events = [.. events.Where(e => e.Date.Precision == DatePrecision.Day && e.Date.End is null && e.Systems.Count > 0)];
        Array.Sort(_events, (a, b) => a.Date.Start.CompareTo(b.Date.Start));
    }

    /// <summary>Those on a day in [from, to]; a view, not a copy.</summary>
    public IReadOnlyList<TimelineEvent> Between(DateOnly from, DateOnly to)
    {
        var start = FirstAfter(from.AddDays(-1));
        return new ArraySegment<TimelineEvent>(_events, start, FirstAfter(to) - start);
    }

    private int FirstAfter(DateOnly day)
    {
        int lo = 0, hi = _events.Length;
        while (lo < hi)
        {
            var mid = (lo + hi) / 2;
            if (_events[mid].Date.Start <= day) lo = mid + 1; else hi = mid;
        }
        return lo;
    }
}
