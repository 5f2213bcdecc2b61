namespace Timeline.Data.Entities;

/// <summary>An event id that was merged into another: links to the old id land on the event it became.</summary>
public sealed class EventRedirectEntity
{
    public required string FromId { get; set; }
    public required string ToId { get; set; }
}
