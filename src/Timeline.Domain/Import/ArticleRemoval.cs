using Timeline.Domain.Model;
using Timeline.Domain.Pipeline;

namespace Timeline.Domain.Import;

/// <summary>What removing an article did to the events it supported.</summary>
public sealed record RemovalReport(string ContentHash, int EventsDeleted, int EventsRebuilt);

/// <summary>
/// Takes an article out of the timeline: its evidence goes, events left without evidence go, and the events other articles
/// still support are made again from those articles' sentences, keeping their ids. Events a curator corrected, rejected,
/// merged or split are kept, without the article's sources. Used for `timeline remove` and when a
/// new version of an article (the same source, a new text) replaces the stored one.
/// </summary>
public sealed class ArticleRemoval(ImportPipeline pipeline, ITimelineStore store)
{
    public RemovalReport Remove(string contentHash)
    {
        var deleted = new List<string>();
        var rebuilt = new List<TimelineEvent>();
        // Each other article is read again once, however many of the events it supports.
        var read = new Dictionary<string, AnalysedDocument?>(StringComparer.Ordinal);
        AnalysedDocument? Read(string hash)
        {
            if (!read.TryGetValue(hash, out var doc))
                read[hash] = doc = store.GetArticle(hash) is { } a ? pipeline.AnalyseStored(a) : null;
            return doc;
        }
        foreach (var e in store.EventsOf(contentHash))
        {
            var remaining = e.Evidence.Where(v => v.ArticleHash != contentHash).ToList();
            // An event a curator corrected or rejected stays, without sources, under its id: a new version of the article
            // merges into it again, and the correction holds.
            if (remaining.Count == 0 && e.Curation is not null) rebuilt.Add(e with { Evidence = [] });
            else if (remaining.Count == 0) deleted.Add(e.Id);
            // Made again from the importer's values; what curators corrected stays.
            else rebuilt.Add(Curation.EventCuration.Apply(pipeline.Rebuild(Curation.EventCuration.ImporterView(e), remaining, Read), e.Curation));
        }
        store.Remove(contentHash, deleted, rebuilt);
        return new RemovalReport(contentHash, deleted.Count, rebuilt.Count);
    }
}
