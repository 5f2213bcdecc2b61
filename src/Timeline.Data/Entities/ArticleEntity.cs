using Timeline.Domain.Model;

namespace Timeline.Data.Entities;

public sealed class ArticleEntity
{
    public int Id { get; set; }
    public required string ContentHash { get; set; }
    public required string FileName { get; set; }
    public required string Title { get; set; }
    public string? Url { get; set; }
    /// <summary>Where the article comes from (URL, else full file path): a new text from it is a new version.</summary>
    public string? Source { get; set; }
    /// <summary>Content hashes of the versions this one replaced, oldest first, one per line.</summary>
    public string Replaces { get; set; } = "";
    public string? Publisher { get; set; }
    public string? Language { get; set; }
    public bool MachineTranslated { get; set; }
    public string? TranslatedFrom { get; set; }
    public required string Text { get; set; }
    public DateOnly? PublishedDate { get; set; }
    public DatePrecision PublishedPrecision { get; set; }
    public PublicationDateSource PublishedSource { get; set; }
    public double PublishedConfidence { get; set; }
    public string PublishedEvidence { get; set; } = "";
    /// <summary>Import problems, one per line.</summary>
    public string Problems { get; set; } = "";
    public DateTime ImportedAt { get; set; }
    public List<EvidenceEntity> Evidence { get; set; } = [];
}
