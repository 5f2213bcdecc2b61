namespace Timeline.Data.Store;

/// <summary>
/// The statements that insert the rows an article adds, one per table, each taking all the rows as one JSON parameter
/// (@rows, as <see cref="TimelineStore"/>'s JsonRows writes them). Built once per engine: they are the same text for every
/// article, which is what lets the store reuse one prepared command for each.
/// </summary>
public sealed class BulkInserts
{
    // The columns of each JSON row, by their PostgreSQL types (SQLite takes the values as they come).
    private static readonly string[] EventColumns =
        ["text", "date", "date", "date", "text", "boolean", "double precision", "text", "text", "text", "text", "text", "integer", "boolean", "text"];
    private static readonly string[] LinkColumns = ["text", "integer"];
    private static readonly string[] EvidenceColumns =
        ["text", "integer", "integer", "integer", "text", "text", "text", "date", "text", "text", "text"];

    public BulkInserts(StoreDialect dialect)
    {
        // An event met again is updated in place (its id is the merge's result), so the upsert keeps its evidence and links.
        Events = $"""
            INSERT INTO "Events" ("Id", "Date", "EndDate", "LastDay", "Precision", "Approximate", "Confidence", "Type", "Title", "Summary", "Location",
                "SearchText", "SourceCount", "Rejected", "Curation")
            {dialect.JsonRows("@rows", EventColumns)}
            ON CONFLICT ("Id") DO UPDATE SET "Date" = excluded."Date", "EndDate" = excluded."EndDate", "LastDay" = excluded."LastDay",
                "Precision" = excluded."Precision", "Approximate" = excluded."Approximate", "Confidence" = excluded."Confidence",
                "Type" = excluded."Type", "Title" = excluded."Title", "Summary" = excluded."Summary", "Location" = excluded."Location",
                "SearchText" = excluded."SearchText", "SourceCount" = excluded."SourceCount", "Rejected" = excluded."Rejected",
                "Curation" = excluded."Curation"
            """;
        Actors = $"""INSERT INTO "EventActors" ("EventId", "ActorId") {dialect.JsonRows("@rows", LinkColumns)}""";
        Systems = $"""INSERT INTO "EventSystems" ("EventId", "SystemId") {dialect.JsonRows("@rows", LinkColumns)}""";
        Evidence = $"""
            INSERT INTO "Evidence" ("EventId", "ArticleId", "Start", "End", "Quote", "DateResolution", "DatePhrase", "ResolvedDate",
                "ResolvedPrecision", "DateBasis", "Type")
            {dialect.JsonRows("@rows", EvidenceColumns)}
            """;
    }

    public string Events { get; }
    public string Actors { get; }
    public string Systems { get; }
    public string Evidence { get; }
}
