using Timeline.Domain.Model;

namespace Timeline.Domain.Pipeline.Events;

/// <summary>
/// An event as one sentence of one article states it, before merging. Candidates of one article with the same
/// <see cref="Group"/> are sentences the extractor found to report one event.
/// </summary>
public sealed record EventCandidate(
    EventDate Date,
    EventType Type,
    double Confidence,
    IReadOnlyList<string> Actors,
    IReadOnlyList<string> Systems,
    string? Location,
    Evidence Evidence,
    int DateStart,
    int DateEnd,
    int Group = 0);
