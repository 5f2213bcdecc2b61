using Timeline.Domain.Model;

namespace Timeline.Domain.Export;

/// <summary>
/// The filters shared by the web app, its exports and the command-line export. <see cref="MinConfidence"/> keeps events whose
/// confidence (0 to 1) is at least that.
/// </summary>
public sealed record EventFilter(
    IReadOnlyList<string> Actors,
    IReadOnlyList<string> Systems,
    IReadOnlyList<EventType> Types,
    string? Text,
    DateOnly? From,
    DateOnly? To,
    double? MinConfidence = null)
{
    public static EventFilter None { get; } = new([], [], [], null, null, null);
}
