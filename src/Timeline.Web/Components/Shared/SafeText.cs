using Markdig;
using Markdig.Renderers;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace Timeline.Web.Components.Shared;

/// <summary>Article text, titles and URLs are untrusted: these are the only ways they reach the page as markup or links.</summary>
public static class SafeText
{
    private static readonly MarkdownPipeline Pipeline = new MarkdownPipelineBuilder().DisableHtml().Build();

    /// <summary>The URL when it is absolute http(s), else null: javascript:, data: and relative URLs never become links.</summary>
    public static string? HttpUrl(string? url) =>
        Uri.TryCreate(url?.Trim(), UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps)
            ? uri.AbsoluteUri
            : null;

    /// <summary>
    /// Markdown to HTML with raw HTML disabled (it is escaped as text); link and image targets that are not http(s)
    /// are dropped, since Markdig itself would keep javascript: URLs.
    /// </summary>
    public static string MarkdownToHtml(string? markdown)
    {
        var document = Markdown.Parse(markdown ?? "", Pipeline);
        foreach (var link in document.Descendants<LinkInline>())
        {
            link.Url = HttpUrl(link.Url) ?? "";
            if (link.IsImage)
            {
                // Images would load third-party content; show their alt text as a plain link instead.
                link.IsImage = false;
            }
        }
        foreach (var autolink in document.Descendants<AutolinkInline>())
        {
            if (HttpUrl(autolink.Url) is null)
            {
                autolink.Url = "";
            }
        }
        using var writer = new StringWriter();
        var renderer = new HtmlRenderer(writer);
        Pipeline.Setup(renderer);
        renderer.Render(document);
        writer.Flush();
        return writer.ToString();
    }
}

/// <summary>A piece of a paragraph: plain text, or an evidence sentence to highlight.</summary>
public sealed record TextSegment(string Text, int Start, int? EvidenceId, string? EventId);

/// <summary>A paragraph of an article with its offset into the article's text.</summary>
public sealed record Paragraph(int Start, IReadOnlyList<TextSegment> Segments);

public sealed record EvidenceSpan(int Id, int Start, int End, string EventId);

/// <summary>Splits an article into paragraphs and cuts them at evidence offsets so each sentence can be wrapped in &lt;mark&gt;.</summary>
public static class Highlighter
{
    public static IReadOnlyList<Paragraph> Paragraphs(string text, IEnumerable<EvidenceSpan> evidence)
    {
        var spans = evidence.Where(e => e.Start >= 0 && e.End <= text.Length && e.End > e.Start)
            .OrderBy(e => e.Start).ThenBy(e => e.Id).ToList();
        var paragraphs = new List<Paragraph>();
        var start = 0;
        while (start < text.Length)
        {
            var end = text.IndexOf("\n\n", start, StringComparison.Ordinal);
            if (end < 0)
            {
                end = text.Length;
            }
            if (end > start)
            {
                paragraphs.Add(new Paragraph(start, Segments(text, start, end, spans)));
            }
            start = end + 2;
        }
        return paragraphs;
    }

    private static List<TextSegment> Segments(string text, int start, int end, List<EvidenceSpan> spans)
    {
        var segments = new List<TextSegment>();
        var pos = start;
        foreach (var s in spans.Where(s => s.Start < end && s.End > start))
        {
            // Overlapping evidence (two events quoting one sentence) is highlighted once, by the first.
            var from = Math.Max(s.Start, pos);
            var to = Math.Min(s.End, end);
            if (to <= from)
            {
                continue;
            }
            if (from > pos)
            {
                segments.Add(new TextSegment(text[pos..from], pos, null, null));
            }
            segments.Add(new TextSegment(text[from..to], from, s.Id, s.EventId));
            pos = to;
        }
        if (pos < end)
        {
            segments.Add(new TextSegment(text[pos..end], pos, null, null));
        }
        return segments;
    }
}
