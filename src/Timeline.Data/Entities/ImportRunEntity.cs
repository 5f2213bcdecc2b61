namespace Timeline.Data.Entities;

/// <summary>One import (from the browser, the API or the command line): who ran it, when, and what it produced.</summary>
public sealed class ImportRunEntity
{
    public long Id { get; set; }
    public required string UserName { get; set; }
    /// <summary>"web", "api" or "cli".</summary>
    public required string Channel { get; set; }
    public DateTimeOffset StartedAt { get; set; }
    public DateTimeOffset FinishedAt { get; set; }
    public List<ImportRunFileEntity> Files { get; set; } = [];
}

/// <summary>One file of an import and what became of it.</summary>
public sealed class ImportRunFileEntity
{
    public long Id { get; set; }
    public long ImportRunId { get; set; }
    public required string FileName { get; set; }
    /// <summary>An <see cref="Timeline.Domain.Import.ImportOutcome"/> name.</summary>
    public required string Outcome { get; set; }
    public string? Reason { get; set; }
    public int EventsCreated { get; set; }
    public int EventsUpdated { get; set; }
    /// <summary>The ids of the events it created or changed, space-separated (ids hold no spaces).</summary>
    public string EventIds { get; set; } = "";
}
