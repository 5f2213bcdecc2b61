using Microsoft.EntityFrameworkCore;
using Timeline.Data.Entities;
using Timeline.Domain.Import;
using Timeline.Domain.Model;

namespace Timeline.Data.Store;

/// <summary>The importer's storage over SQLite: one short-lived context per operation, one transaction per article.</summary>
public sealed class SqliteTimelineStore(Func<TimelineDbContext> createContext, TimeProvider? clock = null) : ITimelineStore
{
    private readonly TimeProvider _clock = clock ?? TimeProvider.System;

    public bool HasArticle(string contentHash)
    {
        using var db = createContext();
        return db.Articles.Any(a => a.ContentHash == contentHash);
    }

    public IReadOnlyList<Article> Articles()
    {
        using var db = createContext();
        return db.Articles.AsNoTracking().OrderBy(a => a.Id).AsEnumerable().Select(a => a.ToDomain()).ToList();
    }

    public IReadOnlyList<TimelineEvent> EventsBetween(DateOnly from, DateOnly to)
    {
        using var db = createContext();
        return db.Events.AsNoTracking().AsSplitQuery()
            .Where(e => e.Date <= to && e.LastDay >= from)
            .Include(e => e.Actors).Include(e => e.Systems).Include(e => e.Evidence).ThenInclude(v => v.Article)
            .AsEnumerable().Select(e => e.ToDomain()).ToList();
    }

    public void Commit(Article article, IReadOnlyList<TimelineEvent> upserts)
    {
        using var db = createContext();
        using var tx = db.Database.BeginTransaction();
        var row = article.ToEntity(_clock.GetUtcNow().UtcDateTime);
        db.Articles.Add(row);
        db.SaveChanges();

        var hashes = upserts.SelectMany(e => e.Evidence).Select(v => v.ArticleHash).Distinct().ToList();
        var articleIds = db.Articles.Where(a => hashes.Contains(a.ContentHash))
            .Select(a => new { a.ContentHash, a.Id }).ToDictionary(a => a.ContentHash, a => a.Id);
        var actors = GetOrCreate(db.Actors, upserts.SelectMany(e => e.Actors), n => new ActorEntity { Name = n });
        var systems = GetOrCreate(db.Systems, upserts.SelectMany(e => e.Systems), n => new SystemEntity { Name = n });

        var ids = upserts.Select(e => e.Id).ToList();
        var existing = db.Events.AsSplitQuery().Where(e => ids.Contains(e.Id))
            .Include(e => e.Actors).Include(e => e.Systems).Include(e => e.Evidence)
            .ToDictionary(e => e.Id);
        foreach (var ev in upserts)
        {
            if (!existing.TryGetValue(ev.Id, out var entity))
            {
                entity = new EventEntity { Id = ev.Id, Title = ev.Title };
                db.Events.Add(entity);
            }
            EntityMapping.CopyScalars(ev, entity);
            entity.Actors = ev.Actors.Distinct().Select(n => actors[n]).ToList();
            entity.Systems = ev.Systems.Distinct().Select(n => systems[n]).ToList();
            SyncEvidence(entity, ev.Evidence, articleIds);
        }
        db.SaveChanges();
        tx.Commit();
    }

    private static void SyncEvidence(EventEntity entity, IReadOnlyList<Evidence> evidence, Dictionary<string, int> articleIds)
    {
        var wanted = evidence.Where(v => articleIds.ContainsKey(v.ArticleHash))
            .Select(v => (ArticleId: articleIds[v.ArticleHash], v)).ToList();
        entity.Evidence.RemoveAll(old => !wanted.Any(w => w.ArticleId == old.ArticleId && w.v.Start == old.Start && w.v.End == old.End));
        foreach (var (articleId, v) in wanted)
        {
            var match = entity.Evidence.FirstOrDefault(old => old.ArticleId == articleId && old.Start == v.Start && old.End == v.End);
            if (match is null)
            {
                entity.Evidence.Add(new EvidenceEntity
                {
                    EventId = entity.Id, ArticleId = articleId, Start = v.Start, End = v.End, Quote = v.Quote, DateResolution = v.DateResolution,
                });
            }
            else
            {
                match.Quote = v.Quote;
                match.DateResolution = v.DateResolution;
            }
        }
    }

    private static Dictionary<string, T> GetOrCreate<T>(DbSet<T> set, IEnumerable<string> names, Func<string, T> create)
        where T : class, INamedEntity
    {
        var wanted = names.Distinct(StringComparer.Ordinal).ToList();
        var found = set.Where(x => wanted.Contains(x.Name)).ToDictionary(x => x.Name, StringComparer.Ordinal);
        foreach (var name in wanted.Where(n => !found.ContainsKey(n)))
        {
            var created = create(name);
            set.Add(created);
            found[name] = created;
        }
        return found;
    }
}
