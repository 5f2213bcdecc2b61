using System.Data.Common;
using Microsoft.EntityFrameworkCore;
using Timeline.Data.Entities;
using Timeline.Data.Store;
using Timeline.Domain.Import;

namespace Timeline.Data.Imports;

/// <summary>Who imported what, when, and what it produced: one row per import, one per file.</summary>
public static class ImportHistory
{
    public const string Web = "web";
    public const string Api = "api";
    public const string CommandLine = "cli";

    /// <summary>
    /// Writes the run over a plain connection: building EF's model (with Identity's) would cost a CLI import ~0.5 s.
    /// </summary>
    public static async Task<long> RecordAsync(string connectionString, string userName, string channel, DateTimeOffset started, ImportReport report, CancellationToken ct = default)
    {
        await using var connection = StoreDialect.For(connectionString).Open(connectionString);
        await using var tx = await connection.BeginTransactionAsync(ct);
        var run = connection.CreateCommand();
        run.Transaction = tx;
        run.CommandText = """
            INSERT INTO "ImportRuns" ("UserName", "Channel", "StartedAt", "FinishedAt") VALUES (@user, @channel, @started, @finished) RETURNING "Id"
            """;
        run.AddParameter("@user", userName);
        run.AddParameter("@channel", channel);
        run.AddParameter("@started", started.UtcTicks);
        run.AddParameter("@finished", DateTimeOffset.UtcNow.UtcTicks);
        var id = Convert.ToInt64(await run.ExecuteScalarAsync(ct), System.Globalization.CultureInfo.InvariantCulture);
        var file = connection.CreateCommand();
        file.Transaction = tx;
        file.CommandText = """
            INSERT INTO "ImportRunFiles" ("ImportRunId", "FileName", "Outcome", "Reason", "EventsCreated", "EventsUpdated", "EventIds")
            VALUES (@run, @name, @outcome, @reason, @created, @updated, @ids)
            """;
        var p = (Run: file.AddParameter("@run", id), Name: file.AddParameter("@name", ""), Outcome: file.AddParameter("@outcome", ""), Reason: file.AddParameter("@reason", ""),
            Created: file.AddParameter("@created", 0), Updated: file.AddParameter("@updated", 0), Ids: file.AddParameter("@ids", ""));
        foreach (var f in report.Files)
        {
            p.Run.Value = id;
            p.Name.Value = Path.GetFileName(f.FileName);
            p.Outcome.Value = f.Outcome.ToString();
            p.Reason.Value = (object?)f.Reason ?? DBNull.Value;
            p.Created.Value = f.EventsCreated;
            p.Updated.Value = f.EventsUpdated;
            p.Ids.Value = string.Join(' ', f.EventIds);
            await file.ExecuteNonQueryAsync(ct);
        }
        await tx.CommitAsync(ct);
        return id;
    }

    public sealed record Run(long Id, string UserName, string Channel, DateTimeOffset StartedAt, DateTimeOffset FinishedAt, IReadOnlyList<File> Files);

    public sealed record File(string FileName, ImportOutcome Outcome, string? Reason, int EventsCreated, int EventsUpdated, IReadOnlyList<string> EventIds);

    /// <summary>The latest runs first.</summary>
    public static async Task<IReadOnlyList<Run>> LatestAsync(TimelineDbContext db, int count, CancellationToken ct = default)
    {
        var runs = await db.ImportRuns.AsNoTracking().Include(r => r.Files).OrderByDescending(r => r.StartedAt).ThenByDescending(r => r.Id).Take(count).ToListAsync(ct);
        return [.. runs.Select(r => new Run(r.Id, r.UserName, r.Channel, r.StartedAt, r.FinishedAt,
            [.. r.Files.OrderBy(f => f.Id).Select(f => new File(f.FileName, Enum.Parse<ImportOutcome>(f.Outcome), f.Reason, f.EventsCreated, f.EventsUpdated,
                f.EventIds.Split(' ', StringSplitOptions.RemoveEmptyEntries)))]))];
    }
}
