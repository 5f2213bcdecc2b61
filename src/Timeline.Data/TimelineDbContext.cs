using Microsoft.EntityFrameworkCore;
using Timeline.Data.Entities;

namespace Timeline.Data;

public sealed class TimelineDbContext(DbContextOptions<TimelineDbContext> options) : DbContext(options)
{
    public DbSet<ArticleEntity> Articles => Set<ArticleEntity>();
    public DbSet<EventEntity> Events => Set<EventEntity>();
    public DbSet<ActorEntity> Actors => Set<ActorEntity>();
    public DbSet<SystemEntity> Systems => Set<SystemEntity>();
    public DbSet<EvidenceEntity> Evidence => Set<EvidenceEntity>();
    public DbSet<AppStateEntity> AppState => Set<AppStateEntity>();

    protected override void OnModelCreating(ModelBuilder modelBuilder) =>
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(TimelineDbContext).Assembly);
}
