using Timeline.Domain.Knowledge;
using Timeline.Domain.Model;

namespace Timeline.Domain.Pipeline.Entities;

/// <summary>Who, what and where in one stretch of text, as canonical names from the knowledge base.</summary>
public sealed record EntitySet(IReadOnlyList<string> Actors, IReadOnlyList<string> Systems, string? Location, IReadOnlyList<(Entity Person, int Start, int End)> People)
{
    public static EntitySet Empty { get; } = new([], [], null, []);
    public bool IsEmpty => Actors.Count == 0 && Systems.Count == 0 && Location is null;
}

public interface IEntityRecogniser
{
    IReadOnlyList<Mention> FindMentions(string text);

    /// <summary>Entities of the mentions in [start, end) that are not inside quotes.</summary>
    EntitySet Resolve(string text, IReadOnlyList<Mention> mentions, int start, int end, bool[] quoted);
}

/// <summary>
/// Turns gazetteer mentions into actors, systems and a location. A capital is a place after "in"/"at" ("talks in Washington")
/// and stands for its country otherwise ("Washington is eyeing...").
/// </summary>
public sealed class EntityRecogniser(KnowledgeBase knowledge) : IEntityRecogniser
{
    private static readonly HashSet<string> PlacePrepositions = new(StringComparer.OrdinalIgnoreCase)
    { "in", "at", "near", "over", "outside", "into", "across", "around", "inside", "в", "у", "во", "под", "біля", "возле" };

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> PlacePrepositionLookup = PlacePrepositions.GetAlternateLookup<ReadOnlySpan<char>>();

    public IReadOnlyList<Mention> FindMentions(string text) => knowledge.Gazetteer.Find(text);

    public EntitySet Resolve(string text, IReadOnlyList<Mention> mentions, int start, int end, bool[] quoted)
    {
        var first = LowerBound(mentions, start);
        // Most sentences name nothing.
        if (first == mentions.Count || mentions[first].Start >= end) return EntitySet.Empty;
        var actors = new List<string>();
        var systems = new List<string>();
        var people = new List<(Entity, int, int)>();
        string? city = null, country = null;
        for (var i = first; i < mentions.Count && mentions[i].Start < end; i++)
        {
            var m = mentions[i];
            if (quoted[m.Start]) continue;
            var prev = PreviousWord(text, m.Start, start);
            var placeSense = PlacePrepositionLookup.Contains(prev) || IsDateline(text, m, start);
            Entity? place = null, other = null;
            foreach (var e in m.Entities)
                if (e.Kind == EntityKind.Place) place ??= e;
                else other ??= e;
            if (place is not null && (placeSense || other is null))
            {
                city ??= place.Name;
                continue;
            }
            if (other is null) continue;
            switch (other.Kind)
            {
                case EntityKind.System:
                    if (!systems.Contains(other.Name)) systems.Add(other.Name);
                    break;
                case EntityKind.Country when placeSense && prev.Length > 0:
                    country ??= other.Name;
                    if (!actors.Contains(other.Name)) actors.Add(other.Name);
                    break;
                default:
                    if (other.Kind == EntityKind.Person) people.Add((other, m.Start, m.End));
                    if (!actors.Contains(other.Name)) actors.Add(other.Name);
                    break;
            }
        }
        return new EntitySet(actors, systems, city ?? country, people);
    }

    /// <summary>"BRUSSELS (Reuters) –": an upper-case place opening a sentence is where it was reported from.</summary>
    private static bool IsDateline(string text, Mention m, int sentenceStart)
    {
        if (m.Start != sentenceStart) return false;
        for (var p = m.Start; p < m.End; p++) if (char.IsLower(text[p])) return false;
        var after = m.End < text.Length ? text.AsSpan(m.End, Math.Min(4, text.Length - m.End)) : default;
        return after.StartsWith(" (") || after.StartsWith(" –") || after.StartsWith(" -") || after.StartsWith(" —") || after.StartsWith(",");
    }

    private static ReadOnlySpan<char> PreviousWord(string text, int pos, int floor)
    {
        var e = pos - 1;
        while (e >= floor && text[e] == ' ') e--;
        var s = e;
        while (s >= floor && char.IsLetter(text[s])) s--;
        return e > s ? text.AsSpan((s + 1)..(e + 1)) : "";
    }

    internal static int LowerBound(IReadOnlyList<Mention> mentions, int start)
    {
        int lo = 0, hi = mentions.Count;
        while (lo < hi)
        {
            var mid = (lo + hi) / 2;
            if (mentions[mid].Start < start) lo = mid + 1; else hi = mid;
        }
        return lo;
    }
}
