using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Timeline.Data.Entities;

namespace Timeline.Data.Configurations;

internal sealed class ActorConfiguration : IEntityTypeConfiguration<ActorEntity>
{
    public void Configure(EntityTypeBuilder<ActorEntity> b)
    {
        b.ToTable("Actors");
        b.HasIndex(a => a.Name).IsUnique();
        b.Property(a => a.Kind).HasConversion<string>().HasMaxLength(16);
    }
}
