using Timeline.Domain.Knowledge;
using Timeline.Domain.Pipeline.Dating;
using Timeline.Domain.Pipeline.Decoding;
using Timeline.Domain.Pipeline.Entities;
using Timeline.Domain.Pipeline.Events;
using Timeline.Domain.Pipeline.Normalising;
using Timeline.Domain.Pipeline.Sentences;
using Timeline.Domain.Pipeline.Temporal;

namespace Timeline.Domain.Pipeline;

/// <summary>Composes the import stages; every stage has a default and can be replaced, e.g. in tests.</summary>
public sealed class ImportPipelineBuilder(KnowledgeBase knowledge)
{
    private long _maxBytes = DocumentDecoder.DefaultMaxBytes;
    private TimeProvider _clock = TimeProvider.System;
    private DatingWeights _weights = DatingWeights.Default;
    private IDocumentDecoder? _decoder;
    private IFrontMatterReader? _frontMatter;
    private ITextNormaliser? _normaliser;
    private ISentenceSplitter? _splitter;
    private ITemporalFinder? _finder;
    private ITemporalResolver? _resolver;
    private IEntityRecogniser? _entities;
    private IPublicationDateInferrer? _dates;
    private IOtherReportsDating? _otherReports;
    private IEventExtractor? _extractor;
    private IEventWriter? _writer;
    private IEventMerger? _merger;

    public ImportPipelineBuilder WithMaxBytes(long maxBytes) { _maxBytes = maxBytes; return this; }
    /// <summary>What "today" is for dating articles (the latest year a date may fall in, offices still held).</summary>
    public ImportPipelineBuilder WithClock(TimeProvider clock) { _clock = clock; return this; }
    /// <summary>How much each kind of evidence counts when dating an article that does not give its date.</summary>
    public ImportPipelineBuilder WithDatingWeights(DatingWeights weights) { _weights = weights; return this; }
    public ImportPipelineBuilder Use(IDocumentDecoder stage) { _decoder = stage; return this; }
    public ImportPipelineBuilder Use(IFrontMatterReader stage) { _frontMatter = stage; return this; }
    public ImportPipelineBuilder Use(ITextNormaliser stage) { _normaliser = stage; return this; }
    public ImportPipelineBuilder Use(ISentenceSplitter stage) { _splitter = stage; return this; }
    public ImportPipelineBuilder Use(ITemporalFinder stage) { _finder = stage; return this; }
    public ImportPipelineBuilder Use(ITemporalResolver stage) { _resolver = stage; return this; }
    public ImportPipelineBuilder Use(IEntityRecogniser stage) { _entities = stage; return this; }
    public ImportPipelineBuilder Use(IPublicationDateInferrer stage) { _dates = stage; return this; }
    public ImportPipelineBuilder Use(IOtherReportsDating stage) { _otherReports = stage; return this; }
    public ImportPipelineBuilder Use(IEventExtractor stage) { _extractor = stage; return this; }
    public ImportPipelineBuilder Use(IEventWriter stage) { _writer = stage; return this; }
    public ImportPipelineBuilder Use(IEventMerger stage) { _merger = stage; return this; }

    public ImportPipeline Build()
    {
        var resolver = _resolver ?? new TemporalResolver();
        var entities = _entities ?? new EntityRecogniser(knowledge);
        var writer = _writer ?? new EventWriter(knowledge);
        return new ImportPipeline(
            knowledge,
            _decoder ?? new DocumentDecoder(_maxBytes),
            _frontMatter ?? new FrontMatterReader(),
            _normaliser ?? new TextNormaliser(knowledge),
            _splitter ?? new SentenceSplitter(),
            _finder ?? new TemporalFinder(),
            resolver,
            entities,
            _dates ?? new PublicationDateInferrer(knowledge, _clock, _weights),
            _otherReports ?? new OtherReportsDating(knowledge, entities, _clock, _weights),
            _extractor ?? new EventExtractor(knowledge, entities, resolver),
            _merger ?? new EventMerger(writer, knowledge));
    }
}
