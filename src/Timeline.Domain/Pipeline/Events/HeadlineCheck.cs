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
        "які", "який", "яка", "котрі", "которые", "который", "которая", "letting", "making", "giving", "according",
    };

    private static readonly HashSet<string> BadLast = new(StringComparer.OrdinalIgnoreCase)
    {
        "a", "an", "the", "and", "or", "but", "of", "to", "for", "with", "along", "in", "on", "at", "by", "from", "into", "as",
        "that", "which", "who", "its", "their", "his", "her", "is", "are", "was", "were", "be", "has", "have", "had", "will",
        "would", "could", "can", "than", "so", "very", "more", "also", "not",
        "announced", "said", "says", "mentioned", "stated", "told", "wrote", "reported", "confirmed", "informed", "added", "noted",
        "der", "die", "das", "den", "dem", "des", "ein", "eine", "einen", "und", "im", "am", "zu", "von", "für", "mit", "auf", "sich", "dass",
        "в", "у", "на", "з", "с", "до", "для", "і", "и", "та", "що", "что", "по", "від", "от", "ранее", "раніше",
    };

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
        // "Founded in the midst of the Cold War": a participle and a preposition, no subject.
        if (words[0].EndsWith("ed", StringComparison.Ordinal) && Prepositions.Contains(Bare(words[1]))) return "has no subject";
        // "... called on G7 leaders to help establish": a verb whose object was cut away.
        if (words.Length >= 2 && Bare(words[^2]) is "to" or "help" && !Bare(words[^1]).Any(char.IsUpper)) return $"ends with '{words[^2]} {words[^1]}'";
        if (BadLast.Contains(Bare(words[^1]))) return $"ends with '{words[^1]}'";
        if (DatelineOrAgency().IsMatch(t)) return "has a dateline or an agency tag";
        if (verbs is not null && verbs.Find(t, Text.Tokens.Of(t)).Count == 0) return "has no verb";
        if (Count(t, '(') != Count(t, ')')) return "unbalanced brackets";
        if (Count(t, '“') != Count(t, '”') || Count(t, '«') != Count(t, '»') || Count(t, '"') % 2 == 1) return "unbalanced quotes";
        return null;
    }

    private static string Bare(string word) => word.Trim(',', '.', ';', ':', '!', '?', '"', '“', '”', '«', '»', '\'', '’');

    private static int Count(string s, char c)
    {
        var n = 0;
        foreach (var x in s) if (x == c) n++;
        return n;
    }
}
