using Timeline.Domain.Pipeline.Decoding;

namespace Timeline.Domain.Import;

/// <summary>Reads article files (.txt, .md) from files and folders; problems become <see cref="SourceDocument.ReadError"/>, never exceptions.</summary>
public static class SourceReader
{
    private static readonly string[] Extensions = [".txt", ".md"];

    public static IReadOnlyList<SourceDocument> Read(IEnumerable<string> paths, long maxBytes = DocumentDecoder.DefaultMaxBytes)
    {
        var files = new SortedSet<string>(StringComparer.Ordinal);
        var missing = new List<SourceDocument>();
        foreach (var path in paths)
        {
            if (Directory.Exists(path))
            {
                foreach (var f in Directory.EnumerateFiles(path, "*", new EnumerationOptions { RecurseSubdirectories = true, IgnoreInaccessible = true }))
                    if (IsArticle(f)) files.Add(Path.GetFullPath(f));
            }
            else if (File.Exists(path))
            {
                if (IsArticle(path)) files.Add(Path.GetFullPath(path));
                else missing.Add(new SourceDocument(path, [], Refusal(path, 0, maxBytes)));
            }
            else missing.Add(new SourceDocument(path, [], "no such file or folder"));
        }
        // Reads overlap: most of a small file's read is the open and stat system calls, not copying.
        var ordered = files.ToArray();
        var result = new SourceDocument[ordered.Length + missing.Count];
        Parallel.For(0, ordered.Length, i => result[i] = ReadOne(ordered[i], maxBytes));
        missing.CopyTo(result, ordered.Length);
        return result;
    }

    public static SourceDocument ReadOne(string path, long maxBytes = DocumentDecoder.DefaultMaxBytes)
    {
        try
        {
            using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, bufferSize: 0);
            // The length check comes first so a huge file is never read into memory; no buffer, as the file is read in one go.
            if (stream.Length > maxBytes)
                return new SourceDocument(path, [], Refusal(path, stream.Length, maxBytes));
            var bytes = new byte[stream.Length];
            stream.ReadExactly(bytes);
            return new SourceDocument(path, bytes);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return new SourceDocument(path, [], $"the file cannot be read: {ex.Message}");
        }
    }

    private static bool IsArticle(string path) =>
        Extensions.Contains(Path.GetExtension(path), StringComparer.OrdinalIgnoreCase);

    /// <summary>Why a file of this name and size is not read (another kind, over the limit), or null: for files from anywhere (an upload too).</summary>
    public static string? Refusal(string fileName, long length, long maxBytes = DocumentDecoder.DefaultMaxBytes) =>
        !IsArticle(fileName) ? "only .txt and .md files are imported"
        : length > maxBytes ? $"the file is {length:N0} bytes, over the {maxBytes:N0}-byte limit"
        : null;
}
