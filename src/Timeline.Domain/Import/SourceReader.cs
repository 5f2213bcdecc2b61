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
                else missing.Add(new SourceDocument(path, [], "only .txt and .md files are imported"));
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
                return new SourceDocument(path, [], $"the file is {stream.Length:N0} bytes, over the {maxBytes:N0}-byte limit");
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
}
