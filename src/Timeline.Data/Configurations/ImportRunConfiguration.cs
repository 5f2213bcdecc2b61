using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Timeline.Data.Entities;

namespace Timeline.Data.Configurations;

internal sealed class ImportRunConfiguration : IEntityTypeConfiguration<ImportRunEntity>
{
    public void Configure(EntityTypeBuilder<ImportRunEntity> b)
    {
        b.ToTable("ImportRuns");
        b.HasKey(r => r.Id);
        b.Property(r => r.UserName).HasMaxLength(256);
        b.Property(r => r.Channel).HasMaxLength(16);
        // SQLite cannot order by DateTimeOffset: stored as ticks, which order as time does.
        b.Property(r => r.StartedAt).HasConversion(v => v.UtcTicks, v => new DateTimeOffset(v, TimeSpan.Zero));
        b.Property(r => r.FinishedAt).HasConversion(v => v.UtcTicks, v => new DateTimeOffset(v, TimeSpan.Zero));
        b.HasIndex(r => r.StartedAt);
        b.HasMany(r => r.Files).WithOne().HasForeignKey(f => f.ImportRunId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class ImportRunFileConfiguration : IEntityTypeConfiguration<ImportRunFileEntity>
{
    public void Configure(EntityTypeBuilder<ImportRunFileEntity> b)
    {
        b.ToTable("ImportRunFiles");
        b.HasKey(f => f.Id);
        b.Property(f => f.Outcome).HasMaxLength(16);
    }
}
