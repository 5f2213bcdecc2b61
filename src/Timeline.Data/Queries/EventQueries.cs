using Microsoft.EntityFrameworkCore;
using Timeline.Data.Entities;
using Timeline.Domain.Export;

namespace Timeline.Data.Queries;

/// <summary>The one place where an <see cref="EventFilter"/> becomes SQL: the timeline, its list and every export use it.</summary>
public static class EventQueries
{
    /// <summary>Rejected events are left out. Actors OR'd among themselves, systems likewise, types likewise; facets AND'ed; the window keeps events touching it.</summary>
    public static IQueryable<EventEntity> Filter(this IQueryable<EventEntity> events, EventFilter filter)
    {
        // What a curator rejected is on no timeline and in no export.
        events = events.Where(e => !e.Rejected);
        if (filter.Actors.Count > 0)
        {
            var actors = filter.Actors.ToList();
            events = events.Where(e => e.Actors.Any(a => actors.Contains(a.Name)));
        }
        if (filter.Systems.Count > 0)
        {
            var systems = filter.Systems.ToList();
            events = events.Where(e => e.Systems.Any(s => systems.Contains(s.Name)));
        }
        if (filter.Types.Count > 0)
        {
            var types = filter.Types.ToList();
            events = events.Where(e => types.Contains(e.Type));
        }
        if (!string.IsNullOrWhiteSpace(filter.Text))
        {
            var text = filter.Text.Trim().ToLowerInvariant();
            events = events.Where(e => e.SearchText.Contains(text));
        }
        if (filter.From is { } from)
        {
            events = events.Where(e => e.LastDay >= from);
        }
        if (filter.To is { } to)
        {
            events = events.Where(e => e.Date <= to);
        }
        if (filter.MinConfidence is { } confidence)
        {
            events = events.Where(e => e.Confidence >= confidence);
        }
        return events;
    }

    public static IQueryable<EventEntity> InTimelineOrder(this IQueryable<EventEntity> events) =>
        events.OrderBy(e => e.Date).ThenBy(e => e.Id);
}
