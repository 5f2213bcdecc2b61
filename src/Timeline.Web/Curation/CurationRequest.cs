using Timeline.Domain.Curation;
using Timeline.Domain.Export;
using Timeline.Domain.Knowledge;
using Timeline.Domain.Model;

namespace Timeline.Web.Curation;

/// <summary>
/// The fields a curator sends (the edit form and `PATCH /api/events/{id}` alike), each null when left as it is. Read by one
/// parser into typed values: a date as "YYYY", "YYYY-MM" or "YYYY-MM-DD" (its precision), a type by name, names through the
/// knowledge file's aliases ("patriots" is Patriot), an empty location for "no place".
/// </summary>
public sealed record CurationRequest(
    string? Title = null,
    string? Summary = null,
    string? Date = null,
    string? Type = null,
    IReadOnlyList<string>? Systems = null,
    IReadOnlyList<string>? Actors = null,
    string? Location = null)
{
    public sealed record Parsed(IReadOnlyList<(CuratedField Field, EventValues Value)> Changes, IReadOnlyList<string> Problems);

    public Parsed Parse(KnowledgeBase knowledge)
    {
        var changes = new List<(CuratedField, EventValues)>();
        var problems = new List<string>();
        if (Title is not null)
        {
            if (string.IsNullOrWhiteSpace(Title) || Title.Trim().Length > 200) problems.Add("a title has 1 to 200 characters");
            else changes.Add((CuratedField.Title, new EventValues(Title: Title.Trim())));
        }
        if (Summary is not null)
        {
            if (Summary.Length > 2000) problems.Add("a summary has at most 2,000 characters");
            else changes.Add((CuratedField.Summary, new EventValues(Summary: Summary.Trim())));
        }
        if (Date is not null)
        {
            if (DateBounds.ParseEventDate(Date) is { } date) changes.Add((CuratedField.Date, new EventValues(Date: date)));
            else problems.Add($"cannot read the date '{Date}': use YYYY, YYYY-MM or YYYY-MM-DD between {DateBounds.Earliest.Year} and {DateBounds.Latest.Year}");
        }
        if (Type is not null)
        {
            if (Enum.TryParse<EventType>(Type.Trim(), ignoreCase: true, out var type) && Enum.IsDefined(type)) changes.Add((CuratedField.Type, new EventValues(Type: type)));
            else problems.Add($"no type '{Type}': use {string.Join(", ", Enum.GetNames<EventType>().Select(n => n.ToLowerInvariant()))}");
        }
        if (Systems is not null) changes.Add((CuratedField.Systems, new EventValues(Systems: Names(Systems, knowledge))));
        if (Actors is not null) changes.Add((CuratedField.Actors, new EventValues(Actors: Names(Actors, knowledge))));
        if (Location is not null) changes.Add((CuratedField.Location, new EventValues(Location: Location.Trim())));
        if (changes.Count == 0 && problems.Count == 0) problems.Add("nothing to change: send at least one of title, summary, date, type, systems, actors, location");
        return new Parsed(changes, problems);
    }

    /// <summary>Each name as the knowledge file spells it when it knows it, else as given; no blanks, no repeats.</summary>
    private static List<string> Names(IEnumerable<string> names, KnowledgeBase knowledge) =>
        [.. names.Select(n => n.Trim()).Where(n => n.Length > 0).Select(n => knowledge.FindByAlias(n)?.Name ?? n).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal)];
}
