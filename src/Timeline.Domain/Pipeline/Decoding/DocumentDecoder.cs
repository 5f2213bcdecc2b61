using System.Text;
using Timeline.Domain.Import;

namespace Timeline.Domain.Pipeline.Decoding;

/// <summary>Text of a document, or why there is none.</summary>
public sealed record Decoded(string? Text, string? Failure)
{
    public static Decoded Fail(string reason) => new(null, reason);
}

public interface IDocumentDecoder
{
    Decoded Decode(SourceDocument document);
}

/// <summary>Bytes to text with the checks a user needs explained: empty, binary, not UTF-8, too large.</summary>
public sealed class DocumentDecoder(long maxBytes = DocumentDecoder.DefaultMaxBytes) : IDocumentDecoder
{
    public const long DefaultMaxBytes = 10L * 1024 * 1024;

    private static readonly UTF8Encoding Strict = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    public Decoded Decode(SourceDocument document)
    {
        if (document.ReadError is not null) return Decoded.Fail(document.ReadError);
        var bytes = document.Bytes;
        if (bytes.Length == 0) return Decoded.Fail("the file is empty");
        if (bytes.Length > maxBytes) return Decoded.Fail($"the file is {bytes.Length:N0} bytes, over the {maxBytes:N0}-byte limit");
        var span = bytes.AsSpan();
        if (span.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF])) span = span[3..];
        else if (span.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE]) || span.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF]))
            return Decoded.Fail("the file is UTF-16; save it as UTF-8");

        // Binary files show NUL bytes or many control characters early on; checking the head is enough.
        var head = span[..Math.Min(span.Length, 8192)];
        var control = 0;
        foreach (var b in head)
        {
            if (b == 0) return Decoded.Fail("the file looks binary (it contains NUL bytes), not text");
            if (b < 0x20 && b is not (0x09 or 0x0A or 0x0D or 0x0C)) control++;
        }
        if (head.Length > 0 && control > head.Length / 20)
            return Decoded.Fail("the file looks binary (too many control characters), not text");

        string text;
        try { text = Strict.GetString(span); }
        catch (DecoderFallbackException ex)
        {
            return Decoded.Fail($"the file is not valid UTF-8 (bad byte at offset {ex.Index}); save it as UTF-8");
        }
        if (string.IsNullOrWhiteSpace(text)) return Decoded.Fail("the file contains only whitespace");
        return new Decoded(text, null);
    }
}
