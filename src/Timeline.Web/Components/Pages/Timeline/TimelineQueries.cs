using Microsoft.EntityFrameworkCore;
using Timeline.Data;
using Timeline.Data.Entities;
using Timeline.Data.Queries;
using Timeline.Domain.Export;
using Timeline.Domain.Model;
using Timeline.Web.Components.Pages.Timeline.Geometry;

namespace Timeline.Web.Components.Pages.Timeline;

public sealed record FacetCount(string Name, int Count);

public sealed record Facets(IReadOnlyList<FacetCount> Actors, IReadOnlyList<FacetCount> Systems, IReadOnlyList<FacetCount> Types);

public sealed record EventRow(string Id, DateOnly Date, DateOnly? EndDate, DatePrecision Precision, bool Approximate, EventType Type,
    string Title, IReadOnlyList<string> Actors, IReadOnlyList<string> Systems, int Sources);

/// <summary>What the chart draws for one window: the layout and how many events the window holds.</summary>
public sealed record WindowView(TimeScale Scale, TimelineLayout Layout, AxisTicks Ticks, int Total, bool Clustered);

/// <summary>
/// The timeline's read side. Each call opens its own short-lived context (a Blazor circuit must not hold one), filters only
/// through <see cref="EventQueries.Filter"/>, and returns aggregates or a bounded number of rows, never the whole table.
/// </summary>
public sealed class TimelineQueries(IDbContextFactory<TimelineDbContext> factory)
{
    /// <summary>Counts per (start, end): bounded by the number of distinct dates, whatever the number of events.</summary>
    public async Task<IReadOnlyList<DayCount>> CountsAsync(EventFilter filter, CancellationToken ct = default)
    {
        await using var db = await factory.CreateDbContextAsync(ct);
        var rows = await db.Events.AsNoTracking().Filter(filter)
            .GroupBy(e => new { e.Date, e.LastDay })
            .Select(g => new { g.Key.Date, g.Key.LastDay, Count = g.Count() })
            .ToListAsync(ct);
        return rows.Select(r => new DayCount(r.Date, r.LastDay, r.Count)).ToList();
    }

    private static async Task<List<DayCount>> GroupedCountsAsync(TimelineDbContext db, EventFilter filter, LaneMode mode, CancellationToken ct)
    {
        var events = db.Events.AsNoTracking().Filter(filter);
        var pairs = mode == LaneMode.System
            ? events.SelectMany(e => e.Systems.Select(s => new { e.Date, e.LastDay, s.Name }))
            : events.SelectMany(e => e.Actors.Select(a => new { e.Date, e.LastDay, a.Name }));
        var rows = await pairs.GroupBy(p => new { p.Date, p.LastDay, p.Name })
            .Select(g => new { g.Key.Date, g.Key.LastDay, g.Key.Name, Count = g.Count() })
            .ToListAsync(ct);
        return rows.Select(r => new DayCount(r.Date, r.LastDay, r.Count, r.Name)).ToList();
    }

    public async Task<WindowView> WindowAsync(TimelineFilter filter, TimeWindow window, LaneMode mode, LayoutOptions options, CancellationToken ct = default)
    {
        var eventFilter = filter.WithWindow(window).ToEventFilter();
        var scale = new TimeScale(window, options.Width);
        var ticks = TickGenerator.Generate(scale);
        await using var db = await factory.CreateDbContextAsync(ct);
        var events = db.Events.AsNoTracking().Filter(eventFilter);
        var total = await events.CountAsync(ct);
        if (total > options.DetailLimit)
        {
            var counts = mode == LaneMode.None
                ? (await events.GroupBy(e => new { e.Date, e.LastDay }).Select(g => new { g.Key.Date, g.Key.LastDay, Count = g.Count() }).ToListAsync(ct))
                    .Select(r => new DayCount(r.Date, r.LastDay, r.Count)).ToList()
                : await GroupedCountsAsync(db, eventFilter, mode, ct);
            return new WindowView(scale, TimelineLayouts.Clustered(scale, counts, options), ticks, total, Clustered: true);
        }
        List<EventMark> marks;
        if (mode == LaneMode.None)
        {
            marks = await events.Select(e => new EventMark(e.Id, e.Date, e.LastDay, e.Precision, e.Type, e.Title, e.SourceCount, null)).ToListAsync(ct);
        }
        else
        {
            var grouped = mode == LaneMode.System
                ? events.SelectMany(e => e.Systems.Select(s => new { e.Id, e.Date, e.LastDay, e.Precision, e.Type, e.Title, e.SourceCount, s.Name }))
                : events.SelectMany(e => e.Actors.Select(a => new { e.Id, e.Date, e.LastDay, e.Precision, e.Type, e.Title, e.SourceCount, a.Name }));
            marks = (await grouped.ToListAsync(ct))
                .Select(e => new EventMark(e.Id, e.Date, e.LastDay, e.Precision, e.Type, e.Title, e.SourceCount, e.Name)).ToList();
        }
        return new WindowView(scale, TimelineLayouts.Detailed(scale, marks, options), ticks, total, Clustered: false);
    }

