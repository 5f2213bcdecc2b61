using System.Buffers;
using System.Text;
using System.Text.RegularExpressions;
using Timeline.Domain.Knowledge;

namespace Timeline.Domain.Pipeline.Normalising;

/// <summary>Clean article text (what evidence offsets point into), the title, and whether the text says it was machine translated.</summary>
public sealed record Normalised(string Text, string? Title, bool MachineTranslated);

public interface ITextNormaliser
{
    Normalised Normalise(string body);
}

/// <summary>
/// Unifies line endings and spaces, drops stray markup and boilerplate lines, glues paragraphs a scraper split mid-sentence,
/// and takes a short first line without a full stop as the title.
/// </summary>
public sealed partial class TextNormaliser(KnowledgeBase knowledge) : ITextNormaliser
{
    // Bounded: each '<' looks at most 200 characters ahead. Comments are removed by hand (RemoveComments): a lazy
    // "<!--.*?-->" rescans the rest of the text for every unclosed "<!--", quadratic on a file of them.
    [GeneratedRegex(@"<(/?[a-zA-Z][^<>\n]{0,200})>")]
    private static partial Regex Tag();

    // Tags whose '<' was lost by a scraper: "strong>", "/p>".
    [GeneratedRegex(@"(?<![\w<])/?(?:p|strong|em|b|i|u|span|div|br|li|ul|ol|h[1-6]|blockquote|a)>")]
    private static partial Regex BrokenTag();

    [GeneratedRegex(@"&(nbsp|amp|quot|#39|apos|lt|gt|mdash|ndash|hellip);")]
    private static partial Regex Entity();

    // A line break followed by a lower-case word continues the sentence ("destroyed residential buildings\n\nand an energy facility").
    // Lines are trimmed before this runs, so no spaces surround the breaks, and the search can start at a '\n'.
    // A byline ("by Olena Hrytsenko April 16, 2024") under a standfirst without a full stop opens a line of its own.
    // Its shape, on its own line: one to three capitalised names, then a day or a month and a day ("by Germany on Monday"
    // is a wrapped sentence).
    [GeneratedRegex(@"(?<=[\p{L},])\n+(?=\p{Ll})(?!(?:by|von|par|di)[^\S\n]+(?:\p{Lu}[\p{L}.'-]*[^\S\n]*,?[^\S\n]*){1,3}\d)")]
    private static partial Regex BrokenParagraph();

    [GeneratedRegex(@"\n{3,}")]
    private static partial Regex ManyBreaks();

    // Characters the first pass rewrites or drops; most texts have none, and then the body is used as it is.
    // Bidi overrides and isolates (U+202A-U+202E, U+2066-U+2069) and marks (U+200E, U+200F) can make a title read as
    // something else than it says; they go with the other invisible characters.
    private static readonly SearchValues<char> Unusual = SearchValues.Create("\r\u00A0\u202F\u2007\u2009\t\u200B\u200C\u200D\u200E\u200F\u202A\u202B\u202C\u202D\u202E\u2066\u2067\u2068\u2069\uFEFF\u00AD\u2011\u2010");

