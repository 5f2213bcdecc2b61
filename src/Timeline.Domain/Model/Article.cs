namespace Timeline.Domain.Model;

/// <summary>A publication date with how it was found; <see cref="Date"/> is null when unknown.</summary>
public sealed record PublicationDate(
    DateOnly? Date,
    DatePrecision Precision,
    PublicationDateSource Source,
    double Confidence,
    string Evidence)
{
    /// <summary>
    /// The latest day the article itself tells as past (its dates, the eras it names): written after it. Not stored; a
    /// report without a date still places "in November" in the first November after it.
    /// </summary>
    public DateOnly? NotBefore { get; init; }

    /// <summary>
    /// The days the article's own evidence allows: what it tells as past, the offices, eras, copyright years and anniversaries it
    /// names (Lambrecht as Germany's defence minister: 2021-12-08..2023-01-19); null when nothing narrows them. Not stored;
    /// other reports date it only within them.
    /// </summary>
    public (DateOnly From, DateOnly To)? Possible { get; init; }

    public static PublicationDate Unknown { get; } =
        new(null, DatePrecision.Day, PublicationDateSource.Unknown, 0, "no date could be determined");
}

/// <summary>
/// An imported article. <see cref="Text"/> is the normalised text that all evidence offsets refer to.
/// </summary>
public sealed record Article(
    string ContentHash,
    string FileName,
    string Title,
    string? Url,
    string? Publisher,
    string? Language,
    bool MachineTranslated,
    string? TranslatedFrom,
    string Text,
    PublicationDate Published,
    IReadOnlyList<string> Problems)
{
    /// <summary>
    /// Where the article comes from: its URL, else the full path of its file. A new text from the same source is a new
    /// version of the article and replaces the stored one.
    /// </summary>
    public string? Source { get; init; }

    /// <summary>The content hashes of the versions this one replaced, oldest first.</summary>
    public IReadOnlyList<string> Replaces { get; init; } = [];

    /// <summary>The source of a file: its URL when it names one, else its full path.</summary>
    public static string SourceOf(string? url, string fileName) =>
        !string.IsNullOrWhiteSpace(url) ? url.Trim() : Path.GetFullPath(fileName);
}
