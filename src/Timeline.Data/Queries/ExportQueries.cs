using System.Data.Common;
using System.Runtime.CompilerServices;
using System.Threading.Channels;
using Microsoft.EntityFrameworkCore;
using Timeline.Data.Entities;
using Timeline.Domain.Curation;
using Timeline.Domain.Export;
using Timeline.Domain.Model;

namespace Timeline.Data.Queries;

/// <summary>Streams the events a filter selects, in timeline order, with their sources, for CSV and JSON export.</summary>
/// <remarks>
/// EF composes every query from the one filter (<see cref="EventQueries.Filter"/>), so both engines get their own SQL; the
/// rows are read straight from its <see cref="DbDataReader"/>. Materialising entities and their collections cost most of an
/// export of 100,000 events, and the exports need none of it.
/// </remarks>
public static class ExportQueries
{
    /// <summary>
    /// Events per keyset page: memory stays flat whatever the export's size (a single day with more events than a page is
    /// read whole), and each page is a few queries.
    /// </summary>
    private const int PageSize = 4000;

    /// <summary>The exported events, each with its evidence as <see cref="ExportSource"/>s; <c>Event.Evidence</c> is empty.</summary>
    public static IAsyncEnumerable<ExportEvent> StreamAsync(TimelineDbContext db, EventFilter filter, CancellationToken ct = default) =>
        StreamAsync(db, filter, PageSize, ct);

    internal static async IAsyncEnumerable<ExportEvent> StreamAsync(
        TimelineDbContext db, EventFilter filter, int pageSize, [EnumeratorCancellation] CancellationToken ct = default)
    {
        // The next page is read while the caller writes this one: reading and writing each take about half an export's time.
        // Two pages at most wait, so memory stays flat.
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(ct);
        var pages = Channel.CreateBounded<List<ExportEvent>>(new BoundedChannelOptions(2) { SingleReader = true, SingleWriter = true });
        var reading = Task.Run(() => ReadPagesAsync(db, filter, pageSize, pages.Writer, stop.Token), stop.Token);
        try
        {
            await foreach (var page in pages.Reader.ReadAllAsync(ct))
            {
                foreach (var e in page)
                {
                    yield return e;
                }
            }
            await reading;
        }
        finally
        {
            // The caller stopped early (or failed): the reader stops too and lets the connection go before this returns. What
            // the reader failed with has reached the caller through the channel already; the caller's own outcome stands.
            stop.Cancel();
            try { await reading; } catch (Exception) { }
        }
    }

    private static async Task ReadPagesAsync(TimelineDbContext db, EventFilter filter, int pageSize, ChannelWriter<List<ExportEvent>> pages, CancellationToken ct)
    {
        // What a source names of its article, read once per article for the whole export: the same few thousand articles
        // stand behind a hundred thousand events. This grows with the articles (a few hundred bytes each, no text).
        var sources = new Dictionary<int, ExportSource>();
        Exception? failed = null;
        var opened = false;
        try
        {
            // Inside the try: a connection that cannot be opened must end the caller's wait on the channel with the error.
            await db.Database.OpenConnectionAsync(ct);
            opened = true;
            DateOnly? next = null;
            while (true)
            {
                var page = await PageAsync(db, filter, next, pageSize, ct);
                if (page.Events.Count == 0) break;
                await AttachRelationsAsync(db, filter, page.Events, sources, ct);
                await pages.WriteAsync(page.Events.ConvertAll(e => e.ToExport(sources)), ct);
                if (page.Next is not { } day) break;
                next = day;
            }
        }
        catch (Exception e)
        {
            failed = e;
            throw;
        }
        finally
        {
            pages.TryComplete(failed);
            if (opened) await db.Database.CloseConnectionAsync();
        }
    }

    /// <summary>
    /// The events of whole days from <paramref name="from"/> on, about a page of them, in timeline order, and the day the
    /// next page starts at (null at the end). Pages end between days so that the query asks for the date order alone,
    /// which the Date index gives without sorting: ordering by date and id made every page sort all the events after it.
    /// </summary>
    private static async Task<(List<PageEvent> Events, DateOnly? Next)> PageAsync(TimelineDbContext db, EventFilter filter, DateOnly? from, int pageSize, CancellationToken ct)
    {
        var query = db.Events.Filter(filter);
        if (from is { } f) query = query.Where(e => e.Date >= f);
        var events = await ReadEventsAsync(query.OrderBy(e => e.Date).Take(pageSize), ct);
        DateOnly? next = null;
        if (events.Count == pageSize)
        {
            var last = events[^1].Date;
            if (events[0].Date == last)
            {
                // One day holds more than a page: that day is the page.
                events = await ReadEventsAsync(db.Events.Filter(filter).Where(e => e.Date == last), ct);
                next = last.AddDays(1);
            }
            else
            {
                events.RemoveAll(e => e.Date == last);
                next = last;
            }
        }
        // Within a day by id, ordinally, so both engines export the same order whatever their collation.
        events.Sort((a, b) => a.Date != b.Date ? a.Date.CompareTo(b.Date) : string.CompareOrdinal(a.Id, b.Id));
        return (events, next);
    }

