using System.Text.Json;
using System.Text.Json.Serialization;
using System.Data.Common;
using Timeline.Data.Store;
using Timeline.Domain.Curation;
using Timeline.Domain.Model;

namespace Timeline.Data.Curation;

/// <summary>
/// A curator's corrections to stored events: set a field, reject or restore, undo. Each runs under the import lock, so an
/// import and a correction never write one event at once, and is kept in the event's history. The correction is stored on
/// the event (<see cref="EventCuration"/>), where every import applies it again.
/// </summary>
/// <param name="pipeline">For splitting: the events' titles and dates are made again from the sentences each keeps.</param>
public sealed partial class EventCurator(string connectionString, Timeline.Domain.Pipeline.ImportPipeline? pipeline = null)
{
    public enum Outcome { Done, NotFound, Unchanged, NotUndoable }

    public sealed record Result(Outcome Outcome, TimelineEvent? Event = null, string? Reason = null);

    /// <summary>One change in an event's history.</summary>
    public sealed record Change(long Id, CuratedField Field, string Before, string After, string UserName, DateTimeOffset At, long? UndoOf, DateTimeOffset? UndoneAt);

    private static readonly JsonSerializerOptions Json = new()
    {
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        Converters = { new JsonStringEnumConverter() },
    };

    /// <summary>Sets one field (not <see cref="CuratedField.Rejected"/>) to what <paramref name="value"/> holds for it.</summary>
    public Result Correct(string eventId, CuratedField field, EventValues value, string user, long? undoOf = null) =>
        Apply(eventId, field, user, undoOf, (stored, curation) =>
        {
            var importers = curation.Corrected.Fields().Contains(field) ? curation.Importer : EventValues.Of(stored, field);
            // An undo back to what the importer says leaves the field uncorrected; a curator who sets the importer's own value
            // confirms it (a date picked among disagreeing sources), and that stays a correction.
            var corrected = undoOf is not null && EventValues.Same(value, importers, field) ? curation.Corrected.With(field, EventValues.Empty) : curation.Corrected.With(field, value);
            return curation with { Corrected = corrected, Importer = curation.Importer.With(field, importers) };
        });

    public Result Reject(string eventId, bool rejected, string user, long? undoOf = null) =>
        Apply(eventId, CuratedField.Rejected, user, undoOf, (_, curation) => curation with { Rejected = rejected });

    /// <summary>The event an id was merged into, following merges of merges; null when the id was never merged away.</summary>
    public string? RedirectOf(string id)
    {
        using var connection = Open();
        using var command = connection.CreateCommand();
        command.CommandText = """SELECT "ToId" FROM "EventRedirects" WHERE "FromId" = @id""";
        command.AddParameter("@id", id);
        return command.ExecuteScalar() as string;
    }

    /// <summary>Undoes a change: only the latest change of its field that is not undone yet (an older one would undo the ones after it).</summary>
    public Result Undo(long changeId, string user)
    {
        var history = HistoryOf(changeId);
        if (history is null) return new(Outcome.NotFound, Reason: $"no change {changeId}");
        var (eventId, changes) = history.Value;
        var change = changes.Single(c => c.Id == changeId);
        if (change.Field is CuratedField.Merged or CuratedField.Split) return UndoStructural(change, user);
        var latest = changes.Where(c => c.Field == change.Field && c.UndoneAt is null && c.UndoOf is null).MaxBy(c => c.Id);
        if (change.UndoneAt is not null || change.UndoOf is not null || latest?.Id != change.Id)
            return new(Outcome.NotUndoable, Reason: "only the latest change of a field can be undone");
        return change.Field == CuratedField.Rejected
            ? Reject(eventId, bool.Parse(change.Before), user, changeId)
            : Correct(eventId, change.Field, Values(change.Before), user, changeId);
    }

