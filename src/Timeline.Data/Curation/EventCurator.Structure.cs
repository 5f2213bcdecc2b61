using System.Text.Json;
using System.Text.Json.Serialization;
using Timeline.Data.Store;
using Timeline.Domain.Curation;
using Timeline.Domain.Model;

namespace Timeline.Data.Curation;

/// <summary>
/// A merge or a split as its history keeps it: the events it changed as they were before and after it, and the ids whose
/// redirects it moved. Undoing writes <see cref="Before"/> back, and only while the events are still <see cref="After"/>.
/// </summary>
public sealed record StructuralChange(IReadOnlyList<TimelineEvent> Before, IReadOnlyList<TimelineEvent> After, IReadOnlyList<string> Redirected)
{
    private static readonly JsonSerializerOptions Json = new() { Converters = { new JsonStringEnumConverter() } };

    public string ToJson() => JsonSerializer.Serialize(this, Json);

    public static StructuralChange? FromJson(string? json) => string.IsNullOrEmpty(json) ? null : JsonSerializer.Deserialize<StructuralChange>(json, Json);

    /// <summary>Whether two readings of an event say the same (fields, links, sources, curation), whatever order their lists are in.</summary>
    public static bool Same(TimelineEvent a, TimelineEvent b) => JsonSerializer.Serialize(Ordered(a), Json) == JsonSerializer.Serialize(Ordered(b), Json);

    private static TimelineEvent Ordered(TimelineEvent e) => e with
    {
        Actors = [.. e.Actors.Order(StringComparer.Ordinal)],
        Systems = [.. e.Systems.Order(StringComparer.Ordinal)],
        Evidence = [.. e.Evidence.OrderBy(v => v.ArticleHash, StringComparer.Ordinal).ThenBy(v => v.Start).ThenBy(v => v.End)],
    };
}

/// <summary>Merges and splits, and their undoing.</summary>
public sealed partial class EventCurator
{
    /// <summary>
    /// Merges event <paramref name="goneId"/> into <paramref name="survivorId"/>: one event with both sets of sources, the
    /// survivor's id and fields (its actors and systems joined with the other's); the other id redirects to it.
    /// </summary>
    public Result Merge(string goneId, string survivorId, string user)
    {
        if (goneId == survivorId) return new(Outcome.Unchanged, Reason: "an event cannot be merged into itself");
        using var importing = ImportLock.Acquire(connectionString);
        using var store = new TimelineStore(connectionString);
        if (store.GetEvent(goneId) is not { } gone) return new(Outcome.NotFound, Reason: $"no event {goneId}");
        if (store.GetEvent(survivorId) is not { } survivor) return new(Outcome.NotFound, Reason: $"no event {survivorId}");
        static (string, int, int) Key(Evidence v) => (v.ArticleHash, v.Start, v.End);
        var own = EventCuration.ImporterView(survivor);
        var other = EventCuration.ImporterView(gone);
        var joined = own with
        {
            Evidence = [.. own.Evidence.Concat(gone.Evidence).DistinctBy(Key).OrderBy(v => v.ArticleHash, StringComparer.Ordinal).ThenBy(v => v.Start)],
            Actors = [.. own.Actors.Union(other.Actors, StringComparer.Ordinal).Order(StringComparer.Ordinal)],
            Systems = [.. own.Systems.Union(other.Systems, StringComparer.Ordinal).Order(StringComparer.Ordinal)],
            Confidence = Math.Max(own.Confidence, gone.Confidence),
        };
        var curation = survivor.Curation ?? EventCuration.Empty;
        var now = EventCuration.Apply(joined, curation with { Absorbed = [.. curation.Absorbed, .. gone.Curation?.Absorbed ?? [], goneId] });
        // Earlier merges into the one that goes now follow it to the survivor.
        var redirected = RedirectsTo(goneId);
        var snapshot = new StructuralChange([survivor, gone], [now], redirected).ToJson();
        store.Curate([(survivor, now)], [goneId],
        [
            new("""UPDATE "EventRedirects" SET "ToId" = @to WHERE "ToId" = @from""", ("@from", goneId), ("@to", survivorId)),
            Redirect(goneId, survivorId),
            Record(survivorId, CuratedField.Merged, JsonSerializer.Serialize(goneId), JsonSerializer.Serialize(survivorId), user, snapshot: snapshot),
        ]);
        return new(Outcome.Done, now);
    }

