using Timeline.Domain.Model;

namespace Timeline.Data.Entities;

public sealed class EvidenceEntity
{
    public int Id { get; set; }
    public required string EventId { get; set; }
    public EventEntity? Event { get; set; }
    public int ArticleId { get; set; }
    public ArticleEntity? Article { get; set; }
    public int Start { get; set; }
    public int End { get; set; }
    public required string Quote { get; set; }
    public string DateResolution { get; set; } = "";
    public string? DatePhrase { get; set; }
    public DateOnly? ResolvedDate { get; set; }
    public DatePrecision? ResolvedPrecision { get; set; }
    public DatingBasis DateBasis { get; set; }
    /// <summary>The type of event this source tells; null for evidence stored before it was recorded.</summary>
    public EventType? Type { get; set; }
}
