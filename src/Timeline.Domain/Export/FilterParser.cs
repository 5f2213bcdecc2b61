using Timeline.Domain.Knowledge;
using Timeline.Domain.Model;

namespace Timeline.Domain.Export;

/// <summary>A filter as a user wrote it: on the command line, in a URL, in the page.</summary>
public sealed record FilterQuery(
    IReadOnlyList<string> Actors,
    IReadOnlyList<string> Systems,
    IReadOnlyList<string> Types,
    string? Text,
    string? From,
    string? To,
    string? Confidence = null);

/// <summary>The filter as understood, and what in the query could not be (each a sentence for the user).</summary>
public sealed record FilterResult(EventFilter Filter, IReadOnlyList<string> Problems)
{
    public bool Ok => Problems.Count == 0;
}

/// <summary>
/// The actor and system names a timeline holds, found in any case and through the knowledge file's aliases:
/// "nato" is NATO, "Iris T" is IRIS-T, "Washington" is the United States.
/// </summary>
public sealed class FilterNames(IEnumerable<string> actors, IEnumerable<string> systems, KnowledgeBase? knowledge = null)
{
    private readonly Dictionary<string, string> _actors = Index(actors);
    private readonly Dictionary<string, string> _systems = Index(systems);

    public string? Actor(string given) => Resolve(_actors, given);

    public string? System(string given) => Resolve(_systems, given);

    /// <summary>
    /// A search for a name the knowledge file knows another way ("patriots", "Iris T") searches for its name as stored, as
    /// the stored search text holds it; any other search stays as typed.
    /// </summary>
    public string Search(string text) =>
        knowledge?.FindByAlias(text) is { } entity && (_systems.ContainsKey(entity.Name) || _actors.ContainsKey(entity.Name)) ? entity.Name : text;

    private string? Resolve(Dictionary<string, string> stored, string given)
    {
        var name = given.Trim();
        if (stored.TryGetValue(name, out var found)) return found;
        // An alias, or a plural the knowledge file lists ("Patriots").
        return knowledge?.FindByAlias(name) is { } entity && stored.TryGetValue(entity.Name, out var canonical) ? canonical : null;
    }

    private static Dictionary<string, string> Index(IEnumerable<string> names)
    {
        var index = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var n in names) index.TryAdd(n, n);
        return index;
    }
}

/// <summary>
/// The one reading of a filter, shared by the CLI's export, the export URLs and the page: names through
/// <see cref="FilterNames"/>, types by name in any case, dates as YYYY, YYYY-MM or YYYY-MM-DD, and From not after To.
/// </summary>
public static class FilterParser
{
    public static FilterResult Parse(FilterQuery query, FilterNames names)
    {
        var problems = new List<string>();
        var actors = Names(query.Actors, names.Actor, "actor", problems);
        var systems = Names(query.Systems, names.System, "system", problems);
        var types = new List<EventType>();
        foreach (var t in Clean(query.Types))
        {
            if (Enum.TryParse<EventType>(t, ignoreCase: true, out var type) && !int.TryParse(t, out _)) { if (!types.Contains(type)) types.Add(type); }
            else problems.Add($"unknown type '{t}': use {string.Join(", ", Enum.GetNames<EventType>()).ToLowerInvariant()}");
        }
        var from = Bound(query.From, DateBounds.ParseFrom, "from", problems);
        var to = Bound(query.To, DateBounds.ParseTo, "to", problems);
        if (from is { } f && to is { } t2 && f > t2) problems.Add($"from ({query.From}) is later than to ({query.To})");
        var text = string.IsNullOrWhiteSpace(query.Text) ? null : names.Search(query.Text.Trim());
        var confidence = Confidence(query.Confidence, problems);
        return new FilterResult(new EventFilter(actors, systems, types, text, from, to, confidence), problems);
    }

    private static List<string> Names(IReadOnlyList<string> given, Func<string, string?> resolve, string what, List<string> problems)
    {
        var found = new List<string>();
        foreach (var g in Clean(given))
        {
            if (resolve(g) is { } name) { if (!found.Contains(name)) found.Add(name); }
            else problems.Add($"no {what} '{g}' in this timeline");
        }
        return found;
    }

    private static DateOnly? Bound(string? value, Func<string, DateOnly?> parse, string name, List<string> problems)
    {
        if (string.IsNullOrWhiteSpace(value)) return null;
        var parsed = parse(value.Trim());
        if (parsed is null) problems.Add($"{name} takes YYYY, YYYY-MM or YYYY-MM-DD, not '{value}'");
        return parsed;
    }

    /// <summary>"70" or "70%": events of at least 70 % confidence; 0 or nothing is no bound.</summary>
    public static double? Confidence(string? value, ICollection<string> problems)
    {
        if (string.IsNullOrWhiteSpace(value)) return null;
        var text = value.Trim().TrimEnd('%').Trim();
        if (int.TryParse(text, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var percent) && percent <= 100)
            return percent == 0 ? null : percent / 100.0;
        problems.Add($"confidence takes a percentage from 0 to 100, not '{value}'");
        return null;
    }

    private static IEnumerable<string> Clean(IEnumerable<string> values) =>
        values.Where(v => !string.IsNullOrWhiteSpace(v)).Select(v => v.Trim()).Distinct(StringComparer.OrdinalIgnoreCase);
}
