using System.Text.RegularExpressions;

namespace Timeline.Domain.Pipeline.Events;

/// <summary>
/// Whether a title reads as a headline an editor would write: a named subject (no pronoun, no leading "that" or "am"),
/// at most 80 characters, not cut off, no dangling last word, no reporting verb left alone at the end ("the Pentagon
/// announced"), no dateline or agency tag, balanced quotes. Returns what is wrong, or null.
/// </summary>
public static partial class HeadlineCheck
{
    private static readonly HashSet<string> BadFirst = new(StringComparer.OrdinalIgnoreCase)
    {
        "he", "she", "it", "they", "his", "her", "its", "their", "this", "these", "those", "we", "i", "you",
        "that", "which", "who", "and", "but", "or", "of", "to", "for", "with", "as", "than",
        "am", "im", "dass", "und", "er", "sie", "es", "він", "вона", "вони", "він", "он", "она", "они", "что", "що", "і", "и", "та",
        "об", "про", "які", "який", "яка", "котрі", "которые", "который", "которая", "letting", "making", "giving", "according",
        // an adverb or a conjunction opens a clause whose subject comes later, or never
        "together", "soon", "also", "then", "later", "earlier", "meanwhile", "however", "besides", "despite", "amid", "after",
        "before", "while", "since", "when", "if", "although", "because", "so", "yet", "still", "now", "here", "there",
    };

    /// <summary>Words that modify a noun: a title that ends with one lost its noun ("... its S-300 air").</summary>
    private static readonly HashSet<string> Modifiers = new(StringComparer.OrdinalIgnoreCase)
    {
        "air", "anti-aircraft", "antiaircraft", "surface-to-air", "emergency", "military", "new", "further", "additional",
        "several", "whole", "entire", "two", "three", "four", "five", "ten", "first", "second", "third", "short-range", "medium-range", "long-range",
    };

    private static readonly HashSet<string> Modals = new(StringComparer.OrdinalIgnoreCase)
    { "to", "help", "can", "could", "will", "would", "may", "might", "must", "should", "shall" };

    private static readonly HashSet<string> BadLast = new(StringComparer.OrdinalIgnoreCase)
    {
        "a", "an", "the", "and", "or", "but", "of", "to", "for", "with", "along", "in", "on", "at", "by", "from", "into", "as",
        "that", "which", "who", "its", "their", "his", "her", "it", "if", "whether", "is", "are", "was", "were", "be", "has", "have", "had", "will",
        "would", "could", "can", "than", "so", "very", "more", "also", "not", "under", "about", "over", "after", "before", "during",
        // transitive verbs whose object was cut away ("... and Kongsberg signed")
        "signed", "sent", "gave", "supplied", "provided", "bought", "ordered", "purchased", "handed", "transferred", "shipped",
        // (reporting verbs are the language files' list, below; these two are not in it)
        "mentioned", "informed",
        "der", "die", "das", "den", "dem", "des", "ein", "eine", "einen", "und", "im", "am", "zu", "von", "für", "mit", "auf", "sich", "dass",
        "в", "у", "на", "з", "с", "до", "для", "і", "и", "та", "що", "что", "по", "від", "от", "ранее", "раніше",
    };

    /// <summary>"said", "bestätigte", "заявил": every language file's reporting verbs.</summary>
    private static Languages.WordList ReportingVerbs => Languages.Lexicon.Default.ReportingVerbs;

    private static readonly HashSet<string> Prepositions = new(StringComparer.OrdinalIgnoreCase) { "in", "on", "at", "by", "to", "for", "from", "with", "after", "before" };

    [GeneratedRegex(@"--|\((?:Reuters|AP|AFP|Jiji Press|TDI|dpa|Kyodo|TASS|UNN|Ukrinform)\)|^\p{Lu}[\p{L} ]{1,30}, (?:\p{Lu}\p{L}{2,8}\.? \d{1,2}|\d{1,2} \p{Lu}\p{L}+)\b")]
    private static partial Regex DatelineOrAgency();

    public const int MaxLength = EventWriter.MaxTitle;