    public async Task<IReadOnlyList<EventRow>> ListAsync(EventFilter filter, int skip, int take, CancellationToken ct = default)
    {
        await using var db = await factory.CreateDbContextAsync(ct);
        var rows = await db.Events.AsNoTracking().Filter(filter).InTimelineOrder().Skip(skip).Take(take)
            .Select(e => new
            {
                e.Id, e.Date, e.EndDate, e.Precision, e.Approximate, e.Type, e.Title, e.SourceCount,
                Actors = e.Actors.Select(a => a.Name).ToList(),
                Systems = e.Systems.Select(s => s.Name).ToList(),
            })
            .AsSplitQuery()
            .ToListAsync(ct);
        return rows.Select(r => new EventRow(r.Id, r.Date, r.EndDate, r.Precision, r.Approximate, r.Type, r.Title,
            r.Actors.Order(StringComparer.Ordinal).ToList(), r.Systems.Order(StringComparer.Ordinal).ToList(), r.SourceCount)).ToList();
    }

    /// <summary>Counts per actor, system and type over the other filters (a facet does not narrow its own counts), all time.</summary>
    public async Task<Facets> FacetsAsync(TimelineFilter filter, CancellationToken ct = default)
    {
        await using var db = await factory.CreateDbContextAsync(ct);
        var all = filter.ToEventFilter(includeWindow: false);
        var actors = await db.Events.AsNoTracking().Filter(all with { Actors = [] })
            .SelectMany(e => e.Actors).GroupBy(a => a.Name).Select(g => new FacetCount(g.Key, g.Count())).ToListAsync(ct);
        var systems = await db.Events.AsNoTracking().Filter(all with { Systems = [] })
            .SelectMany(e => e.Systems).GroupBy(s => s.Name).Select(g => new FacetCount(g.Key, g.Count())).ToListAsync(ct);
        var types = await db.Events.AsNoTracking().Filter(all with { Types = [] })
            .GroupBy(e => e.Type).Select(g => new { g.Key, Count = g.Count() }).ToListAsync(ct);
        // Selected names stay listed even when the other filters leave them no events, so they can be unticked.
        var actorList = actors.Concat(filter.Actors.Where(a => actors.All(x => x.Name != a)).Select(a => new FacetCount(a, 0)))
            .OrderByDescending(a => a.Count).ThenBy(a => a.Name, StringComparer.Ordinal).ToList();
        var systemList = systems.Concat(filter.Systems.Where(s => systems.All(x => x.Name != s)).Select(s => new FacetCount(s, 0)))
            .OrderByDescending(s => s.Count).ThenBy(s => s.Name, StringComparer.Ordinal).ToList();
        var typeList = Enum.GetValues<EventType>()
            .Select(t => new FacetCount(t.ToString(), types.FirstOrDefault(x => x.Key == t)?.Count ?? 0)).ToList();
        return new Facets(actorList, systemList, typeList);
    }

    public async Task<EventEntity?> EventAsync(string id, CancellationToken ct = default)
    {
        await using var db = await factory.CreateDbContextAsync(ct);
        return await db.Events.AsNoTracking()
            .Include(e => e.Actors).Include(e => e.Systems).Include(e => e.Evidence).ThenInclude(v => v.Article)
            .AsSplitQuery()
            .FirstOrDefaultAsync(e => e.Id == id, ct);
    }
}
