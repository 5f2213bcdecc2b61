using Timeline.Domain.Model;

namespace Timeline.Data.Entities;

public sealed class ActorEntity : INamedEntity
{
    public int Id { get; set; }
    public required string Name { get; set; }
    public ActorKind? Kind { get; set; }
    public List<EventEntity> Events { get; set; } = [];
}
