using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Timeline.Data.Entities;

namespace Timeline.Data.Configurations;

internal sealed class AppStateConfiguration : IEntityTypeConfiguration<AppStateEntity>
{
    public void Configure(EntityTypeBuilder<AppStateEntity> b)
    {
        b.ToTable("AppState");
        b.HasKey(s => s.Key);
        b.Property(s => s.Key).HasMaxLength(64);
    }
}
