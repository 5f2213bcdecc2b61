using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Timeline.Data.Entities;

namespace Timeline.Data.Configurations;

internal sealed class EventCorrectionConfiguration : IEntityTypeConfiguration<EventCorrectionEntity>
{
    public void Configure(EntityTypeBuilder<EventCorrectionEntity> b)
    {
        b.ToTable("EventCorrections");
        b.HasKey(c => c.Id);
        b.Property(c => c.EventId).HasMaxLength(64);
        b.Property(c => c.Field).HasMaxLength(16);
        b.Property(c => c.UserName).HasMaxLength(256);
        // Ticks, as ImportRuns: SQLite cannot order by DateTimeOffset.
        b.Property(c => c.At).HasConversion(v => v.UtcTicks, v => new DateTimeOffset(v, TimeSpan.Zero));
        b.Property(c => c.UndoneAt).HasConversion(v => v.HasValue ? v.Value.UtcTicks : (long?)null, v => v.HasValue ? new DateTimeOffset(v.Value, TimeSpan.Zero) : null);
        // Not a foreign key: the history stays when an event goes with its last article.
        b.HasIndex(c => c.EventId);
    }
}
