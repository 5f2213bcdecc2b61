namespace Timeline.Domain.Import;

/// <summary>New: a source not stored before; Replaced: a new text of a stored source, which replaced the old version.</summary>
public enum ImportOutcome { New, Replaced, Unchanged, Failed }

/// <summary>What happened to one input file; <see cref="EventIds"/> are the events it created or changed.</summary>
public sealed record FileReport(string FileName, ImportOutcome Outcome, string? Reason, int EventsCreated, int EventsUpdated)
{
    public IReadOnlyList<string> EventIds { get; init; } = [];
}

public sealed record ImportReport(IReadOnlyList<FileReport> Files)
{
    public int New => Files.Count(f => f.Outcome == ImportOutcome.New);
    public int Replaced => Files.Count(f => f.Outcome == ImportOutcome.Replaced);
    public int Unchanged => Files.Count(f => f.Outcome == ImportOutcome.Unchanged);
    public int Failed => Files.Count(f => f.Outcome == ImportOutcome.Failed);
    public int EventsCreated => Files.Sum(f => f.EventsCreated);
    public int EventsUpdated => Files.Sum(f => f.EventsUpdated);
}
