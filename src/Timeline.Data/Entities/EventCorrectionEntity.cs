namespace Timeline.Data.Entities;

/// <summary>
/// One curator's change to one field of an event, kept for the event's history: the value before and after (as
/// <see cref="Timeline.Domain.Curation.EventValues"/> JSON, or "true"/"false" for rejection), who made it and when. An undo
/// is a change of its own that names the change it undid.
/// </summary>
public sealed class EventCorrectionEntity
{
    public long Id { get; set; }
    public required string EventId { get; set; }
    /// <summary>A <see cref="Timeline.Domain.Curation.CuratedField"/> name.</summary>
    public required string Field { get; set; }
    public required string Before { get; set; }
    public required string After { get; set; }
    public required string UserName { get; set; }
    public DateTimeOffset At { get; set; }
    public long? UndoOf { get; set; }
    public DateTimeOffset? UndoneAt { get; set; }
    /// <summary>
    /// For a merge or a split: the events as they were before and after it (<see cref="Timeline.Data.Curation.StructuralChange"/>
    /// JSON), what undoing it writes back and checks against.
    /// </summary>
    public string? Snapshot { get; set; }
}
