using Timeline.Domain.Model;
using Timeline.Domain.Pipeline;

namespace Timeline.Domain.Import;

/// <summary>
/// Imports documents into a store: analyse all, infer publication dates across the batch and the stored articles, then
/// extract and merge article by article, committing each article with its events atomically. Re-importing is a no-op.
/// </summary>
public sealed class Importer(ImportPipeline pipeline, ITimelineStore store)
{
    public ImportReport Import(IReadOnlyList<SourceDocument> documents, IProgress<FileReport>? progress = null, CancellationToken ct = default)
    {
        var reports = new FileReport?[documents.Count];
        var analysed = new List<(int Index, AnalysedDocument Doc)>();
        var seen = new HashSet<string>(StringComparer.Ordinal);

        for (var i = 0; i < documents.Count; i++)
        {
            ct.ThrowIfCancellationRequested();
            var result = pipeline.Analyse(documents[i]);
            if (result.Document is null)
                reports[i] = new FileReport(documents[i].FileName, ImportOutcome.Failed, result.Failure, 0, 0);
            else if (store.HasArticle(result.Document.Article.ContentHash) || !seen.Add(result.Document.Article.ContentHash))
                reports[i] = new FileReport(documents[i].FileName, ImportOutcome.Unchanged, null, 0, 0);
            else
                analysed.Add((i, result.Document));
            if (reports[i] is { } early) progress?.Report(early);
        }

        var dated = analysed.Count == 0 ? [] : pipeline.InferPublicationDates(analysed.Select(a => a.Doc).ToList(), store.Articles());
        for (var k = 0; k < dated.Count; k++)
        {
            ct.ThrowIfCancellationRequested();
            var (index, _) = analysed[k];
            var doc = dated[k];
            var candidates = pipeline.Extract(doc);
            var merged = pipeline.Merge(candidates, store.EventsBetween);
            store.Commit(doc.Article, merged.Upserts);
            var report = new FileReport(documents[index].FileName, ImportOutcome.New, null, merged.Created, merged.Updated);
            reports[index] = report;
            progress?.Report(report);
        }
        return new ImportReport(reports.Select(r => r!).ToList());
    }
}
