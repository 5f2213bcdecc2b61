using Timeline.Domain.Knowledge;
using Timeline.Domain.Model;
using Timeline.Domain.Pipeline.Decoding;
using Timeline.Domain.Pipeline.Sentences;
using Timeline.Domain.Pipeline.Temporal;

namespace Timeline.Domain.Pipeline;

/// <summary>One document after the per-document stages: the article (publication date still to infer) and what was found in it.</summary>
public sealed record AnalysedDocument(
    Article Article,
    FrontMatter FrontMatter,
    IReadOnlyList<Sentence> Sentences,
    IReadOnlyList<TemporalExpression> Temporal,
    IReadOnlyList<Mention> Mentions,
    bool[] Quoted)
{
    /// <summary>Index of the sentence containing a character offset.</summary>
    public int SentenceAt(int offset)
    {
        int lo = 0, hi = Sentences.Count - 1;
        while (lo <= hi)
        {
            var mid = (lo + hi) / 2;
            if (Sentences[mid].End <= offset) lo = mid + 1;
            else if (Sentences[mid].Start > offset) hi = mid - 1;
            else return mid;
        }
        return -1;
    }
}

/// <summary>The result of analysing one document: the analysis, or why the file cannot be imported.</summary>
public sealed record AnalysisResult(string FileName, AnalysedDocument? Document, string? Failure);
