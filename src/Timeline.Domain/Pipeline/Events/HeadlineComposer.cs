using Timeline.Domain.Knowledge;
using Timeline.Domain.Languages;
using Timeline.Domain.Model;
using Timeline.Domain.Text;

namespace Timeline.Domain.Pipeline.Events;

/// <summary>
/// A plain English headline from what the event is, for when no clause of its sentences makes one: who (the first
/// country, organisation or person that is not the recipient), does what (the sentence's event verb as a headline says
/// it, from the knowledge file's headline verbs), with which systems, to or for whom. "Germany to send Stinger to
/// Ukraine", "Lithuania buys NASAMS for Ukraine", "Russian strike on Kharkiv".
/// </summary>
public sealed partial class HeadlineComposer(KnowledgeBase knowledge)
{
    private static readonly Dictionary<EventType, string> Default = new()
    {
        [EventType.Pledge] = "pledges", [EventType.Delivery] = "delivers", [EventType.Decision] = "decides on",
        [EventType.Request] = "asks for", [EventType.Meeting] = "meets on",
    };

    private static readonly Dictionary<EventType, string> Participle = new()
    {
        [EventType.Pledge] = "pledged", [EventType.Delivery] = "delivered", [EventType.Decision] = "approved",
        [EventType.Request] = "requested", [EventType.Meeting] = "discussed",
    };

    private static readonly string[] ToUkraine = ["to send", "to provide", "to supply", "to deliver", "to give", "gives", "sends", "supplies", "provides", "pledges", "promises", "offers", "delivers", "hands over", "ships", "commits", "considers sending"];
    private static readonly string[] ForUkraine = ["announces", "comments on", "buys", "orders", "signs deal on", "decides on", "approves", "agrees on", "proposes", "announces package with", "authorises"];

    /// <summary>
    /// "following the bridge explosion last Saturday": an explosion is not known to be a Russian strike; the headline says
    /// what blew up when the sentence says it ("Bridge hit by explosion"), or where.
    /// </summary>
    private static string? Explosion(string sentence, string? location)
    {
        var m = ExplosionWords().Match(sentence);
        if (!m.Success) return null;
        var noun = m.Groups["noun"].Value.ToLowerInvariant();
        var what = m.Groups["what"].Value;
        if (what.Length > 0 && what is not ("the" or "a" or "an" or "this" or "that" or "its" or "huge" or "powerful" or "massive" or "large"))
            return $"{char.ToUpperInvariant(what[0])}{what[1..]} hit by {noun}{(location is null ? "" : $" in {location}")}";
        return location is null ? null : $"{location} hit by {noun}";
    }

    [System.Text.RegularExpressions.GeneratedRegex(@"(?:\b(?<what>\p{Ll}+)\s+)?\b(?<noun>explosion|blast)s?\b", System.Text.RegularExpressions.RegexOptions.IgnoreCase)]
    private static partial System.Text.RegularExpressions.Regex ExplosionWords();