    /// <summary>
    /// Splits one article's sources off an event into an event of their own, both made again from the sentences each keeps
    /// (the first keeps its corrections; the new one is marked as split off it, so a new version of the article does not
    /// lose it). The new id is fixed by the two: splitting again gives the same id.
    /// </summary>
    public Result Split(string eventId, int articleId, string user)
    {
        if (pipeline is null) throw new InvalidOperationException("splitting needs the import pipeline");
        using var importing = ImportLock.Acquire(connectionString);
        using var store = new TimelineStore(connectionString);
        if (store.GetEvent(eventId) is not { } e) return new(Outcome.NotFound, Reason: $"no event {eventId}");
        if (store.FindArticle(articleId.ToString(System.Globalization.CultureInfo.InvariantCulture)) is not { } hash) return new(Outcome.NotFound, Reason: $"no article {articleId}");
        var off = e.Evidence.Where(v => v.ArticleHash == hash).ToList();
        var rest = e.Evidence.Where(v => v.ArticleHash != hash).ToList();
        if (off.Count == 0) return new(Outcome.Unchanged, Reason: $"article {articleId} is not a source of {eventId}");
        if (rest.Count == 0) return new(Outcome.Unchanged, Reason: "the event has no other source: there is nothing to split it from");
        var read = new Dictionary<string, Timeline.Domain.Pipeline.AnalysedDocument?>(StringComparer.Ordinal);
        Timeline.Domain.Pipeline.AnalysedDocument? Read(string h) =>
            read.TryGetValue(h, out var d) ? d : read[h] = store.GetArticle(h) is { } a ? pipeline.AnalyseStored(a) : null;
        var newId = "ev-" + Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes($"{eventId}:split:{hash}")).AsSpan(0, 6));
        var own = EventCuration.ImporterView(e);
        var kept = EventCuration.Apply(pipeline.Rebuild(own, rest, Read), e.Curation);
        var split = EventCuration.Apply(pipeline.Rebuild(own with { Id = newId }, off, Read), EventCuration.Empty with { SplitFrom = eventId });
        var snapshot = new StructuralChange([e], [kept, split], []).ToJson();
        var (before, after) = (JsonSerializer.Serialize(eventId), JsonSerializer.Serialize(newId));
        store.Curate([(e, kept), (null, split)], [],
        [
            // An undone split left its id redirecting to the event: splitting again brings the event back.
            new("""DELETE FROM "EventRedirects" WHERE "FromId" = @id""", ("@id", newId)),
            Record(eventId, CuratedField.Split, before, after, user, snapshot: snapshot),
            Record(newId, CuratedField.Split, before, after, user, snapshot: snapshot),
        ]);
        return new(Outcome.Done, split);
    }

    /// <summary>
    /// Undoes a merge or a split: the events as they were before it, the merged-away event back under its id (and the ids that
    /// followed it), a split-off event gone (its id now leads to the event it came from). Only while the events are as the
    /// change left them: an import or a correction since would be lost.
    /// </summary>
    private Result UndoStructural(Change change, string user)
    {
        if (change.UndoneAt is not null || change.UndoOf is not null) return new(Outcome.NotUndoable, Reason: "this change is undone already");
        using var importing = ImportLock.Acquire(connectionString);
        using var store = new TimelineStore(connectionString);
        if (SnapshotOf(change.Id) is not { } snapshot) return new(Outcome.NotUndoable, Reason: "this change kept no record of the events before it");
        var current = new List<(TimelineEvent? Was, TimelineEvent Now)>();
        foreach (var after in snapshot.After)
        {
            if (store.GetEvent(after.Id) is not { } now || !StructuralChange.Same(now, after))
                return new(Outcome.NotUndoable, Reason: "the events changed since (an import or a correction): merge or split them again instead");
        }
        var afterIds = snapshot.After.Select(e => e.Id).ToHashSet(StringComparer.Ordinal);
        var beforeIds = snapshot.Before.Select(e => e.Id).ToHashSet(StringComparer.Ordinal);
        foreach (var before in snapshot.Before)
            current.Add((afterIds.Contains(before.Id) ? snapshot.After.First(a => a.Id == before.Id) : null, before));
        var gone = afterIds.Where(id => !beforeIds.Contains(id)).ToList();
        var kept = snapshot.Before[0].Id;
        List<TimelineStore.Statement> statements = change.Field == CuratedField.Merged
        ? [
            new("""DELETE FROM "EventRedirects" WHERE "FromId" = @id""", ("@id", snapshot.Before[1].Id)),
            new($"""UPDATE "EventRedirects" SET "ToId" = @to WHERE "FromId" IN ({StoreDialect.For(connectionString).JsonValues("@ids", "text")})""",
                ("@to", snapshot.Before[1].Id), ("@ids", JsonSerializer.Serialize(snapshot.Redirected))),
        ]
        : [.. gone.Select(id => Redirect(id, kept))];
        foreach (var id in beforeIds.Union(afterIds))
            statements.Add(Record(id, change.Field, change.After, change.Before, user, change.Id));
        statements.Add(new("""
            UPDATE "EventCorrections" SET "UndoneAt" = @at
            WHERE "Field" = @f AND "Before" = @b AND "After" = @a AND "UndoOf" IS NULL AND "UndoneAt" IS NULL
            """,
            ("@at", DateTimeOffset.UtcNow.UtcTicks), ("@f", change.Field.ToString()), ("@b", change.Before), ("@a", change.After)));
        store.Curate(current, gone, statements);
        return new(Outcome.Done, snapshot.Before[0]);
    }

    private List<string> RedirectsTo(string id)
    {
        using var connection = Open();
        using var command = connection.CreateCommand();
        command.CommandText = """SELECT "FromId" FROM "EventRedirects" WHERE "ToId" = @id ORDER BY "FromId" """;
        command.AddParameter("@id", id);
        using var reader = command.ExecuteReader();
        var ids = new List<string>();
        while (reader.Read()) ids.Add(reader.GetString(0));
        return ids;
    }

    private StructuralChange? SnapshotOf(long changeId)
    {
        using var connection = Open();
        using var command = connection.CreateCommand();
        command.CommandText = """SELECT "Snapshot" FROM "EventCorrections" WHERE "Id" = @id""";
        command.AddParameter("@id", changeId);
        return StructuralChange.FromJson(command.ExecuteScalar() as string);
    }
}
