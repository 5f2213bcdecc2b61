using Timeline.Domain.Model;

namespace Timeline.Data.Store;

/// <summary>Events by id, indexed by the months they touch, and which months have been loaded from the database.</summary>
internal sealed class EventCache
{
    private readonly Dictionary<string, TimelineEvent> _byId = new(StringComparer.Ordinal);
    private readonly Dictionary<int, HashSet<string>> _byMonth = [];
    private readonly HashSet<int> _loaded = [];
    // The months stored events touched before this store wrote any; the others are known empty in the database.
    private int _storedFrom = int.MinValue;
    private int _storedTo = int.MaxValue;

    public bool KnowsStoredSpan { get; private set; }

    /// <summary>The first and last day of the stored events (null: none), read before this store writes events.</summary>
    public void StoredSpan((DateOnly First, DateOnly Last)? span)
    {
        (_storedFrom, _storedTo) = span is var (first, last) ? (Month(first), Month(last)) : (int.MaxValue, int.MinValue);
        KnowsStoredSpan = true;
    }

    private bool Loaded(int month) => month < _storedFrom || month > _storedTo || _loaded.Contains(month);

    public TimelineEvent? Get(string id) => _byId.GetValueOrDefault(id);

    /// <summary>True when every month the event touches has been loaded: then an id not held here is not in the database.</summary>
    public bool Covers(TimelineEvent e) => Months(e).All(Loaded);

    /// <summary>Runs of consecutive months in [from, to] not loaded yet, as day ranges.</summary>
    public IEnumerable<(DateOnly Start, DateOnly End)> MissingMonths(DateOnly from, DateOnly to)
    {
        int? runStart = null;
        for (var m = Month(from); m <= Month(to) + 1; m++)
        {
            var missing = m <= Month(to) && !Loaded(m);
            if (missing && runStart is null)
            {
                runStart = m;
            }
            else if (!missing && runStart is { } s)
            {
                yield return (First(s), First(m).AddDays(-1));
                runStart = null;
            }
        }
    }

    public void AddLoaded(DateOnly start, DateOnly end, IEnumerable<TimelineEvent> events)
    {
        foreach (var e in events)
        {
            // What this run has already written wins over what the database said before it.
            if (!_byId.ContainsKey(e.Id))
            {
                Put(e);
            }
        }
        for (var m = Month(start); m <= Month(end); m++)
        {
            _loaded.Add(m);
        }
    }

    public void Put(TimelineEvent e)
    {
        if (_byId.TryGetValue(e.Id, out var old))
        {
            foreach (var m in Months(old))
            {
                _byMonth[m].Remove(e.Id);
            }
        }
        _byId[e.Id] = e;
        foreach (var m in Months(e))
        {
            if (!_byMonth.TryGetValue(m, out var ids))
            {
                _byMonth[m] = ids = new HashSet<string>(StringComparer.Ordinal);
            }
            ids.Add(e.Id);
        }
    }

    public void Remove(string id)
    {
        if (_byId.Remove(id, out var old))
        {
            foreach (var m in Months(old))
            {
                _byMonth[m].Remove(id);
            }
        }
    }

    public IReadOnlyList<TimelineEvent> Between(DateOnly from, DateOnly to)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var result = new List<TimelineEvent>();
        for (var m = Month(from); m <= Month(to); m++)
        {
            if (!_byMonth.TryGetValue(m, out var ids))
            {
                continue;
            }
            foreach (var id in ids)
            {
                var e = _byId[id];
                if (seen.Add(id) && e.Date.Start <= to && e.Date.LastDay >= from)
                {
                    result.Add(e);
                }
            }
        }
        return result;
    }

    private static IEnumerable<int> Months(TimelineEvent e)
    {
        for (var m = Month(e.Date.Start); m <= Month(e.Date.LastDay); m++)
        {
            yield return m;
        }
    }

    private static int Month(DateOnly d) => d.Year * 12 + d.Month - 1;

    private static DateOnly First(int month) => new(month / 12, month % 12 + 1, 1);
}
