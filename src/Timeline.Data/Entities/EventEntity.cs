using Timeline.Domain.Model;

namespace Timeline.Data.Entities;

public sealed class EventEntity
{
    public required string Id { get; set; }
    public DateOnly Date { get; set; }
    public DateOnly? EndDate { get; set; }
    /// <summary>Last day the event can stand for (end, or end of its month/year): makes window queries one range scan.</summary>
    public DateOnly LastDay { get; set; }
    public DatePrecision Precision { get; set; }
    public bool Approximate { get; set; }
    public double Confidence { get; set; }
    public EventType Type { get; set; }
    public required string Title { get; set; }
    public string Summary { get; set; } = "";
    public string? Location { get; set; }
    /// <summary>Lower-cased title, summary, location, actors and systems, for free-text filtering.</summary>
    public string SearchText { get; set; } = "";
    public int SourceCount { get; set; }
    /// <summary>Rejected by a curator: hidden from the timeline and the exports, kept so a re-import cannot bring it back.</summary>
    public bool Rejected { get; set; }
    /// <summary>What curators changed (<see cref="Timeline.Domain.Curation.EventCuration"/> as JSON), null when nothing.</summary>
    public string? Curation { get; set; }
    public List<ActorEntity> Actors { get; set; } = [];
    public List<SystemEntity> Systems { get; set; } = [];
    public List<EvidenceEntity> Evidence { get; set; } = [];
}
