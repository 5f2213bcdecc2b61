using Timeline.Domain.Model;

namespace Timeline.Data.Tests;

internal static class Samples
{
    public static Article Article(string hash, string text = "NATO ministers met in Brussels on Thursday. Ukraine asked for Patriots.") => new(
        hash, $"{hash}.txt", $"Article {hash}", $"https://example.org/{hash}", "Example News", "en", false, null, text,
        new PublicationDate(new DateOnly(2024, 4, 4), DatePrecision.Day, PublicationDateSource.Given, 1, "front matter"), []);

    public static TimelineEvent Event(
        string id, DateOnly date, string articleHash, string[]? actors = null, string[]? systems = null,
        EventType type = EventType.Meeting, DatePrecision precision = DatePrecision.Day, string title = "NATO ministers meet") => new(
        id, new EventDate(date, null, precision, false), 0.9, type, title, "Allied foreign ministers *meet*.", "Brussels",
        actors ?? ["NATO"], systems ?? [],
        // Typed dating as the extractor writes it, so every read path is checked to bring it back.
        [new Evidence(articleHash, 0, 44, "NATO ministers met in Brussels on Thursday.", "'on Thursday' → 2024-04-04", "on Thursday",
            new EventDate(date, null, precision, false), DatingBasis.Relative, type)]);
}
