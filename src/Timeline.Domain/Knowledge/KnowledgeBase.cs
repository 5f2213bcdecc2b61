using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.RegularExpressions;
using Timeline.Domain.Model;

namespace Timeline.Domain.Knowledge;

/// <summary>
/// Everything the importer knows about the world, loaded from JSON so users can extend it without a rebuild.
/// Immutable after loading; safe to share between threads.
/// </summary>
public sealed partial class KnowledgeBase
{
    public IReadOnlyList<Entity> Entities { get; }
    public IReadOnlyList<Era> Eras { get; }
    public IReadOnlyList<KnownMeeting> Meetings { get; }
    public IReadOnlySet<string> NonActors { get; }
    public IReadOnlyList<(EventType Type, string Phrase)> Triggers { get; }
    /// <summary>All boilerplate-line patterns as one regex: one match attempt per line instead of one per pattern.</summary>
    public Regex Boilerplate { get; }
    public IReadOnlyList<string> MachineTranslationMarkers { get; }
    private readonly PhraseSearch _machineTranslationMarkers;
    public Gazetteer Gazetteer { get; }
    public TriggerMatcher TriggerMatcher { get; }
    /// <summary>Words that make a sentence about air defence without naming a system ("air defence", "зенітн*"), as trigger phrases.</summary>
    public TriggerMatcher AirDefenceTerms { get; }
    /// <summary>System categories that are air defence (a HIMARS or a Kinzhal named in a sentence does not make it one).</summary>
    public IReadOnlySet<string> AirDefenceCategories { get; }
    /// <summary>Markers of page furniture lines: photo captions and credits, teasers, share and subscribe prompts.</summary>
    public PhraseSearch FurnitureMarkers { get; }
    /// <summary>Markers of an archive photo ("Archivbild", "File photo"): its date says nothing of when the article was written.</summary>
    public PhraseSearch ArchiveMarkers { get; }
    /// <summary>Words right before a date phrase that make it a bound, not the event's date ("since", "until", "ab").</summary>
    public IReadOnlySet<string> DateBoundWords { get; }
    /// <summary>Present-tense verbs of photo captions ("X and Y meet on Sept. 8, 2022, in Kyiv"): such a line's date is the photo's.</summary>
    public TriggerMatcher CaptionVerbs { get; }
    /// <summary>Words of an aid package and what it contains ("package", "tranche", "includes"): its systems may be listed later.</summary>
    public TriggerMatcher PackageWords { get; }
    /// <summary>Words that refer back to what a report is about ("the corresponding contract", "die Lieferungen"), as trigger phrases.</summary>
    public TriggerMatcher ReferenceWords { get; }
    /// <summary>
    /// Words for a unit of a system ("a battery", "launchers", "пускові установки"): in a report whose headline names one
    /// air-defence system, a sentence that names no system but such a unit speaks of that system.
    /// </summary>
    public TriggerMatcher UnitWords { get; }
    /// <summary>Words before a unit word that make it another kind of unit ("rocket launchers", "power batteries").</summary>
    public IReadOnlySet<string> OtherUnitKinds { get; }
    /// <summary>Words that name a meeting told just before ("during the visit", "на встрече"): what happened at it has its day.</summary>
    public TriggerMatcher MeetingReferences { get; }
    /// <summary>
    /// A trigger as a headline says it: "signed" → "signs deal on", "will send" → "to send" (English, lower case). A form
    /// ending in a full stop takes no object: "founded" → "is founded." gives "NATO is founded".
    /// </summary>
    public IReadOnlyDictionary<string, string> HeadlineVerbs { get; }
    /// <summary>Every verb a headline may carry: the triggers and the headline forms, to check that a title says what happened.</summary>
    public TriggerMatcher Verbs { get; }

    private readonly Dictionary<string, Entity> _byName;

