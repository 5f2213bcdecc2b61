using System.Security.Cryptography;
using Timeline.Domain.Import;
using Timeline.Domain.Knowledge;
using Timeline.Domain.Model;
using Timeline.Domain.Pipeline.Dating;
using Timeline.Domain.Pipeline.Decoding;
using Timeline.Domain.Pipeline.Entities;
using Timeline.Domain.Pipeline.Events;
using Timeline.Domain.Pipeline.Normalising;
using Timeline.Domain.Pipeline.Sentences;
using Timeline.Domain.Pipeline.Temporal;

namespace Timeline.Domain.Pipeline;

/// <summary>
/// The import stages composed once by <see cref="ImportPipelineBuilder"/>. Immutable and stateless: one instance can
/// serve many imports, also in parallel.
/// </summary>
public sealed class ImportPipeline
{
    /// <summary>
    /// The longest one pattern may take on one text. The CLI and the web app set it as the process's default regex match
    /// timeout (it must be set before any pattern runs); the importer then fails that file with a reason.
    /// </summary>
    public static readonly TimeSpan PatternTimeout = TimeSpan.FromSeconds(2);

    /// <summary>Sets <see cref="PatternTimeout"/> as the default match timeout of every pattern this process makes.</summary>
    public static void LimitPatternTime() => AppContext.SetData("REGEX_DEFAULT_MATCH_TIMEOUT", PatternTimeout);

    public KnowledgeBase Knowledge { get; }
    public IDocumentDecoder Decoder { get; }
    public IFrontMatterReader FrontMatter { get; }
    public ITextNormaliser Normaliser { get; }
    public ISentenceSplitter Splitter { get; }
    public ITemporalFinder TemporalFinder { get; }
    public ITemporalResolver TemporalResolver { get; }
    public IEntityRecogniser Entities { get; }
    public IPublicationDateInferrer PublicationDates { get; }
    public IOtherReportsDating OtherReports { get; }
    public IEventExtractor Extractor { get; }
    public IEventMerger Merger { get; }

    internal ImportPipeline(KnowledgeBase knowledge, IDocumentDecoder decoder, IFrontMatterReader frontMatter, ITextNormaliser normaliser,
        ISentenceSplitter splitter, ITemporalFinder temporalFinder, ITemporalResolver temporalResolver, IEntityRecogniser entities,
        IPublicationDateInferrer publicationDates, IOtherReportsDating otherReports, IEventExtractor extractor, IEventMerger merger)
    {
        Knowledge = knowledge; Decoder = decoder; FrontMatter = frontMatter; Normaliser = normaliser; Splitter = splitter;
        TemporalFinder = temporalFinder; TemporalResolver = temporalResolver; Entities = entities;
        PublicationDates = publicationDates; OtherReports = otherReports; Extractor = extractor; Merger = merger;
    }

    public static ImportPipeline CreateDefault(KnowledgeBase knowledge) => new ImportPipelineBuilder(knowledge).Build();

    /// <summary>Per-document stages: decode, front matter, normalise, sentences, date phrases, names. Publication date not yet inferred.</summary>
    public AnalysisResult Analyse(SourceDocument document)
    {
        var decoded = Decoder.Decode(document);
        if (decoded.Text is null) return new(document.FileName, null, decoded.Failure);
        var fm = FrontMatter.Read(decoded.Text);
        if (fm.Failure is not null) return new(document.FileName, null, fm.Failure);
        var normalised = Normaliser.Normalise(fm.Body);
        if (normalised.Text.Length == 0) return new(document.FileName, null, "the file has no article text (only a title or boilerplate)");

        var text = normalised.Text;
        var sentences = Splitter.Split(text);
        var title = (fm.FrontMatter.Title is { } given ? TextNormaliser.UnifyCharacters(given) : null) ?? normalised.Title ?? DeriveTitle(text, sentences);
        var language = fm.FrontMatter.Language ?? GuessLanguage(text);
        var mt = fm.FrontMatter.MachineTranslated ?? (normalised.MachineTranslated || fm.FrontMatter.TranslatedFrom is not null);
        var problems = new List<string>();
        if (mt) problems.Add("machine translated: names and dates may be garbled");

        var hash = Convert.ToHexStringLower(SHA256.HashData(document.Bytes));
        var article = new Article(hash, Path.GetFileName(document.FileName), title, fm.FrontMatter.Url, fm.FrontMatter.Publisher, language, mt,
            fm.FrontMatter.TranslatedFrom, text, PublicationDate.Unknown, problems) { Source = Article.SourceOf(fm.FrontMatter.Url, document.FileName) };
        return new(document.FileName, new AnalysedDocument(article, fm.FrontMatter, sentences, TemporalFinder.Find(text), Entities.FindMentions(text), QuoteMask.Of(text)), null);
    }

