using Timeline.Domain.Model;

namespace Timeline.Domain.Pipeline.Events;

/// <summary>An event as one sentence of one article states it, before merging.</summary>
public sealed record EventCandidate(
    EventDate Date,
    EventType Type,
    double Confidence,
    IReadOnlyList<string> Actors,
    IReadOnlyList<string> Systems,
    string? Location,
    Evidence Evidence,
    int DateStart,
    int DateEnd);