    private KnowledgeBase(KnowledgeFile merged)
    {
        var entities = new List<Entity>();
        foreach (var o in merged.Organisations.Values)
            entities.Add(new Entity(o.Name, EntityKind.Organisation, Aliases(o.Name, o.Aliases), ParseDate(o.Founded)));
        foreach (var c in merged.Countries.Values)
            entities.Add(new Entity(c.Name, EntityKind.Country, Aliases(c.Name, [.. c.Aliases ?? [], .. c.Demonyms ?? [], .. c.Capitals ?? []]), ParseDate(c.Founded)));
        foreach (var p in merged.Places.Values)
            entities.Add(new Entity(p.Name, EntityKind.Place, Aliases(p.Name, p.Aliases), Country: string.IsNullOrEmpty(p.Country) ? null : p.Country));
        // Capitals are places too ("in Washington"), besides standing for their country ("Washington is eyeing"); a place
        // entry that lists a capital's other spellings ("Вашингтон") gives them its one name.
        var placeNames = merged.Places.Values.SelectMany(p => (p.Aliases ?? []).Append(p.Name)).ToHashSet(StringComparer.OrdinalIgnoreCase);
        foreach (var c in merged.Countries.Values)
            foreach (var cap in c.Capitals ?? [])
                if (!placeNames.Contains(cap))
                    entities.Add(new Entity(cap, EntityKind.Place, [cap], Country: c.Name));
        foreach (var p in merged.People.Values)
            entities.Add(new Entity(p.Name, EntityKind.Person, Aliases(p.Name, p.Aliases), Offices: (p.Offices ?? [])
                .Select(o => new Office(o.Title, o.Keywords ?? [], ParseDate(o.From) ?? DateOnly.MinValue, ParseDate(o.To))).ToList()));
        foreach (var s in merged.Systems.Values)
            entities.Add(new Entity(s.Name, EntityKind.System, Aliases(s.Name, s.Aliases), Category: s.Category, InUkraineSince: ParseDate(s.InUkraineSince)));
        Entities = entities;
        _byName = new Dictionary<string, Entity>(StringComparer.OrdinalIgnoreCase);
        foreach (var e in entities) _byName.TryAdd(e.Name, e);

        Eras = merged.Eras.Values.Select(e => new Era(e.Name, ParseDate(e.Start) ?? DateOnly.MinValue, e.Keywords ?? [])).ToList();
        Meetings = merged.Meetings.Values.Select(m => new KnownMeeting(m.Name, m.Organisation, m.Place,
            ParseDate(m.Start) ?? throw new InvalidDataException($"knowledge: meeting '{m.Name}' has no start"),
            ParseDate(m.End) ?? ParseDate(m.Start)!.Value, m.Keywords ?? [])).ToList();
        NonActors = new HashSet<string>(merged.NonActors, StringComparer.OrdinalIgnoreCase);
        // Plain loops: LINQ over value tuples has no precompiled code and cost ~15 ms of compiling at every start.
        var triggers = new List<(EventType, string)>();
        foreach (var (type, phrases) in merged.Triggers)
            foreach (var phrase in phrases) triggers.Add((type, phrase));
        Triggers = triggers;
        // Interpreted, not Compiled: compiling emits IL that is JIT-compiled on the first match, which a one-off import never
        // earns back (measured on the 42,000 lines of 2,000 articles, construction included: interpreted ~40 ms, Compiled
        // ~110-180 ms, NonBacktracking ~150-300 ms).
        Boilerplate = merged.Boilerplate.Count == 0 ? new Regex("(?!)")
            : new Regex(string.Join('|', merged.Boilerplate.Select(p => "(?:" + p + ")")), RegexOptions.IgnoreCase | RegexOptions.CultureInvariant);
        MachineTranslationMarkers = merged.MachineTranslationMarkers.ToList();
        _machineTranslationMarkers = new PhraseSearch(MachineTranslationMarkers);
        Gazetteer = new Gazetteer(entities, NonActors);
        TriggerMatcher = new TriggerMatcher(Triggers);
        AirDefenceTerms = new TriggerMatcher(merged.AirDefenceTerms.Select(t => (EventType.Other, t)));
        AirDefenceCategories = new HashSet<string>(merged.AirDefenceCategories, StringComparer.OrdinalIgnoreCase);
        FurnitureMarkers = new PhraseSearch(merged.FurnitureMarkers);
        ArchiveMarkers = new PhraseSearch(merged.ArchiveMarkers);
        DateBoundWords = new HashSet<string>(merged.DateBoundWords, StringComparer.OrdinalIgnoreCase);
        CaptionVerbs = new TriggerMatcher(merged.CaptionVerbs.Select(t => (EventType.Other, t)));
        PackageWords = new TriggerMatcher(merged.PackageWords.Select(t => (EventType.Other, t)));
        ReferenceWords = new TriggerMatcher(merged.ReferenceWords.Select(t => (EventType.Other, t)));
        MeetingReferences = new TriggerMatcher(merged.MeetingReferences.Select(t => (EventType.Other, t)));
        UnitWords = new TriggerMatcher(merged.UnitWords.Select(t => (EventType.Other, t)));
        OtherUnitKinds = new HashSet<string>(merged.OtherUnitKinds, StringComparer.OrdinalIgnoreCase);
        HeadlineVerbs = new Dictionary<string, string>(merged.HeadlineVerbs, StringComparer.OrdinalIgnoreCase);
        Verbs = new TriggerMatcher([.. triggers, .. HeadlineVerbs.Values.Select(v => (EventType.Other, v.Split(' ')[0] is "to" or "is" ? v.TrimEnd('.') : v.Split(' ')[0].TrimEnd('.')))]);
    }