    /// <summary>
    /// A stored article read again from its normalised text and stored publication date, as it was when imported: its
    /// evidence offsets are into that text. Used to rebuild the events it supports when another article goes.
    /// </summary>
    public AnalysedDocument AnalyseStored(Article article)
    {
        var text = article.Text;
        var frontMatter = new FrontMatter(article.Title, article.Url, Publisher: article.Publisher, Language: article.Language,
            TranslatedFrom: article.TranslatedFrom, MachineTranslated: article.MachineTranslated);
        return new AnalysedDocument(article, frontMatter, Splitter.Split(text), TemporalFinder.Find(text), Entities.FindMentions(text), QuoteMask.Of(text));
    }

    /// <summary>Publication dates for a batch, using stored articles as context; the documents come back with dates set.</summary>
    public IReadOnlyList<AnalysedDocument> InferPublicationDates(IReadOnlyList<AnalysedDocument> batch, IReadOnlyList<Article> stored)
    {
        var dates = PublicationDates.Infer(batch, stored);
        var result = new AnalysedDocument[batch.Count];
        for (var i = 0; i < batch.Count; i++)
        {
            var a = batch[i].Article;
            var problems = a.Problems.ToList();
            var d = dates[i];
            if (d.Date is null) problems.Add("publication date unknown: relative dates left unresolved (" + d.Evidence + ")");
            // A confident inference is shown with its evidence as the date itself; only a weak one needs the reader's attention.
            else if (d.Source == PublicationDateSource.Inferred && d.Confidence < 0.5) problems.Add($"publication date inferred with low confidence ({d.Confidence:0.00}): {d.Evidence}");
            result[i] = batch[i] with { Article = a with { Published = d, Problems = problems } };
        }
        return result;
    }

    /// <summary>Whether a publication date is sure enough to resolve "on Friday" against.</summary>
    public bool CanAnchor(PublicationDate date) =>
        date.Date is not null && (date.Source == PublicationDateSource.Given || date.Confidence >= PublicationDateInferrer.AnchorConfidence);

    /// <summary>
    /// An article its text could not date, dated by the events other reports stored (see <see cref="OtherReportsDating"/>);
    /// the document as it was when they do not date it.
    /// </summary>
    public AnalysedDocument DateByOtherReports(AnalysedDocument document, Func<DateOnly, DateOnly, IReadOnlyList<TimelineEvent>> stored)
    {
        if (OtherReports.Infer(document, stored) is not { } date) return document;
        var a = document.Article;
        var problems = a.Problems.Where(p => !p.StartsWith("publication date", StringComparison.Ordinal)).ToList();
        return document with { Article = a with { Published = date, Problems = problems } };
    }

    public IReadOnlyList<EventCandidate> Extract(AnalysedDocument document) => Extractor.Extract(document);

    /// <summary>
    /// A stored event after some of its evidence went: made again from what its remaining evidence sentences say, read from
    /// their stored articles as at import (<paramref name="articleOf"/> gives each), keeping its id.
    /// </summary>
    public TimelineEvent Rebuild(TimelineEvent e, IReadOnlyList<Evidence> remaining, Func<string, AnalysedDocument?> articleOf)
    {
        var candidates = new List<EventCandidate>();
        foreach (var hash in remaining.Select(v => v.ArticleHash).Distinct())
            if (articleOf(hash) is { } doc) candidates.AddRange(Extract(doc));
        return Merger.Rebuild(e, remaining, candidates);
    }

    public MergeResult Merge(IReadOnlyList<EventCandidate> candidates, Func<DateOnly, DateOnly, IReadOnlyList<TimelineEvent>> stored) =>
        Merger.Merge(candidates, stored);

    private static string DeriveTitle(string text, IReadOnlyList<Sentence> sentences)
    {
        var first = sentences.Count > 0 ? sentences[0].In(text) : text;
        return EventWriter.Title(first, null);
    }

    private static string GuessLanguage(string text)
    {
        int latin = 0, cyr = 0, ukr = 0;
        var n = Math.Min(text.Length, 4000);
        for (var i = 0; i < n; i++)
        {
            var c = text[i];
            if (c is >= 'a' and <= 'z' or >= 'A' and <= 'Z') latin++;
            else if (c is >= '\u0400' and <= '\u04FF')
            {
                cyr++;
                if (c is 'і' or 'ї' or 'є' or 'ґ' or 'І' or 'Ї' or 'Є' or 'Ґ') ukr++;
            }
        }
        return cyr > latin ? (ukr > 0 ? "uk" : "ru") : "en";
    }
}
