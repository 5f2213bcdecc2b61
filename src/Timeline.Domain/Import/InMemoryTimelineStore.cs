using Timeline.Domain.Model;

namespace Timeline.Domain.Import;

/// <summary>A store in memory, for tests and dry runs. Events are bucketed by day (longer ones kept aside) so lookups stay cheap for large imports.</summary>
public sealed class InMemoryTimelineStore : ITimelineStore
{
    private readonly Lock _lock = new();
    private readonly Dictionary<string, Article> _articles = new(StringComparer.Ordinal);
    private readonly List<Article> _articleOrder = [];
    private readonly Dictionary<string, TimelineEvent> _events = new(StringComparer.Ordinal);
    private readonly Dictionary<int, HashSet<string>> _byDay = [];
    // Events spanning more than a day are few; they are checked on every lookup.
    private readonly HashSet<string> _coarse = new(StringComparer.Ordinal);

    public IReadOnlyList<TimelineEvent> Events { get { lock (_lock) return [.. _events.Values.OrderBy(e => e.Date.Start).ThenBy(e => e.Id, StringComparer.Ordinal)]; } }

    public bool HasArticle(string contentHash) { lock (_lock) return _articles.ContainsKey(contentHash); }

    public IReadOnlyList<Article> Articles() { lock (_lock) return [.. _articleOrder]; }

    public IReadOnlyList<TimelineEvent> EventsBetween(DateOnly from, DateOnly to)
    {
        lock (_lock)
        {
            var ids = new HashSet<string>(_coarse, StringComparer.Ordinal);
            if (to.DayNumber - from.DayNumber > 400) ids.UnionWith(_events.Keys);
            else
                for (var d = from.DayNumber; d <= to.DayNumber; d++)
                    if (_byDay.TryGetValue(d, out var set)) ids.UnionWith(set);
            return ids.Select(id => _events[id]).Where(e => e.Date.Start <= to && e.Date.LastDay >= from)
                .OrderBy(e => e.Id, StringComparer.Ordinal).ToList();
        }
    }

    public void Flush()
    {
    }

    public void Commit(Article article, IReadOnlyList<TimelineEvent> upserts) => Store(article, upserts);

    private void Store(Article? article, IReadOnlyList<TimelineEvent> upserts)
    {
        lock (_lock)
        {
            if (article is not null && _articles.TryAdd(article.ContentHash, article)) _articleOrder.Add(article);
            foreach (var e in upserts)
            {
                if (_events.TryGetValue(e.Id, out var old)) { _byDay[DayKey(old.Date.Start)].Remove(e.Id); _coarse.Remove(e.Id); }
                _events[e.Id] = e;
                if (e.Date.LastDay != e.Date.Start) _coarse.Add(e.Id);
                var key = DayKey(e.Date.Start);
                if (!_byDay.TryGetValue(key, out var set)) _byDay[key] = set = [];
                set.Add(e.Id);
            }
        }
    }

    public string? FindArticle(string reference)
    {
        lock (_lock)
        {
            for (var i = _articleOrder.Count - 1; i >= 0; i--)
            {
                var a = _articleOrder[i];
                if (a.Source == reference || a.Url == reference || (i + 1).ToString(System.Globalization.CultureInfo.InvariantCulture) == reference) return a.ContentHash;
            }
            return null;
        }
    }

    public Article? GetArticle(string contentHash) { lock (_lock) return _articles.GetValueOrDefault(contentHash); }

    public IReadOnlyList<TimelineEvent> EventsOf(string contentHash)
    {
        lock (_lock) return [.. _events.Values.Where(e => e.Evidence.Any(v => v.ArticleHash == contentHash)).OrderBy(e => e.Id, StringComparer.Ordinal)];
    }

    public void Remove(string contentHash, IReadOnlyList<string> deleted, IReadOnlyList<TimelineEvent> rebuilt)
    {
        lock (_lock)
        {
            if (_articles.Remove(contentHash, out var article)) _articleOrder.Remove(article);
            foreach (var id in deleted)
                if (_events.Remove(id, out var old)) { _byDay[DayKey(old.Date.Start)].Remove(id); _coarse.Remove(id); }
        }
        Store(null, rebuilt);
    }

    private static int DayKey(DateOnly d) => d.DayNumber;
}