    /// <summary>Russia, or a person whose offices are all Russia's ("President of Russia"): never a giver of air defence to Ukraine.</summary>
    public bool IsRussian(string actor) => actor == "Russia"
        || AllOffices(actor, t => t.Contains("Russia", StringComparison.Ordinal) || t.Contains("Kremlin", StringComparison.Ordinal));

    /// <summary>Whether the actor is a person with offices, every one of whose titles passes the test ("Defence Minister of Ukraine").</summary>
    public bool AllOffices(string actor, Func<string, bool> title) =>
        Find(actor) is { Kind: EntityKind.Person } p && p.OfficesOrEmpty.Count > 0 && p.OfficesOrEmpty.All(o => title(o.Title));

    /// <summary>Whether a canonical system name is an air-defence system.</summary>
    public bool IsAirDefence(string system) => Find(system) is { Category: { } c } && AirDefenceCategories.Contains(c);

    public Entity? Find(string name) => _byName.GetValueOrDefault(name);

    private Dictionary<string, Entity>? _byAlias;

    /// <summary>The entity a name or any of its aliases names, in any case ("nato", "Iris T", "Washington"); null if none.</summary>
    public Entity? FindByAlias(string name)
    {
        if (_byAlias is null)
        {
            var byAlias = new Dictionary<string, Entity>(StringComparer.OrdinalIgnoreCase);
            foreach (var e in Entities)
            {
                byAlias.TryAdd(e.Name, e);
                foreach (var a in e.Aliases) byAlias.TryAdd(a, e);
            }
            _byAlias = byAlias;
        }
        return _byAlias.GetValueOrDefault(name.Trim());
    }

    /// <summary>Whether the text contains a machine-translation marker (case-insensitive).</summary>
    public bool MentionsMachineTranslation(ReadOnlySpan<char> text) => _machineTranslationMarkers.In(text);

    /// <summary>Loads and merges knowledge files: later files add entries and replace same-named ones.</summary>
    public static KnowledgeBase Load(params string[] paths)
    {
        var merged = new KnowledgeFile();
        foreach (var path in paths)
        {
            KnowledgeDto dto;
            try
            {
                using var stream = File.OpenRead(path);
                dto = JsonSerializer.Deserialize(stream, KnowledgeJson.Default.KnowledgeDto) ?? new KnowledgeDto();
            }
            catch (JsonException ex)
            {
                throw new InvalidDataException($"knowledge file '{path}' is not valid: {ex.Message}", ex);
            }
            merged.Add(dto);
        }
        return new KnowledgeBase(merged);
    }