    private static async Task<List<PageEvent>> ReadEventsAsync(IQueryable<EventEntity> query, CancellationToken ct)
    {
        var events = new List<PageEvent>();
        var columns = query.Select(e => new { e.Id, e.Date, e.EndDate, e.Precision, e.Approximate, e.Confidence, e.Type, e.Title, e.Summary, e.Location, e.Curation });
        await ForEachAsync(columns, ["Id", "Date", "EndDate", "Precision", "Approximate", "Confidence", "Type", "Title", "Summary", "Location", "Curation"], (r, c) =>
            events.Add(new PageEvent(r.GetString(c[0]), r.GetFieldValue<DateOnly>(c[1]), r.IsDBNull(c[2]) ? null : r.GetFieldValue<DateOnly>(c[2]),
                Enum.Parse<DatePrecision>(r.GetString(c[3])), r.GetBoolean(c[4]), r.GetDouble(c[5]), Enum.Parse<EventType>(r.GetString(c[6])),
                r.GetString(c[7]), r.GetString(c[8]), r.IsDBNull(c[9]) ? null : r.GetString(c[9]), r.IsDBNull(c[10]) ? null : r.GetString(c[10]))), ct);
        return events;
    }

    /// <summary>
    /// The page's actors, systems and evidence, read for the filter's events of the page's days (an index range) and kept
    /// for the page's events: a list of the page's ids would be thousands of parameters per query. The evidence brings what
    /// a source prints of its article, read the first time the export meets the article.
    /// </summary>
    private static async Task AttachRelationsAsync(TimelineDbContext db, EventFilter filter, List<PageEvent> page, Dictionary<int, ExportSource> sources, CancellationToken ct)
    {
        var (first, last) = (page[0].Date, page[^1].Date);
        var byId = page.ToDictionary(e => e.Id, StringComparer.Ordinal);
        var days = db.Events.Filter(filter).Where(e => e.Date >= first && e.Date <= last);
        await ForEachAsync(days.SelectMany(e => e.Actors, (e, a) => new { e.Id, a.Name }), ["Id", "Name"], (r, c) =>
        {
            if (byId.TryGetValue(r.GetString(c[0]), out var e)) e.Actors.Add(r.GetString(c[1]));
        }, ct);
        await ForEachAsync(days.SelectMany(e => e.Systems, (e, s) => new { e.Id, s.Name }), ["Id", "Name"], (r, c) =>
        {
            if (byId.TryGetValue(r.GetString(c[0]), out var e)) e.Systems.Add(r.GetString(c[1]));
        }, ct);
        var evidence = days.SelectMany(e => e.Evidence, (e, v) => new
        {
            e.Id, v.ArticleId, v.Quote, v.Start, v.End,
            v.Article!.FileName, v.Article.Title, v.Article.Url, v.Article.Publisher, v.Article.PublishedDate, v.Article.PublishedPrecision,
        });
        string[] names = ["Id", "ArticleId", "Quote", "Start", "End", "FileName", "Title", "Url", "Publisher", "PublishedDate", "PublishedPrecision"];
        await ForEachAsync(evidence, names, (r, c) =>
        {
            if (!byId.TryGetValue(r.GetString(c[0]), out var e)) return;
            var article = r.GetInt32(c[1]);
            e.Evidence.Add(new PageEvidence(article, r.GetString(c[2]), r.GetInt32(c[3]), r.GetInt32(c[4])));
            if (sources.ContainsKey(article)) return;
            var published = r.IsDBNull(c[9]) ? null : EventDate.Iso(r.GetFieldValue<DateOnly>(c[9]), Enum.Parse<DatePrecision>(r.GetString(c[10])));
            sources[article] = new ExportSource(article, r.GetString(c[5]), r.GetString(c[6]), r.IsDBNull(c[7]) ? null : r.GetString(c[7]),
                r.IsDBNull(c[8]) ? null : r.GetString(c[8]), published, "", 0, 0);
        }, ct);
    }

    /// <summary>
    /// Runs the SQL EF writes for the query and hands each row to <paramref name="read"/> with the positions of the named
    /// columns. EF names a projected column after the table's column (adding "0" to a second column of the same name) and
    /// may order them differently from the projection: each projection here names distinct columns.
    /// </summary>
    private static async Task ForEachAsync<TRow>(IQueryable<TRow> query, string[] columns, Action<DbDataReader, int[]> read, CancellationToken ct)
    {
        await using var command = query.CreateDbCommand();
        await using var reader = await command.ExecuteReaderAsync(ct);
        var at = Array.ConvertAll(columns, reader.GetOrdinal);
        while (await reader.ReadAsync(ct)) read(reader, at);
    }

    private sealed record PageEvidence(int ArticleId, string Quote, int Start, int End);

    /// <summary>One event of a page as read, its relations filled in by <see cref="AttachRelationsAsync"/>.</summary>
    private sealed record PageEvent(
        string Id, DateOnly Date, DateOnly? EndDate, DatePrecision Precision, bool Approximate, double Confidence, EventType Type,
        string Title, string Summary, string? Location, string? Curation)
    {
        public List<string> Actors { get; } = [];
        public List<string> Systems { get; } = [];
        public List<PageEvidence> Evidence { get; } = [];

        public ExportEvent ToExport(Dictionary<int, ExportSource> sources)
        {
            Actors.Sort(StringComparer.Ordinal);
            Systems.Sort(StringComparer.Ordinal);
            Evidence.Sort((a, b) => a.ArticleId != b.ArticleId ? a.ArticleId.CompareTo(b.ArticleId) : a.Start.CompareTo(b.Start));
            var printed = new ExportSource[Evidence.Count];
            for (var i = 0; i < printed.Length; i++)
            {
                var v = Evidence[i];
                printed[i] = sources[v.ArticleId] with { Quote = v.Quote, Start = v.Start, End = v.End };
            }
            return new ExportEvent(
                new TimelineEvent(Id, new EventDate(Date, EndDate, Precision, Approximate), Confidence, Type, Title, Summary, Location, Actors, Systems, [])
                {
                    Curation = EventCuration.FromJson(Curation),
                },
                printed);
        }
    }
}
