namespace Timeline.Domain.Import;

public enum ImportOutcome { New, Unchanged, Failed }

/// <summary>What happened to one input file.</summary>
public sealed record FileReport(string FileName, ImportOutcome Outcome, string? Reason, int EventsCreated, int EventsUpdated);

public sealed record ImportReport(IReadOnlyList<FileReport> Files)
{
    public int New => Files.Count(f => f.Outcome == ImportOutcome.New);
    public int Unchanged => Files.Count(f => f.Outcome == ImportOutcome.Unchanged);
    public int Failed => Files.Count(f => f.Outcome == ImportOutcome.Failed);
    public int EventsCreated => Files.Sum(f => f.EventsCreated);
    public int EventsUpdated => Files.Sum(f => f.EventsUpdated);
}