    /// <summary>The knowledge.json shipped next to the assembly, extended by the file named in $TIMELINE_KNOWLEDGE if set.</summary>
    public static KnowledgeBase LoadDefault()
    {
        var paths = new List<string> { Path.Combine(AppContext.BaseDirectory, "Knowledge", "knowledge.json") };
        var extra = Environment.GetEnvironmentVariable("TIMELINE_KNOWLEDGE");
        if (!string.IsNullOrWhiteSpace(extra)) paths.Add(extra);
        return Load([.. paths]);
    }

    // Generated at build time: reflection-based serialization cost ~100 ms at every start, mostly compiling code for these types.
    [JsonSourceGenerationOptions(PropertyNameCaseInsensitive = true, ReadCommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true)]
    [JsonSerializable(typeof(KnowledgeDto))]
    private sealed partial class KnowledgeJson : JsonSerializerContext;

    private static List<string> Aliases(string name, IEnumerable<string>? aliases)
    {
        var list = new List<string> { name };
        if (aliases is not null)
            foreach (var a in aliases)
                if (!string.IsNullOrWhiteSpace(a) && !list.Contains(a, StringComparer.Ordinal)) list.Add(a);
        return list;
    }

    private static DateOnly? ParseDate(string? s) =>
        string.IsNullOrWhiteSpace(s) ? null
        : DateOnly.TryParseExact(s, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d) ? d
        : int.TryParse(s, NumberStyles.None, CultureInfo.InvariantCulture, out var y) ? new DateOnly(y, 1, 1)
        : throw new InvalidDataException($"knowledge: '{s}' is not a date (yyyy-MM-dd)");

    private sealed class KnowledgeFile
    {
        public Dictionary<string, NamedDto> Organisations { get; } = new(StringComparer.OrdinalIgnoreCase);
        public Dictionary<string, CountryDto> Countries { get; } = new(StringComparer.OrdinalIgnoreCase);
        public Dictionary<string, PlaceDto> Places { get; } = new(StringComparer.OrdinalIgnoreCase);
        public Dictionary<string, PersonDto> People { get; } = new(StringComparer.OrdinalIgnoreCase);
        public Dictionary<string, SystemDto> Systems { get; } = new(StringComparer.OrdinalIgnoreCase);
        public Dictionary<string, EraDto> Eras { get; } = new(StringComparer.OrdinalIgnoreCase);
        public Dictionary<string, MeetingDto> Meetings { get; } = new(StringComparer.OrdinalIgnoreCase);
        public HashSet<string> NonActors { get; } = new(StringComparer.OrdinalIgnoreCase);
        public Dictionary<EventType, List<string>> Triggers { get; } = [];
        public List<string> Boilerplate { get; } = [];
        public List<string> MachineTranslationMarkers { get; } = [];
        public List<string> AirDefenceTerms { get; } = [];
        public List<string> AirDefenceCategories { get; } = [];
        public List<string> FurnitureMarkers { get; } = [];
        public List<string> ArchiveMarkers { get; } = [];
        public List<string> DateBoundWords { get; } = [];
        public List<string> CaptionVerbs { get; } = [];
        public List<string> PackageWords { get; } = [];
        public List<string> ReferenceWords { get; } = [];
        public List<string> MeetingReferences { get; } = [];
        public List<string> UnitWords { get; } = [];
        public List<string> OtherUnitKinds { get; } = [];
        public Dictionary<string, string> HeadlineVerbs { get; } = new(StringComparer.OrdinalIgnoreCase);

