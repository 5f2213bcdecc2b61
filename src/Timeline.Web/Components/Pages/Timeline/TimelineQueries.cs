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

/// <summary>How the list is ordered: by date (the timeline's order), most confident first, or most sources first.</summary>
public enum ListSort { Date, Confidence, Sources }

public sealed record EventRow(string Id, DateOnly Date, DateOnly? EndDate, DatePrecision Precision, bool Approximate, EventType Type,
    string Title, IReadOnlyList<string> Actors, IReadOnlyList<string> Systems, int Sources, double Confidence = 0);

/// <summary>What the chart draws for one window: the layout and how many events the window holds.</summary>
public sealed record WindowView(TimeScale Scale, TimelineLayout Layout, AxisTicks Ticks, int Total, bool Clustered);

/// <summary>
/// The timeline's read side. Each call opens its own short-lived context (a Blazor circuit must not hold one), filters only
/// through <see cref="EventQueries.Filter"/>, and returns aggregates or a bounded number of rows, never the whole table.
/// </summary>
public sealed class TimelineQueries(IDbContextFactory<TimelineDbContext> factory, global::Timeline.Domain.Knowledge.KnowledgeBase? knowledge = null)
{
    /// <summary>The names a filter may use, for reading the URL's filter as the CLI and the export URLs do.</summary>
    public async Task<FilterNames> NamesAsync(CancellationToken ct = default)
    {
        await using var db = await factory.CreateDbContextAsync(ct);
        return await FilterNamesQuery.LoadAsync(db, knowledge, ct);
    }

    /// <summary>How many articles the filter's events stand on (the credit line of a published picture).</summary>
    public async Task<int> SourceCountAsync(EventFilter filter, CancellationToken ct = default)
    {
        await using var db = await factory.CreateDbContextAsync(ct);
        return await db.Events.AsNoTracking().Filter(filter).SelectMany(e => e.Evidence).Select(v => v.ArticleId).Distinct().CountAsync(ct);
    }

    /// <summary>Counts per (start, end, type): bounded by the number of distinct dates times the types, whatever the number of events.</summary>
    public async Task<IReadOnlyList<DayCount>> CountsAsync(EventFilter filter, CancellationToken ct = default)
    {
        await using var db = await factory.CreateDbContextAsync(ct);
        return await DayCountsAsync(db.Events.AsNoTracking().Filter(filter), ct);
    }

    private static async Task<List<DayCount>> DayCountsAsync(IQueryable<EventEntity> events, CancellationToken ct)
    {
        var rows = await events.GroupBy(e => new { e.Date, e.LastDay, e.Type })
            .Select(g => new { g.Key.Date, g.Key.LastDay, g.Key.Type, Count = g.Count() })
            .ToListAsync(ct);
        return rows.Select(r => new DayCount(r.Date, r.LastDay, r.Count, null, r.Type)).ToList();
    }

    private static async Task<List<DayCount>> GroupedCountsAsync(IQueryable<Data.Entities.EventEntity> events, LaneMode mode, CancellationToken ct)
    {
        var pairs = mode == LaneMode.System
            ? events.SelectMany(e => e.Systems, (e, s) => new { e.Date, e.LastDay, e.Type, s.Name })
            : events.SelectMany(e => e.Actors, (e, a) => new { e.Date, e.LastDay, e.Type, a.Name });
        var rows = await pairs.GroupBy(p => new { p.Date, p.LastDay, p.Type, p.Name })
            .Select(g => new { g.Key.Date, g.Key.LastDay, g.Key.Type, g.Key.Name, Count = g.Count() })
            .ToListAsync(ct);
        return rows.Select(r => new DayCount(r.Date, r.LastDay, r.Count, r.Name, r.Type)).ToList();
    }

    private DateTime _spanCheckedAt;
    private int _maxSpanDays = 366;

    /// <summary>
    /// "Touches the window" is LastDay &gt;= from AND Date &lt;= to, which an index can only half serve. No event spans more
    /// than the longest span in the table, so Date &gt;= from - longest span bounds the scan to the window's neighbourhood.
    /// </summary>
    private async Task<IQueryable<Data.Entities.EventEntity>> InWindow(TimelineDbContext db, EventFilter filter, CancellationToken ct)
    {
        if (DateTime.UtcNow - _spanCheckedAt > TimeSpan.FromSeconds(30))
        {
            // Re-read now and then: an import may add longer ranges while the app runs.
            // Days between two dates: SQLite counts them through julianday, PostgreSQL subtracts dates.
            var spans = await db.Database.SqlQueryRaw<int>(db.Database.IsNpgsql()
                ? """SELECT COALESCE(MAX("LastDay" - "Date"), 0) + 1 AS "Value" FROM "Events" """
                : "SELECT CAST(COALESCE(MAX(julianday(LastDay) - julianday(Date)), 0) AS INTEGER) + 1 AS Value FROM Events").ToListAsync(ct);
            _maxSpanDays = spans.FirstOrDefault();
            _spanCheckedAt = DateTime.UtcNow;
        }
        var events = db.Events.AsNoTracking().Filter(filter);
        if (filter.From is { } from)
        {
            var lowest = from.AddDays(-_maxSpanDays);
            events = events.Where(e => e.Date >= lowest);
        }
        return events;
    }

