using Timeline.Domain.Model;

namespace Timeline.Domain.Export;

/// <summary>One source of an exported event: the article and the sentence that supports the event.</summary>
public sealed record ExportSource(
    int ArticleId, string File, string Title, string? Url, string? Publisher, string? Published, string Quote, int Start, int End)
{
    /// <summary>What a CSV cell names: the URL when there is one, else the imported file's name.</summary>
    public string Reference => string.IsNullOrWhiteSpace(Url) ? File : Url;
}

/// <summary>An event as the exports (CSV, JSON) write it: the event and, per evidence, the article it comes from.</summary>
public sealed record ExportEvent(TimelineEvent Event, IReadOnlyList<ExportSource> Sources);
