using Microsoft.AspNetCore.DataProtection.EntityFrameworkCore;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;
using Timeline.Data.Entities;

namespace Timeline.Data;

/// <summary>The timeline and the editor accounts (ASP.NET Core Identity's tables) in one database.</summary>
/// <remarks>
/// Not sealed only for <see cref="PostgresMigrationsContext"/>: EF tells migration sets apart by their context's type, and
/// PostgreSQL's set must not be SQLite's. The app and the CLI use this type on both engines.
/// </remarks>
public class TimelineDbContext : IdentityDbContext<IdentityUser, IdentityRole, string>, IDataProtectionKeyContext
{
    public TimelineDbContext(DbContextOptions<TimelineDbContext> options) : base(options)
    {
    }

    protected TimelineDbContext(DbContextOptions options) : base(options)
    {
    }

    public DbSet<ArticleEntity> Articles => Set<ArticleEntity>();
    public DbSet<EventEntity> Events => Set<EventEntity>();
    public DbSet<ActorEntity> Actors => Set<ActorEntity>();
    public DbSet<SystemEntity> Systems => Set<SystemEntity>();
    public DbSet<EvidenceEntity> Evidence => Set<EvidenceEntity>();
    public DbSet<AppStateEntity> AppState => Set<AppStateEntity>();
    public DbSet<ImportRunEntity> ImportRuns => Set<ImportRunEntity>();
    public DbSet<ImportRunFileEntity> ImportRunFiles => Set<ImportRunFileEntity>();
    public DbSet<EventCorrectionEntity> EventCorrections => Set<EventCorrectionEntity>();
    public DbSet<EventRedirectEntity> EventRedirects => Set<EventRedirectEntity>();
    public DbSet<ApiTokenEntity> ApiTokens => Set<ApiTokenEntity>();
    /// <summary>The web app's data-protection key ring: shared by every instance on this database, so a cookie one wrote the others read.</summary>
    public DbSet<DataProtectionKey> DataProtectionKeys => Set<DataProtectionKey>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        base.OnModelCreating(modelBuilder);
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(TimelineDbContext).Assembly);
    }
}