    public string Compose(TimelineEvent e, string sentence)
    {
        var what = e.Systems.Count switch
        {
            0 => "air defence",
            1 => e.Systems[0],
            _ => string.Join(", ", e.Systems.Take(e.Systems.Count - 1)) + " and " + e.Systems[^1],
        };
        var verb = Verb(sentence, e.Type);
        var agents = e.Actors.Where(a => knowledge.Find(a)?.Kind is EntityKind.Country or EntityKind.Organisation or EntityKind.Person).ToList();
        // "During Zelensky's visit to Washington, the United States said ...": who only the occasion names did not act.
        if (Lexicon.Default.OccasionPhraseEnd(sentence, 0, sentence.Length) is var occasion and > 0)
        {
            var acting = knowledge.Gazetteer.Find(sentence[occasion..]).SelectMany(m => m.Entities).Select(x => x.Name).ToHashSet();
            agents = [.. agents.OrderBy(a => !acting.Contains(a))];
        }
        // An interception in these reports is Ukraine's, whoever confirmed it.
        if (e.Type == EventType.Attack)
            return e.Systems.Count > 0 ? $"{(e.Actors.Contains("Ukraine") || NamesUkraine(sentence) ? "Ukraine" : agents.FirstOrDefault(a => a != "Russia") ?? "Ukraine")} {verb ?? "intercepts missile with"} {what}"
                : Explosion(sentence, e.Location is { } where && where != "Ukraine" ? where : null) is { } blast ? blast
                : e.Location is { } at && at != "Ukraine" ? $"Russian strike on {at}" : "Russian air attack on Ukraine";
        verb ??= Default.GetValueOrDefault(e.Type);
        // "Ukraine says Patriot": what was said is not a system; a statement's headline is who spoke on what.
        if (verb is "says" or "reports" or "writes" or "tells" or "states" or "confirms" || verb is null && e.Type == EventType.Statement) verb = "comments on";
        // "has arrived", "will receive": the recipient is the subject of the headline.
        // A Ukrainian official announcing a delivery is not its giver: Ukraine receives it.
        // Russia gives Ukraine no air defence: a sentence naming Putin on the Patriot "the US is sending" has the US as giver
        // (Russia's own sales, S-400 to India, keep their seller).
        if (e.Type is EventType.Pledge or EventType.Delivery or EventType.Decision && NamesUkraine(sentence)) agents = [.. agents.Where(a => !knowledge.IsRussian(a))];
        var subject = verb is "receives" or "to receive" && NamesUkraine(sentence) ? "Ukraine"
            : agents.FirstOrDefault(a => a != "Ukraine" && !(e.Type == EventType.Delivery && IsUkrainian(a))) ?? agents.FirstOrDefault();
        if (subject is not null && IsUkrainian(subject) && e.Type == EventType.Delivery) subject = "Ukraine";
        if (subject is null) return Fit($"{char.ToUpperInvariant(what[0])}{what[1..]}{(e.Systems.Count > 0 ? " air defence" : "")} {Participle.GetValueOrDefault(e.Type, "announced")}");
        if (verb is null) return Fit($"{subject} on {what}{(subject != "Ukraine" && NamesUkraine(sentence) ? " for Ukraine" : "")}");
        // A verb that takes no object ("is founded."): the event is about the subject, whatever systems the report names.
        if (verb.EndsWith('.')) return Fit($"{subject} {verb.TrimEnd('.')}{(e.Location is { } where && where != "Ukraine" ? $" in {where}" : "")}");
        if (subject == "Ukraine" && e.Type == EventType.Delivery && verb is not "to receive") return Fit($"Ukraine receives {what}");
        // Ukraine is the recipient only where the sentence says so: Japan's Patriot missiles went to the United States.
        var recipient = subject == "Ukraine" || !NamesUkraine(sentence) ? "" : ToUkraine.Contains(verb) ? " to Ukraine" : ForUkraine.Contains(verb) ? " for Ukraine" : "";
        var place = e.Type == EventType.Meeting && e.Location is { } l && l != "Ukraine" ? $" in {l}" : "";
        return Fit($"{subject} {verb} {what}{recipient}{place}");
    }

    /// <summary>The sentence's verb for the event's kind, as the knowledge file's headline verbs say it.</summary>
    private string? Verb(string sentence, EventType type)
    {
        foreach (var t in knowledge.TriggerMatcher.Find(sentence, Tokens.Of(sentence)))
        {
            if (t.Type != type) continue;
            var said = sentence[t.Start..t.End].ToLowerInvariant();
            if (knowledge.HeadlineVerbs.TryGetValue(said, out var verb) || knowledge.HeadlineVerbs.TryGetValue(t.Phrase.TrimEnd('*'), out verb))
                return verb;
        }
        return null;
    }

    /// <summary>A person whose offices are Ukraine's ("Defence Minister of Ukraine").</summary>
    private bool IsUkrainian(string actor) => knowledge.AllOffices(actor, NamesUkraine);

    private static readonly string[] UkraineStems = ["Ukrain", "Україн", "Украин", "Kyiv", "Kiew", "Київ", "Киев"];

    private static bool NamesUkraine(string sentence) => UkraineStems.Any(u => sentence.Contains(u, StringComparison.OrdinalIgnoreCase));

    private static string Fit(string title) => title.Length <= EventWriter.MaxTitle ? title : title[..EventWriter.MaxTitle].TrimEnd();
}