    /// <summary>The event's changes, oldest first.</summary>
    public IReadOnlyList<Change> History(string eventId)
    {
        using var connection = Open();
        using var command = connection.CreateCommand();
        command.CommandText = """
            SELECT "Id", "Field", "Before", "After", "UserName", "At", "UndoOf", "UndoneAt" FROM "EventCorrections" WHERE "EventId" = @e ORDER BY "Id"
            """;
        command.AddParameter("@e", eventId);
        using var reader = command.ExecuteReader();
        var list = new List<Change>();
        while (reader.Read())
            list.Add(new Change(reader.GetInt64(0), Enum.Parse<CuratedField>(reader.GetString(1)), reader.GetString(2), reader.GetString(3), reader.GetString(4),
                new DateTimeOffset(reader.GetInt64(5), TimeSpan.Zero), reader.IsDBNull(6) ? null : reader.GetInt64(6),
                reader.IsDBNull(7) ? null : new DateTimeOffset(reader.GetInt64(7), TimeSpan.Zero)));
        return list;
    }

    /// <summary>A change's value as stored (before or after), read back.</summary>
    public static EventValues Values(string json) => JsonSerializer.Deserialize<EventValues>(json, Json)!;

    private Result Apply(string eventId, CuratedField field, string user, long? undoOf, Func<TimelineEvent, EventCuration, EventCuration> change)
    {
        using var importing = ImportLock.Acquire(connectionString);
        using var store = new TimelineStore(connectionString);
        if (store.GetEvent(eventId) is not { } stored) return new(Outcome.NotFound, Reason: $"no event {eventId}");
        var curation = stored.Curation ?? EventCuration.Empty;
        var next = change(stored, curation);
        var now = EventCuration.Apply(EventCuration.ImporterView(stored), next);
        var before = Serialize(stored, field);
        var after = Serialize(now, field);
        if (before == after && (stored.Curation ?? EventCuration.Empty) == (now.Curation ?? EventCuration.Empty))
        {
            // An undo that finds the value back already is still done: the change it undoes is marked so.
            if (undoOf is { } undone) store.Curate([], [], [Undone(undone)]);
            return new(Outcome.Unchanged, stored);
        }
        store.Curate([(stored, now)], [], [Record(eventId, field, before, after, user, undoOf), .. undoOf is { } u ? [Undone(u)] : Array.Empty<TimelineStore.Statement>()]);
        return new(Outcome.Done, now);
    }

    /// <summary>One change in the event's history, written with the change itself.</summary>
    private static TimelineStore.Statement Record(string eventId, CuratedField field, string before, string after, string user, long? undoOf = null,
        string? snapshot = null) =>
        new("""
            INSERT INTO "EventCorrections" ("EventId", "Field", "Before", "After", "UserName", "At", "UndoOf", "Snapshot")
            VALUES (@e, @f, @b, @a, @u, @at, @undo, @snap)
            """,
            ("@e", eventId), ("@f", field.ToString()), ("@b", before), ("@a", after), ("@u", user), ("@at", DateTimeOffset.UtcNow.UtcTicks), ("@undo", undoOf),
            ("@snap", snapshot));

    /// <summary>Marks a change undone, with its undo.</summary>
    private static TimelineStore.Statement Undone(long changeId) =>
        new("""UPDATE "EventCorrections" SET "UndoneAt" = @at WHERE "Id" = @id""", ("@at", DateTimeOffset.UtcNow.UtcTicks), ("@id", changeId));

    private static string Serialize(TimelineEvent e, CuratedField field) => field == CuratedField.Rejected
        ? (e.Curation?.Rejected ?? false).ToString().ToLowerInvariant()
        : JsonSerializer.Serialize(EventValues.Of(e, field), Json);

    private (string EventId, IReadOnlyList<Change> Changes)? HistoryOf(long changeId)
    {
        using var connection = Open();
        using var command = connection.CreateCommand();
        command.CommandText = """SELECT "EventId" FROM "EventCorrections" WHERE "Id" = @id""";
        command.AddParameter("@id", changeId);
        return command.ExecuteScalar() is string eventId ? (eventId, History(eventId)) : null;
    }

    private DbConnection Open() => StoreDialect.For(connectionString).Open(connectionString);

    /// <summary>Where a merged-away id now leads: an upsert both engines read (SQLite's INSERT OR REPLACE is not PostgreSQL's).</summary>
    private static TimelineStore.Statement Redirect(string from, string to) =>
        new("""
            INSERT INTO "EventRedirects" ("FromId", "ToId") VALUES (@from, @to) ON CONFLICT ("FromId") DO UPDATE SET "ToId" = excluded."ToId"
            """, ("@from", from), ("@to", to));
}
