namespace Timeline.Data.Entities;

/// <summary>Actors and systems are both looked up by their canonical name.</summary>
public interface INamedEntity
{
    string Name { get; }
}