    public Normalised Normalise(string body)
    {
        var text = UnifyCharacters(body);
        // Every pattern needs its '<', '>' or '&': a text without one is not scanned for it.
        if (text.Contains("<!--", StringComparison.Ordinal)) text = RemoveComments(text);
        if (text.Contains('<'))
            text = Tag().Replace(text, m => m.Value.StartsWith("<br", StringComparison.OrdinalIgnoreCase) || m.Value.StartsWith("</p", StringComparison.OrdinalIgnoreCase) ? "\n" : " ");
        if (text.Contains('>')) text = BrokenTag().Replace(text, "\n");
        if (text.Contains('&'))
            text = Entity().Replace(text, m => m.Groups[1].Value switch
            {
                "nbsp" => " ", "amp" => "&", "quot" => "\"", "#39" or "apos" => "'", "lt" => "<", "gt" => ">",
                "mdash" => "—", "ndash" => "–", _ => "…",
            });

        string? title = null;
        // Kept lines never outgrow the text: each is at most its original, ended by the break that ended it (or one more).
        var kept = ArrayPool<char>.Shared.Rent(text.Length + 1);
        var length = 0;
        var content = false;
        foreach (var range in text.AsSpan().Split('\n'))
        {
            var line = CollapseSpaces(text.AsSpan(range));
            if (line.Length > 0)
            {
                if (knowledge.Boilerplate.IsMatch(line)) continue;
                if (title is null && !content)
                {
                    if (line.Length <= 160 && !line.EndsWith('.') && !line.EndsWith(':'))
                    {
                        title = line.ToString();
                        continue;
                    }
                    title = "";
                }
                // Scraped pages often repeat the headline.
                if (!string.IsNullOrEmpty(title) && line.Equals(title, StringComparison.OrdinalIgnoreCase)) continue;
                content = true;
            }
            line.CopyTo(kept.AsSpan(length));
            length += line.Length;
            kept[length++] = '\n';
        }
        text = new string(kept.AsSpan(0, length).Trim());
        ArrayPool<char>.Shared.Return(kept);
        text = BrokenParagraph().Replace(text, " ");
        text = ManyBreaks().Replace(text, "\n\n");
        return new Normalised(text, string.IsNullOrEmpty(title) ? null : title, knowledge.MentionsMachineTranslation(body));
    }

    /// <summary>
    /// HTML comments out, in one pass: each "&lt;!--" is closed by the next "--&gt;"; once none follows, no later comment
    /// can close either, so the rest is kept as text.
    /// </summary>
    internal static string RemoveComments(string text)
    {
        var sb = new StringBuilder(text.Length);
        var at = 0;
        while (true)
        {
            var open = text.IndexOf("<!--", at, StringComparison.Ordinal);
            if (open < 0) break;
            var close = text.IndexOf("-->", open + 4, StringComparison.Ordinal);
            if (close < 0) break;
            sb.Append(text, at, open - at).Append(' ');
            at = close + 3;
        }
        return sb.Append(text, at, text.Length - at).ToString();
    }

    /// <summary>Line ends, spaces and dashes unified, invisible and direction-changing characters removed.</summary>
    internal static string UnifyCharacters(string body)
    {
        var first = body.AsSpan().IndexOfAny(Unusual);
        if (first < 0) return body;
        var sb = new StringBuilder(body.Length);
        sb.Append(body, 0, first);
        for (var i = first; i < body.Length; i++)
        {
            var ch = body[i];
            switch (ch)
            {
                case '\r': break;
                case '\u00A0' or '\u202F' or '\u2007' or '\u2009' or '\t': sb.Append(' '); break;
                case '\u200B' or '\u200C' or '\u200D' or '\u200E' or '\u200F' or '\uFEFF' or '\u00AD'
                    or (>= '\u202A' and <= '\u202E') or (>= '\u2066' and <= '\u2069'): break;
                case '\u2011' or '\u2010': sb.Append('-'); break;
                default: sb.Append(ch); break;
            }
        }
        return sb.ToString();
    }

    /// <summary>Runs of spaces to one, trimmed; hand-rolled because it runs on every line and most lines need no change.</summary>
    private static ReadOnlySpan<char> CollapseSpaces(ReadOnlySpan<char> line)
    {
        var span = line.Trim();
        var clean = true;
        for (var i = 1; i < span.Length && clean; i++)
            if (IsSpace(span[i]) && (IsSpace(span[i - 1]) || span[i] != ' ')) clean = false;
        if (clean) return span;
        var sb = new StringBuilder(span.Length);
        for (var i = 0; i < span.Length; i++)
        {
            if (IsSpace(span[i])) { if (!IsSpace(span[i - 1])) sb.Append(' '); }
            else sb.Append(span[i]);
        }
        return sb.ToString();
    }

    private static bool IsSpace(char c) => c is ' ' or '\t' or '\f' or '\v';
}
