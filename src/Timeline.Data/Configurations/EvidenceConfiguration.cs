using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Timeline.Data.Entities;
using Timeline.Domain.Model;

namespace Timeline.Data.Configurations;

internal sealed class EvidenceConfiguration : IEntityTypeConfiguration<EvidenceEntity>
{
    public void Configure(EntityTypeBuilder<EvidenceEntity> b)
    {
        b.ToTable("Evidence");
        b.HasOne(e => e.Event).WithMany(e => e.Evidence).HasForeignKey(e => e.EventId).OnDelete(DeleteBehavior.Cascade);
        b.HasOne(e => e.Article).WithMany(a => a.Evidence).HasForeignKey(e => e.ArticleId).OnDelete(DeleteBehavior.Cascade);
        b.HasIndex(e => new { e.ArticleId, e.Start });
        b.Property(e => e.ResolvedPrecision).HasConversion<string>().HasMaxLength(8);
        b.Property(e => e.DateBasis).HasConversion<string>().HasMaxLength(12).HasDefaultValue(DatingBasis.Unknown);
        b.Property(e => e.Type).HasConversion<string>().HasMaxLength(16);
    }
}
