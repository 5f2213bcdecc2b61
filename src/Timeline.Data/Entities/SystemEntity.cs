namespace Timeline.Data.Entities;

/// <summary>A weapon system (Patriot, NASAMS, IRIS-T, ...).</summary>
public sealed class SystemEntity : INamedEntity
{
    public int Id { get; set; }
    public required string Name { get; set; }
    public List<EventEntity> Events { get; set; } = [];
}
