using Microsoft.EntityFrameworkCore;
using Timeline.Domain.Export;
using Timeline.Domain.Knowledge;

namespace Timeline.Data.Queries;

/// <summary>The actor and system names stored, for reading a filter's names (<see cref="FilterParser"/>).</summary>
public static class FilterNamesQuery
{
    public static async Task<FilterNames> LoadAsync(TimelineDbContext db, KnowledgeBase? knowledge, CancellationToken ct = default) =>
        new(await db.Actors.AsNoTracking().Select(a => a.Name).ToListAsync(ct),
            await db.Systems.AsNoTracking().Select(s => s.Name).ToListAsync(ct),
            knowledge);
}
