using Timeline.Domain.Model;

namespace Timeline.Domain.Curation;

/// <summary>One source's type of event for an event it supports.</summary>
public sealed record SourceType(int ArticleId, string ArticleTitle, EventType Type, string Quote);

/// <summary>A type some of an event's sources give, with those sources.</summary>
public sealed record StatedType(EventType Type, IReadOnlyList<SourceType> Sources);

/// <summary>
/// Where an event's reports tell different kinds of event ("delivered" in one, "pledged" in another): each type with the
/// sources that give it. A statement or an "other" tells what someone said of the event, not another kind of it, and one
/// article telling two kinds is its own story: neither is a disagreement of reports.
/// </summary>
public static class TypeDisagreement
{
    /// <summary>Empty when the sources agree (or fewer than two articles give a type).</summary>
    public static IReadOnlyList<StatedType> Of(IEnumerable<SourceType> sources)
    {
        var kinds = sources.Where(s => s.Type is not (EventType.Statement or EventType.Other)).ToList();
        // Two reports disagree: two types, each from a different article (an article's own two kinds do not count).
        var disagree = kinds.Any(a => kinds.Any(b => a.Type != b.Type && a.ArticleId != b.ArticleId));
        if (!disagree) return [];
        return [.. kinds.GroupBy(s => s.Type).OrderBy(g => g.Key).Select(g => new StatedType(g.Key, [.. g.DistinctBy(s => (s.ArticleId, s.Quote))]))];
    }
}
