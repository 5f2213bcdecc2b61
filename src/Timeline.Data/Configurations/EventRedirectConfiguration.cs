using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Timeline.Data.Entities;

namespace Timeline.Data.Configurations;

internal sealed class EventRedirectConfiguration : IEntityTypeConfiguration<EventRedirectEntity>
{
    public void Configure(EntityTypeBuilder<EventRedirectEntity> b)
    {
        b.ToTable("EventRedirects");
        b.HasKey(r => r.FromId);
        b.Property(r => r.FromId).HasMaxLength(32);
        b.Property(r => r.ToId).HasMaxLength(32);
    }
}