    /// <param name="verbs">When given, a title must contain one of them: a row of names says nothing happened.</param>
    public static string? Problem(string title, Knowledge.TriggerMatcher? verbs = null)
    {
        var t = title.Trim();
        if (t.Length == 0) return "empty";
        if (t.Length > MaxLength) return $"longer than {MaxLength} characters";
        if (t.EndsWith('…') || t.EndsWith("...", StringComparison.Ordinal)) return "cut off";
        var words = t.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (words.Length < 3) return "fewer than three words";
        if (!char.IsUpper(t[0]) && !char.IsDigit(t[0])) return "does not start with a capital";
        if (BadFirst.Contains(Bare(words[0]))) return $"starts with '{words[0]}'";
        if (Bare(words[0]).Length == 1 && !char.IsDigit(words[0][0])) return $"starts with a stray letter '{words[0]}'";
        // "About this informed the President ...": a machine translation's "Об этом", pointing back at the sentence before.
        if (words.Length > 1 && Bare(words[0]).Equals("About", StringComparison.OrdinalIgnoreCase) && Bare(words[1]) is "this" or "it")
            return $"starts with '{words[0]} {words[1]}'";
        // "Das teilte der Minister auf Twitter mit": a pronoun subject pointing back at what the sentence before told.
        if (Bare(words[0]) is "Das" or "Dies" && (ReportingVerbs.Contains(Bare(words[1]))
            // a verb is lower case in German; "Das Treffen der Minister" has a noun after its article
            || verbs is not null && char.IsLower(words[1][0]) && verbs.Find(Bare(words[1]), Text.Tokens.Of(Bare(words[1]))).Count > 0))
            return $"starts with the pronoun '{words[0]}'";
        // "Founded in the midst of the Cold War": a participle and a preposition, no subject.
        if (words[0].EndsWith("ed", StringComparison.Ordinal) && Prepositions.Contains(Bare(words[1]))) return "has no subject";
        // "Knocking out power ...", "Asked G7 leaders ...": a verb first, the subject left behind in the sentence.
        if (words[0].EndsWith("ing", StringComparison.Ordinal) && words[0].Length > 5) return "has no subject";
        if (verbs is not null && Bare(words[0]) is var first && first.Length > 0 && char.IsUpper(first[0])
            && verbs.Find(first.ToLowerInvariant(), Text.Tokens.Of(first.ToLowerInvariant())).Count > 0)
            return "has no subject";
        // "Brussels, the ministers signed ...": what is left of a dateline.
        if (words[0].EndsWith(',') && words.Length > 1 && !char.IsUpper(words[1][0])) return $"starts with '{words[0]}'";
        // "... called on G7 leaders to help establish", "... so it can protect": a verb whose object was cut away.
        if (words.Length >= 2 && Modals.Contains(Bare(words[^2])) && !Bare(words[^1]).Any(char.IsUpper)) return $"ends with '{words[^2]} {words[^1]}'";
        if (BadLast.Contains(Bare(words[^1])) || ReportingVerbs.Contains(Bare(words[^1]))) return $"ends with '{words[^1]}'";
        // "Axios reported on Tuesday": who said it and when, but not what.
        if (words.Length >= 3 && Bare(words[^2]).Equals("on", StringComparison.OrdinalIgnoreCase) && ReportingVerbs.Contains(Bare(words[^3])))
            return $"ends with '{words[^3]} {words[^2]} {words[^1]}'";
        // "Ukraine says Patriot": what was said is cut down to one name.
        if (words.Length >= 3 && ReportingVerbs.Contains(Bare(words[^2]))) return $"ends with '{words[^2]} {words[^1]}'";
        // "... seeks help of G7 nations for building": a gerund after a preposition lost its object.
        if (words.Length >= 2 && Bare(words[^1]).EndsWith("ing", StringComparison.Ordinal) && (Prepositions.Contains(Bare(words[^2])) || Bare(words[^2]) is "of"))
            return $"ends with '{words[^2]} {words[^1]}'";
        if (Modifiers.Contains(Bare(words[^1]))) return $"ends with '{words[^1]}'";
        // "... deployed three Patriot air defense": a system's name makes "air defence" a modifier still waiting for its noun.
        if (words.Length >= 3 && Bare(words[^2]).Equals("air", StringComparison.OrdinalIgnoreCase) && Bare(words[^1]) is "defense" or "defence"
            && char.IsUpper(words[^3][0])) return $"ends with '{words[^3]} {words[^2]} {words[^1]}'";
        // "... has made announcement that his country": a that-clause without its verb.
        if (verbs is not null && Array.FindLastIndex(words, w => Bare(w).Equals("that", StringComparison.OrdinalIgnoreCase)) is var that and >= 0
            && string.Join(' ', words[(that + 1)..]) is var clause && verbs.Find(clause, Text.Tokens.Of(clause)).Count == 0 && !HasFiniteVerb(words[(that + 1)..]))
            return "ends in a clause without its verb";
        if (DatelineOrAgency().IsMatch(t)) return "has a dateline or an agency tag";
        if (verbs is not null && verbs.Find(t, Text.Tokens.Of(t)).Count == 0) return "has no verb";
        if (Count(t, '(') != Count(t, ')')) return "unbalanced brackets";
        if (Count(t, '“') != Count(t, '”') || Count(t, '«') != Count(t, '»') || Count(t, '"') % 2 == 1) return "unbalanced quotes";
        return null;
    }

    private static readonly HashSet<string> Auxiliaries = new(StringComparer.OrdinalIgnoreCase)
    { "is", "are", "was", "were", "has", "have", "had", "will", "would", "can", "could", "must", "does", "did", "may" };

    /// <summary>An auxiliary or a past tense ("-ed") among the words: a clause with a verb the trigger list does not know.</summary>
    private static bool HasFiniteVerb(string[] words) =>
        words.Any(w => Auxiliaries.Contains(Bare(w)) || (Bare(w).EndsWith("ed", StringComparison.Ordinal) && Bare(w).Length > 4));

    private static string Bare(string word) => word.Trim(',', '.', ';', ':', '!', '?', '"', '“', '”', '«', '»', '\'', '’');

    private static int Count(string s, char c)
    {
        var n = 0;
        foreach (var x in s) if (x == c) n++;
        return n;
    }
}