    /// <param name="allCounts">
    /// The filter's counts over all time (the density strip's data), when the caller has them: the window's counts are then
    /// a cut of that small list and an overview needs no query at all.
    /// </param>
    public async Task<WindowView> WindowAsync(TimelineFilter filter, TimeWindow window, LaneMode mode, LayoutOptions options,
        CancellationToken ct = default, IReadOnlyList<DayCount>? allCounts = null)
    {
        var eventFilter = filter.WithWindow(window).ToEventFilter();
        var scale = new TimeScale(window, options.Width);
        var ticks = TickGenerator.Generate(scale);
        await using var db = await factory.CreateDbContextAsync(ct);
        var events = await InWindow(db, eventFilter, ct);
        // One aggregate answers both "how many" and, when there are too many, "where": no separate COUNT.
        List<DayCount>? counts = null;
        int total;
        if (mode == LaneMode.None && allCounts is not null)
        {
            var (first, last) = (window.FirstDay, window.LastDay);
            counts = allCounts.Where(c => c.LastDay >= first && c.Date <= last).ToList();
            total = counts.Sum(c => c.Count);
        }
        else if (mode == LaneMode.None)
        {
            counts = await DayCountsAsync(events, ct);
            total = counts.Sum(c => c.Count);
        }
        else
        {
            total = await events.CountAsync(ct);
        }
        if (total > options.DetailLimit && mode == LaneMode.None && counts is not null
            && LongSpans.Split(counts, window) is { Long: > 0 } split)
        {
            return await WithLongSpansAsync(db, eventFilter, scale, ticks, total, split.Long, split.Short, options, ct);
        }
        if (total > options.DetailLimit)
        {
            counts ??= await GroupedCountsAsync(events, mode, ct);
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
                // The two-argument SelectMany is a plain join; a projection inside the collection would need APPLY, which SQLite lacks.
                ? events.SelectMany(e => e.Systems, (e, s) => new { e.Id, e.Date, e.LastDay, e.Precision, e.Type, e.Title, e.SourceCount, s.Name })
                : events.SelectMany(e => e.Actors, (e, a) => new { e.Id, e.Date, e.LastDay, e.Precision, e.Type, e.Title, e.SourceCount, a.Name });
            marks = (await grouped.ToListAsync(ct))
                .Select(e => new EventMark(e.Id, e.Date, e.LastDay, e.Precision, e.Type, e.Title, e.SourceCount, e.Name)).ToList();
        }
        return new WindowView(scale, TimelineLayouts.Detailed(scale, marks, options), ticks, total, Clustered: false);
    }

    /// <summary>Most rows a long-span window reads to place its short events; past it the window is bubbles instead.</summary>
    private const int MaxDetailRows = 1500;

    /// <summary>
    /// The window's long events become one count band; the short ones are placed one by one when few enough, else binned.
    /// A short event touching the window starts at most <see cref="LongSpans.MinDays"/> before it, so that bounds the Date scan
    /// (instead of the longest span in the table), and long events starting nearby are dropped after reading.
    /// </summary>
    private static async Task<WindowView> WithLongSpansAsync(TimelineDbContext db, EventFilter eventFilter, TimeScale scale, AxisTicks ticks,
        int total, int longCount, List<DayCount> shortCounts, LayoutOptions options, CancellationToken ct)
    {
        var window = scale.Window;
        var minDays = LongSpans.MinDays(window);
        var shortTotal = total - longCount;
        if (shortTotal <= options.DetailLimit)
        {
            var lowest = window.FirstDay.AddDays(-minDays);
            var rows = await db.Events.AsNoTracking().Filter(eventFilter).Where(e => e.Date >= lowest)
                .Select(e => new EventMark(e.Id, e.Date, e.LastDay, e.Precision, e.Type, e.Title, e.SourceCount, null))
                .Take(MaxDetailRows + 1).ToListAsync(ct);
            if (rows.Count <= MaxDetailRows)
            {
                var marks = rows.Where(m => !LongSpans.IsLong(m.Date, m.LastDay, minDays)).ToList();
                var detailed = TimelineLayouts.Detailed(scale, marks, options);
                return new WindowView(scale, TimelineLayouts.WithLongSpans(detailed, longCount, options), ticks, total, Clustered: false);
            }
        }
        var clustered = TimelineLayouts.Clustered(scale, shortCounts, options);
        return new WindowView(scale, TimelineLayouts.WithLongSpans(clustered, longCount, options), ticks, total, Clustered: true);
    }