        public void Add(KnowledgeDto dto)
        {
            foreach (var x in dto.Organisations ?? []) Organisations[x.Name] = x;
            foreach (var x in dto.Countries ?? []) Countries[x.Name] = x;
            foreach (var x in dto.Places ?? []) Places[x.Name] = x;
            foreach (var x in dto.People ?? []) People[x.Name] = x;
            foreach (var x in dto.Systems ?? []) Systems[x.Name] = x;
            foreach (var x in dto.Eras ?? []) Eras[x.Name] = x;
            foreach (var x in dto.Meetings ?? []) Meetings[x.Name] = x;
            foreach (var x in dto.NonActors ?? []) NonActors.Add(x);
            foreach (var (type, phrases) in dto.Triggers ?? [])
            {
                if (!Enum.TryParse<EventType>(type, ignoreCase: true, out var t))
                    throw new InvalidDataException($"knowledge: unknown event type '{type}' in triggers");
                if (!Triggers.TryGetValue(t, out var list)) Triggers[t] = list = [];
                list.AddRange(phrases);
            }
            Boilerplate.AddRange(dto.Boilerplate ?? []);
            MachineTranslationMarkers.AddRange(dto.MachineTranslationMarkers ?? []);
            AirDefenceTerms.AddRange(dto.AirDefenceTerms ?? []);
            AirDefenceCategories.AddRange(dto.AirDefenceCategories ?? []);
            FurnitureMarkers.AddRange(dto.FurnitureMarkers ?? []);
            ArchiveMarkers.AddRange(dto.ArchiveMarkers ?? []);
            DateBoundWords.AddRange(dto.DateBoundWords ?? []);
            CaptionVerbs.AddRange(dto.CaptionVerbs ?? []);
            PackageWords.AddRange(dto.PackageWords ?? []);
            ReferenceWords.AddRange(dto.ReferenceWords ?? []);
            MeetingReferences.AddRange(dto.MeetingReferences ?? []);
            UnitWords.AddRange(dto.UnitWords ?? []);
            OtherUnitKinds.AddRange(dto.OtherUnitKinds ?? []);
            foreach (var (form, headline) in dto.HeadlineVerbs ?? []) HeadlineVerbs[form] = headline;
        }
    }

    private sealed record KnowledgeDto(
        List<NamedDto>? Organisations = null, List<CountryDto>? Countries = null, List<PlaceDto>? Places = null,
        List<PersonDto>? People = null, List<SystemDto>? Systems = null, List<EraDto>? Eras = null, List<MeetingDto>? Meetings = null,
        List<string>? NonActors = null, Dictionary<string, List<string>>? Triggers = null,
        List<string>? Boilerplate = null, List<string>? MachineTranslationMarkers = null,
        List<string>? AirDefenceTerms = null, List<string>? AirDefenceCategories = null, List<string>? FurnitureMarkers = null,
        List<string>? DateBoundWords = null, List<string>? ReferenceWords = null, Dictionary<string, string>? HeadlineVerbs = null,
        List<string>? CaptionVerbs = null, List<string>? PackageWords = null, List<string>? ArchiveMarkers = null,
        List<string>? MeetingReferences = null, List<string>? UnitWords = null, List<string>? OtherUnitKinds = null);

    private sealed record NamedDto(string Name, List<string>? Aliases, string? Founded);
    private sealed record CountryDto(string Name, List<string>? Aliases, List<string>? Demonyms, List<string>? Capitals, string? Founded);
    private sealed record PlaceDto(string Name, string? Country, List<string>? Aliases);
    private sealed record PersonDto(string Name, List<string>? Aliases, List<OfficeDto>? Offices);
    private sealed record OfficeDto(string Title, List<string>? Keywords, string? From, string? To);
    private sealed record SystemDto(string Name, List<string>? Aliases, string? Category, string? InUkraineSince);
    private sealed record MeetingDto(string Name, string? Organisation, string Place, string? Start, string? End, List<string>? Keywords);
    private sealed record EraDto(string Name, string? Start, List<string>? Keywords);
}
