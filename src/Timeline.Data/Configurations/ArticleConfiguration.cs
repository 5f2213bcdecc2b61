using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Timeline.Data.Entities;

namespace Timeline.Data.Configurations;

internal sealed class ArticleConfiguration : IEntityTypeConfiguration<ArticleEntity>
{
    public void Configure(EntityTypeBuilder<ArticleEntity> b)
    {
        b.ToTable("Articles");
        b.HasIndex(a => a.ContentHash).IsUnique();
        b.HasIndex(a => a.Source);
        b.Property(a => a.ContentHash).HasMaxLength(64);
        b.Property(a => a.PublishedPrecision).HasConversion<string>().HasMaxLength(8);
        b.Property(a => a.PublishedSource).HasConversion<string>().HasMaxLength(8);
    }
}
