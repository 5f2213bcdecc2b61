using System.Globalization;
using System.Text;
using System.Text.Json;
using Timeline.Domain.Import;

namespace Timeline.Web.Imports;

/// <summary>
/// A text pasted into the import page, with its optional title, URL and publication date: made the file the importer reads
/// (front matter and body), so it goes through the one reader of front matter like a dropped file.
/// </summary>
public sealed record PastedArticle(string Text, string? Title, string? Url, DateOnly? Published)
{
    public SourceDocument ToDocument()
    {
        var front = new StringBuilder();
        // JSON strings are YAML double-quoted scalars: no value can end the block or add a key.
        if (!string.IsNullOrWhiteSpace(Title)) front.Append("title: ").AppendLine(JsonSerializer.Serialize(Title.Trim()));
        if (!string.IsNullOrWhiteSpace(Url)) front.Append("url: ").AppendLine(JsonSerializer.Serialize(Url.Trim()));
        if (Published is { } day) front.Append("published: ").AppendLine(day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        var body = Text.Replace("\r\n", "\n");
        var file = front.Length > 0 ? $"---\n{front}---\n{body}" : body;
        return new SourceDocument(FileName, Encoding.UTF8.GetBytes(file));
    }

    /// <summary>A name for the history and the article's source when it has no URL: pasted texts are told apart by content.</summary>
    private string FileName => $"pasted-{Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(Encoding.UTF8.GetBytes(Text)))[..12]}.txt";
}
