using System.Text.Json;
using System.Text.Json.Serialization;
using Timeline.Domain.Pipeline.Temporal;
using Timeline.Domain.Text;

namespace Timeline.Domain.Languages;

/// <summary>
/// The languages the importer reads, loaded from one JSON file per language so users can add words, or a language,
/// without a rebuild. Immutable after loading; safe to share between threads.
/// </summary>
public sealed partial class Lexicon
{
    public IReadOnlyList<Language> Languages { get; }
    /// <summary>Every language's words of each kind together: a text's language is not known before it is read.</summary>
    public WordList StopWords { get; }
    public WordList Negators { get; }
    public WordList Modals { get; }
    public WordList Auxiliaries { get; }
    public WordList Determiners { get; }
    public WordList ReportingVerbs { get; }
    public WordList Subordinators { get; }
    public WordList InfinitiveMarkers { get; }
    public WordList Coordinators { get; }
    /// <summary>The offset phrases of every language ("two days after"), longest first.</summary>
    public IReadOnlyList<(string Phrase, RelativeUnit Unit)> Offsets { get; }
    /// <summary>The phrases of every language that date a sentence after the sentence before ("a day later"), longest first.</summary>
    public IReadOnlyList<(string Phrase, RelativeUnit Unit)> Later { get; }
    public WordList Abbreviations { get; }
    public WordList BackgroundWords { get; }
    public WordList OccasionWords { get; }
    public WordList NotUntilWords { get; }
    public WordList PastVerbs { get; }
    public WordList ApproximateWords { get; }
    /// <summary>The "day" of "day 233 of the war" in every language shipped.</summary>
    public IReadOnlyList<string> DayWords { get; }
    /// <summary>Every weekday name of every language shipped ("Friday", "пятница").</summary>
    public WordList WeekdayNames { get; }

    private readonly Lazy<TemporalPatterns> _patterns;

    /// <summary>The date patterns built from the month, weekday and relative words: built once, on first use.</summary>
    internal TemporalPatterns Patterns => _patterns.Value;

    /// <summary>
    /// Builds the date patterns now (a few tens of milliseconds), for a caller with a spare core and other start-up work
    /// (opening the database). They are compiled later, in the background, once used (see <see cref="Pipeline.Temporal.TieredRegex"/>).
    /// </summary>
    public void Prepare() => _ = Patterns;

    /// <summary>
    /// Where a phrase that opens <c>text[start..end]</c> with an occasion ends ("During Zelensky's visit on 21 December,
    /// the United States said ..."): at its first comma; -1 when the text opens otherwise.
    /// </summary>
    public int OccasionPhraseEnd(string text, int start, int end)
    {
        var comma = text.IndexOf(',', start, end - start);
        if (comma < 0) return -1;
        var tokens = Tokens.Of(text, start, comma);
        for (var n = 1; n <= Math.Min(4, tokens.Count); n++)
            if (OccasionWords.Contains(text.AsSpan(tokens[0].Start, tokens[n - 1].End - tokens[0].Start))) return comma;
        return -1;
    }

    public Lexicon(IEnumerable<Language> languages)
    {
        Languages = [.. languages];
        WordList All(Func<Language, IEnumerable<string>> words) => new(Languages.SelectMany(words));
        StopWords = All(l => l.StopWords);
        Negators = All(l => l.Negators);
        Modals = All(l => l.Modals);
        Auxiliaries = All(l => l.Auxiliaries);
        Determiners = All(l => l.Determiners);
        ReportingVerbs = All(l => l.ReportingVerbs);
        Subordinators = All(l => l.Subordinators);
        InfinitiveMarkers = All(l => l.InfinitiveMarkers);
        Coordinators = All(l => l.Coordinators);
        Offsets = [.. Languages.SelectMany(l => l.Offsets).Select(p => (p.Key, p.Value)).DistinctBy(p => p.Key).OrderByDescending(p => p.Key.Length)];
        Later = [.. Languages.SelectMany(l => l.Later).Select(p => (p.Key, p.Value)).DistinctBy(p => p.Key).OrderByDescending(p => p.Key.Length)];
        Abbreviations = All(l => l.Abbreviations);
        BackgroundWords = All(l => l.BackgroundWords);
        OccasionWords = All(l => l.OccasionWords);
        NotUntilWords = All(l => l.NotUntilWords);
        PastVerbs = All(l => l.PastVerbs);
        ApproximateWords = All(l => l.ApproximateWords);
        DayWords = [.. Languages.SelectMany(l => l.DayWords).Distinct()];
        WeekdayNames = All(l => l.Weekdays.SelectMany(names => names));
        _patterns = new(() => new TemporalPatterns(Languages));
    }

    private static readonly Lazy<Lexicon> Shipped = new(LoadDefault);

    /// <summary>The shipped languages (extended by $TIMELINE_LANGUAGES), loaded once per process.</summary>
    public static Lexicon Default => Shipped.Value;

    /// <summary>The folder of language files shipped next to the assembly.</summary>
    public static string ShippedFolder => Path.Combine(AppContext.BaseDirectory, "Languages");

    /// <summary>The shipped language files, extended by the files or folders named in $TIMELINE_LANGUAGES (separated by the path separator).</summary>
    public static Lexicon LoadDefault()
    {
        var paths = new List<string> { ShippedFolder };
        var extra = Environment.GetEnvironmentVariable("TIMELINE_LANGUAGES");
        if (!string.IsNullOrWhiteSpace(extra)) paths.AddRange(extra.Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries));
        return Load([.. paths]);
    }

    /// <summary>
    /// Language files, or folders of them (*.json, by name), in order: a file whose code was already loaded adds its
    /// words to that language; a new code adds a language.
    /// </summary>
    public static Lexicon Load(params string[] paths)
    {
        var byCode = new Dictionary<string, Language>(StringComparer.OrdinalIgnoreCase);
        var order = new List<string>();
        foreach (var file in paths.SelectMany(Files))
        {
            var language = Read(file);
            if (byCode.TryGetValue(language.Code, out var known)) byCode[language.Code] = known.ExtendedBy(language);
            else
            {
                byCode[language.Code] = language;
                order.Add(language.Code);
            }
        }
        return new Lexicon(order.Select(c => byCode[c]));
    }

    private static IEnumerable<string> Files(string path)
    {
        if (Directory.Exists(path)) return Directory.GetFiles(path, "*.json").Order(StringComparer.Ordinal);
        if (File.Exists(path)) return [path];
        throw new FileNotFoundException($"language file or folder '{path}' does not exist", path);
    }

    private static Language Read(string path)
    {
        Language? language;
        try
        {
            using var stream = File.OpenRead(path);
            language = JsonSerializer.Deserialize(stream, LanguageJson.Default.Language);
        }
        catch (JsonException ex)
        {
            throw new InvalidDataException($"language file '{path}' is not valid: {ex.Message}", ex);
        }
        if (language is null) throw new InvalidDataException($"language file '{path}' is empty");
        var problems = language.Problems().ToList();
        if (problems.Count > 0) throw new InvalidDataException($"language file '{path}': {string.Join("; ", problems)}");
        return language;
    }

    [JsonSourceGenerationOptions(PropertyNameCaseInsensitive = true, ReadCommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true)]
    [JsonSerializable(typeof(Language))]
    private sealed partial class LanguageJson : JsonSerializerContext;
}
