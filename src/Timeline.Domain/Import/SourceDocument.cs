namespace Timeline.Domain.Import;

/// <summary>
/// One input file as read from disk, before any decoding or checks.
/// <see cref="ReadError"/> is set (and <see cref="Bytes"/> empty) when the file could not be read or is over the size limit.
/// </summary>
public sealed record SourceDocument(string FileName, byte[] Bytes, string? ReadError = null);
