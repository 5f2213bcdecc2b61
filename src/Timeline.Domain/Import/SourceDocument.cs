namespace Timeline.Domain.Import;

/// <summary>One input file as read from disk, before any decoding or checks.</summary>
public sealed record SourceDocument(string FileName, byte[] Bytes);