    public async Task<IReadOnlyList<EventRow>> ListAsync(EventFilter filter, int skip, int take, CancellationToken ct = default, ListSort sort = ListSort.Date)
    {
        await using var db = await factory.CreateDbContextAsync(ct);
        var events = await InWindow(db, filter, ct);
        var ordered = sort switch
        {
            ListSort.Confidence => events.OrderByDescending(e => e.Confidence).ThenBy(e => e.Date).ThenBy(e => e.Id),
            ListSort.Sources => events.OrderByDescending(e => e.SourceCount).ThenBy(e => e.Date).ThenBy(e => e.Id),
            _ => ListOrder(events, filter),
        };
        var rows = await ordered.Skip(skip).Take(take)
            .Select(e => new
            {
                e.Id, e.Date, e.EndDate, e.Precision, e.Approximate, e.Type, e.Title, e.SourceCount, e.Confidence,
                Actors = e.Actors.Select(a => a.Name).ToList(),
                Systems = e.Systems.Select(s => s.Name).ToList(),
            })
            .AsSplitQuery()
            .ToListAsync(ct);
        return rows.Select(r => new EventRow(r.Id, r.Date, r.EndDate, r.Precision, r.Approximate, r.Type, r.Title,
            r.Actors.Order(StringComparer.Ordinal).ToList(), r.Systems.Order(StringComparer.Ordinal).ToList(), r.SourceCount, r.Confidence)).ToList();
    }

    /// <summary>Windows up to this long list their own events before the long ones that merely overlap them.</summary>
    private const int ShortFirstMaxDays = 92;

    /// <summary>
    /// In a week, the ~2,000 year- and month-precision events that overlap it all start before it and would fill the first pages
    /// of a plain date order. Narrow windows list the events placed on the chart first, then the long ones (the chart's band);
    /// wider ones keep the plain order, which the Date index serves without sorting the whole window.
    /// </summary>
    private static IQueryable<EventEntity> ListOrder(IQueryable<EventEntity> events, EventFilter filter)
    {
        if (filter.From is not { } from || filter.To is not { } to || to.DayNumber - from.DayNumber >= ShortFirstMaxDays)
        {
            return events.InTimelineOrder();
        }
        var longFrom = LongSpans.MinDays(TimeWindow.Days(from, to)) - 1;
        return events.OrderBy(e => e.LastDay >= e.Date.AddDays(longFrom)).ThenBy(e => e.Date).ThenBy(e => e.Id);
    }

    /// <summary>How many events of the filter and its window each actor, system and type has, each facet counted without its own filter.</summary>
    public async Task<Facets> FacetsAsync(TimelineFilter filter, CancellationToken ct = default)
    {
        await using var db = await factory.CreateDbContextAsync(ct);
        // In the window shown: "Meeting 12,651" beside "2,935 events" in view says nothing of what is in view.
        var all = filter.ToEventFilter();
        var actorNames = await db.Actors.AsNoTracking().ToDictionaryAsync(a => a.Id, a => a.Name, ct);
        var actors = await PerNameAsync(db, "EventActors", "ActorId", actorNames, db.Events.AsNoTracking().Filter(all with { Actors = [] }), ct);
        var systemNames = await db.Systems.AsNoTracking().ToDictionaryAsync(x => x.Id, x => x.Name, ct);
        var systems = await PerNameAsync(db, "EventSystems", "SystemId", systemNames, db.Events.AsNoTracking().Filter(all with { Systems = [] }), ct);
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

    /// <summary>
    /// How many of the events each actor or system has, counted on the link table by id ("EventId IN (the events)") and named
    /// after: joining the names on every link and grouping by text took most of a second at 100,000 events.
    /// </summary>
    private static async Task<List<FacetCount>> PerNameAsync(TimelineDbContext db, string linkTable, string idColumn,
        Dictionary<int, string> byId, IQueryable<EventEntity> events, CancellationToken ct)
    {
        var ids = events.Select(e => e.Id);
        var counts = await db.Set<Dictionary<string, object>>(linkTable)
            .Where(l => ids.Contains(EF.Property<string>(l, "EventId")))
            .GroupBy(l => EF.Property<int>(l, idColumn))
            .Select(g => new { g.Key, Count = g.Count() })
            .ToListAsync(ct);
        return [.. counts.Where(c => byId.ContainsKey(c.Key)).Select(c => new FacetCount(byId[c.Key], c.Count))];
    }

    public async Task<EventEntity?> EventAsync(string id, CancellationToken ct = default)
    {
        await using var db = await factory.CreateDbContextAsync(ct);
        var e = await db.Events.AsNoTracking()
            .Include(e => e.Actors).Include(e => e.Systems).Include(e => e.Evidence)
            .AsSplitQuery()
            .FirstOrDefaultAsync(e => e.Id == id, ct);
        if (e is not null) await ArticleHeaders.AttachAsync(db, [e], ct);
        return e;
    }
}
