using System.Text;
using System.Text.RegularExpressions;
using Timeline.Domain.Knowledge;
using Timeline.Domain.Model;
using Timeline.Domain.Text;

namespace Timeline.Domain.Pipeline.Events;

/// <summary>
/// Headline-like titles and clean summaries from an evidence sentence. A title is the clause that carries the event's
/// trigger: reporting frames ("X said", "according to"), datelines, the date phrase, leading connectives and asides are
/// dropped, auxiliaries shortened the way headlines do ("was founded" → "founded", "will send" → "to send").
/// Purely rule-based on the sentence and the trigger vocabulary, so it works on translated and garbled text alike.
/// </summary>
public sealed partial class Headline(TriggerMatcher? triggers)
{
    public const int MaxLength = EventWriter.MaxTitle;

    // "KYIV, April 19 (Reuters) - ", "BRUSSELS (AP) — ", "WASHINGTON — ", "Kyiv, 12 October (Ukrinform) – ".
    [GeneratedRegex(@"^\s*[\p{Lu}][\p{L}.'’ -]{1,40}?(?:,\s*(?:\p{L}+\.?\s+\d{1,2}|\d{1,2}\s+\p{L}+\.?)(?:,\s*\d{4})?)?(?:\s*\([^)]{1,40}\))?\s*[–—-]{1,2}\s+")]
    private static partial Regex Dateline();

    [GeneratedRegex(@"^(?:and|but|also|then|still|so|however|meanwhile|earlier|later|separately|moreover|in addition|in turn|at the same time|in the meantime|on the other hand|тем временем|также|однако|крім того|водночас|також|проте|раніше)\b,?\s*", RegexOptions.IgnoreCase)]
    private static partial Regex Connective();

    // Reporting frames around the event clause.
    [GeneratedRegex(@"^(?<subject>[^;]{0,80}?)\s*\b(?:said|says|announced|stated|(?:informed|told|assured)\s+(?:(?!that\b)[^;,]){1,60}?(?=\s+that\s)|told\s+\p{L}+|reported|wrote|confirmed|declared|повідомив|повідомила|заявив|заявила|заявил|заявила|сообщил|сообщила)(?:\s+on\s+\p{L}+)?,?\s+(?:that\s+|що\s+|что\s+)?", RegexOptions.IgnoreCase)]
    private static partial Regex LeadingFrame();

    // Every frame has one of these words (or a longer form of one); most clauses have none, and the frame pattern is slow
    // to fail, trying each of the first 80 characters as the end of the subject.
    private static readonly PhraseSearch FrameWords = new(["said", "says", "announced", "stated", "told", "informed", "assured", "reported", "wrote", "confirmed", "declared", "повідомив", "заявив", "заявил", "сообщил"]);

    [GeneratedRegex(@"\b(?:on|in|at|since|by|from|until|am|im|vom|seit|до|у|в|на|з)\s+$", RegexOptions.IgnoreCase)]
    private static partial Regex PrepositionBefore();

    [GeneratedRegex(@"(?:\s+(?:has|have|had|also|now|already|previously|again))+$", RegexOptions.IgnoreCase)]
    private static partial Regex FrameAuxiliary();

    [GeneratedRegex(@"(?:,|\s[–—-])\s*(?:[^,]{0,60}\s)?(?:said|says|told|wrote|reported|added|according to)\b.*$|,?\s+according to\b.*$", RegexOptions.IgnoreCase)]
    private static partial Regex TrailingFrame();

    [GeneratedRegex(@"\b(?:has|have|had)\s+(?:also\s+|now\s+|already\s+|finally\s+)?(?:been\s+)?(?!been\b)(?=\p{L}+(?:ed|en|t|wn)\b)|\b(?:was|were|is|are)\s+(?=\p{L}+(?:ed|en|t|wn)\b)", RegexOptions.IgnoreCase)]
    private static partial Regex Auxiliary();

    // Headlines say "US to send" for "the US will send" and "they would send".
    [GeneratedRegex(@"\b(?:will|would|shall)\s+(?:also\s+|soon\s+)?(?=\p{L})", RegexOptions.IgnoreCase)]
    private static partial Regex FutureAuxiliary();

    // Complementizers left at the start once the reporting frame is gone: "(said) that ...", "(повідомив), що ...".
    [GeneratedRegex(@"^(?:that|що|что|як|как)\s+", RegexOptions.IgnoreCase)]
    private static partial Regex Complementizer();

    [GeneratedRegex(@"^(?:they|he|she|it|we)\s", RegexOptions.IgnoreCase)]
    private static partial Regex PronounStart();

    [GeneratedRegex(@"[“”""«»„]")]
    private static partial Regex QuoteMark();

    [GeneratedRegex(@"<[^<>]{1,200}>")]
    private static partial Regex Html();

    [GeneratedRegex(@"\s{2,}")]
    private static partial Regex Spaces();

    [GeneratedRegex(@"\s+([,.;:!?])")]
    private static partial Regex SpaceBeforePunct();

    [GeneratedRegex(@"(?:^|\s)(?:on|in|at|during|overnight|since|from|of|for|by|the|a|an|and|or|to|with|as|that|which|who|у|в|на|з|і|та|и)$", RegexOptions.IgnoreCase)]
    private static partial Regex DanglingEnd();

    [GeneratedRegex(@"^(?:on|in|at|during|overnight)\s*[,]?\s+", RegexOptions.IgnoreCase)]
    private static partial Regex DanglingStart();

    private static readonly string[] ClauseBreaks = [", ", "; ", " – ", " — ", " - ", ": "];

    /// <summary>A short title for an event of <paramref name="type"/> stated by <paramref name="sentence"/>.</summary>
    public string Title(string sentence, string? datePhrase, EventType? type)
    {
        var t = Clean(sentence);
        if (datePhrase is { Length: > 2 } && t.IndexOf(datePhrase, StringComparison.Ordinal) is >= 0 and var di)
        {
            if (NounPhraseBefore(t[..di], t[(di + datePhrase.Length)..], type) is { } named) return Capitalised(named);
            // The phrase may be found without its preposition ("April 4, 1949" in "founded on April 4, 1949"): take that too.
            var len = datePhrase.Length;
            if (PrepositionBefore().Match(t[..di]) is { Success: true } prep)
            {
                di -= prep.Length;
                len += prep.Length;
            }
            t = t.Remove(di, len);
            // A date with its year after a comma takes a comma after the year too, and leaves it behind: "founded on April 4,
            // 1949, in Washington". Any other comma there closes a clause: "ministers, who will meet on Thursday, are pushing".
            var after = t.AsSpan(di).TrimStart();
            if (after.StartsWith(",") && datePhrase.Contains(',') && !t.AsSpan(0, di).TrimEnd().EndsWith(","))
                t = t[..di] + after[1..].ToString();
        }
        t = Tidy(t);
        var clause = Tidy(EventClause(t, type));
        if (FrameWords.In(clause) && LeadingFrame().Match(clause) is { Success: true } frame && clause.Length - frame.Length > 15 && HasTrigger(clause[frame.Length..], type))
        {
            var rest = clause[frame.Length..];
            // "X announced they would provide ...": the pronoun stands for the frame's subject.
            // "X has also said it is ...": the frame's auxiliaries belong to "said", not to the clause the subject joins.
            var subject = FrameAuxiliary().Replace(frame.Groups["subject"].Value.Trim(), "");
            clause = PronounStart().IsMatch(rest) && subject.Length is > 1 and < 70 && char.IsUpper(subject[0])
                ? subject + " " + rest[(rest.IndexOf(' ') + 1)..]
                : rest;
        }
        clause = Complementizer().Replace(clause, "");
        clause = TrailingFrame().Replace(clause, "");
        clause = FutureAuxiliary().Replace(clause, "to ");
        clause = Auxiliary().Replace(clause, "");
        clause = Tidy(Connective().Replace(Tidy(clause), ""));
        clause = DanglingStart().Replace(clause, "");
        if (clause.Length > MaxLength) clause = Cut(clause, type);
        clause = TrimEnds(clause);
        if (clause.Length < 8) clause = TrimEnds(Cut(t, type));
        if (clause.Length == 0) clause = sentence.Length > MaxLength ? sentence[..(MaxLength - 1)] + "…" : sentence;
        return Capitalised(clause);
    }

    /// <summary>One or two clean sentences of Markdown: no HTML, no dateline, no leading connective, balanced quotes.</summary>
    public static string Summary(string sentence, int maxLength = 400)
    {
        var t = WithoutHtmlAndDateline(sentence);
        t = Tidy(Connective().Replace(Tidy(t), ""));
        t = BalanceQuotes(t);
        if (t.Length == 0) return sentence.Trim();
        if (t.Length > maxLength)
        {
            var cut = t.LastIndexOf(' ', maxLength - 1);
            t = BalanceQuotes(t[..(cut > 40 ? cut : maxLength - 1)].TrimEnd(',', ';', ':', ' ')) + "…";
        }
        else if (!".!?…".Contains(t[^1]) && !(t.Length > 1 && t[^1] is '"' or '”' or '»' && ".!?".Contains(t[^2]))) t += ".";
        // Markdown: a leading '#', '>' or '-' would turn the summary into a heading, quote or list.
        t = t.TrimStart('#', '>', '-', '*', ' ');
        return t.Length == 0 ? sentence.Trim() : Capitalised(t);
    }

    private static string Capitalised(string t) => char.ToUpperInvariant(t[0]) + t[1..];

    private static string Clean(string sentence)
    {
        var t = WithoutHtmlAndDateline(sentence);
        // Quoted words ("irreversible", "air shield") belong to the headline; the marks do not.
        return t.Replace('’', '\'');
    }

    private static string WithoutHtmlAndDateline(string sentence)
    {
        // Tags need a '<' and datelines a dash; most sentences have neither, and then need no regex pass.
        var t = sentence.Contains('<') ? Html().Replace(sentence, " ") : sentence;
        return t.AsSpan().IndexOfAny('–', '—', '-') >= 0 ? Dateline().Replace(t, "") : t;
    }

    /// <summary>The clause holding the event's trigger; before it only its subject is kept.</summary>
    private string EventClause(string t, EventType? type)
    {
        var at = TriggerAt(t, type);
        if (at < 0) return t;
        // Start: the last clause break before the trigger, unless that leaves no subject (then the sentence start).
        var start = 0;
        foreach (var b in ClauseBreaks)
        {
            var i = t.LastIndexOf(b, at, StringComparison.Ordinal);
            if (i >= 0 && i + b.Length > start && at - (i + b.Length) >= 3) start = i + b.Length;
        }
        // "The US, Germany, Romania and Italy announced": the commas list the subject, they do not end a clause.
        if (IsEnumeration(t[..at])) start = 0;
        var before = t[start..at];
        // "..., who will meet on Thursday" or an aside that leaves only the verb: take the subject from the sentence start.
        if (before.Trim().Length < 3 || IsRelativeStart(before))
        {
            var firstBreak = FirstBreak(t, 0);
            start = 0;
            if (firstBreak > 0 && firstBreak < at)
            {
                var subject = t[..firstBreak];
                var rest = t[at..];
                var end0 = FirstBreak(rest, 1);
                return subject + " " + (end0 > 0 ? rest[..end0] : rest);
            }
        }
        var end = FirstBreak(t, at);
        if (end > at && ResumedAfterAside(t, end) is { } resumed) return t[start..end] + " " + resumed;
        return end > at ? t[start..end] : t[start..];
    }

    /// <summary>Words that go on with the verb's clause after a short aside ("asked G7 leaders, by video link, for air defence").</summary>
    private static readonly string[] Continuations = ["for", "to", "with", "against", "from"];

    /// <summary>
    /// "asked G7 leaders, by video link, for air defence systems": what was asked follows a short aside between commas; the
    /// clause goes on after it, to its own next break.
    /// </summary>
    private static string? ResumedAfterAside(string t, int end)
    {
        if (!t.AsSpan(end).StartsWith(", ")) return null;
        var close = t.IndexOf(", ", end + 2, StringComparison.Ordinal);
        if (close < 0 || close - end > 30) return null;
        var after = t[(close + 2)..];
        var first = after.Split(' ', 2)[0];
        if (!Continuations.Contains(first, StringComparer.Ordinal)) return null;
        var next = FirstBreak(after, 1);
        return (next > 0 ? after[..next] : after).TrimEnd('.', '!', '?');
    }

    private static bool IsEnumeration(string head)
    {
        if (!head.Contains(", ", StringComparison.Ordinal)) return false;
        var items = head.Split(", ");
        if (items.Length < 2) return false;
        for (var i = 0; i < items.Length - 1; i++)
            if (items[i].AsSpan().Count(' ') > 3) return false;
        var last = items[^1];
        return last.Contains(" and ", StringComparison.Ordinal) || last.Contains(" та ", StringComparison.Ordinal)
               || last.Contains(" і ", StringComparison.Ordinal) || last.Contains(" и ", StringComparison.Ordinal);
    }

    private static bool IsRelativeStart(string before)
    {
        var b = before.TrimStart();
        return b.StartsWith("who ", StringComparison.OrdinalIgnoreCase) || b.StartsWith("which ", StringComparison.OrdinalIgnoreCase)
               || b.StartsWith("that ", StringComparison.OrdinalIgnoreCase);
    }

    private static int FirstBreak(string t, int from)
    {
        var end = -1;
        foreach (var b in ClauseBreaks)
        {
            var i = t.IndexOf(b, from, StringComparison.Ordinal);
            if (i > from && (end < 0 || i < end)) end = i;
        }
        return end;
    }

    [GeneratedRegex(@"\b(?:after|following|since|before|of|amid|during|despite|from)\s+(?:the|a|an|this|that|last|its|their|\p{L}+'s)\s+(?<np>\p{L}[\p{L}-]*(?:\s+\p{L}[\p{L}-]*){1,3})\s+$", RegexOptions.IgnoreCase)]
    private static partial Regex DeterminedNounPhrase();

    /// <summary>
    /// "after the bridge explosion last Saturday", "since the start of the Russian offensive on February 24": a date phrase
    /// right after a noun phrase that a preposition governs dates what the noun names; when that noun is a trigger of the
    /// event's type, the noun phrase is the headline, not the clause around it. A subject ("a drone strike on Thursday
    /// hit ...") keeps its clause.
    /// </summary>
    private string? NounPhraseBefore(string before, string after, EventType? type)
    {
        if (triggers is null || type is null || PrepositionBefore().IsMatch(before)) return null;
        // The noun phrase ends its clause: "decided on Thursday to buy ..." is a verb with its object still to come.
        var rest = after.TrimStart();
        if (rest.Length > 0 && !",.;:!?".Contains(rest[0]) && !rest.StartsWith("and ", StringComparison.Ordinal)) return null;
        if (DeterminedNounPhrase().Match(before) is not { Success: true } m) return null;
        var np = m.Groups["np"].Value;
        if (np.EndsWith("ed", StringComparison.OrdinalIgnoreCase)) return null;
        var hits = triggers.Find(np, Tokens.Of(np));
        foreach (var h in hits)
            if (h.Type == type && h.End == np.Length) return np;
        return null;
    }

    private bool HasTrigger(string t, EventType? type) => triggers is null || TriggerAt(t, type) >= 0;

    /// <summary>Start of the first trigger of the event's type (any non-statement trigger when the type is unknown).</summary>
    private int TriggerAt(string t, EventType? type)
    {
        if (triggers is null) return -1;
        var hits = triggers.Find(t, Tokens.Of(t));
        foreach (var h in hits) if (type is null ? h.Type != EventType.Statement : h.Type == type) return h.Start;
        foreach (var h in hits) if (h.Type != EventType.Statement) return h.Start;
        return -1;
    }

    private string Cut(string t, EventType? type)
    {
        if (t.Length <= MaxLength) return t;
        var at = Math.Max(0, TriggerAt(t, type));
        // Keep the trigger; cut at the last word boundary that fits, dropping what dangles.
        var limit = Math.Max(MaxLength - 1, Math.Min(at + 30, MaxLength - 1));
        limit = Math.Min(limit, MaxLength - 1);
        var space = t.LastIndexOf(' ', limit);
        var cut = TrimEnds(t[..(space > 20 ? space : limit)]);
        return cut;
    }

    private static string TrimEnds(string t)
    {
        var prev = "";
        while (prev != t)
        {
            prev = t;
            t = t.Trim().Trim(',', ';', ':', '.', '!', '?', '–', '—', '-', '(', ')', '"', '“', '”', '«', '»', '\'').Trim();
            t = DanglingEnd().Replace(t, "");
        }
        var marks = 0;
        foreach (var c in t) if (c is '“' or '”' or '"' or '«' or '»' or '„') marks++;
        return marks % 2 == 1 ? QuoteMark().Replace(t, "") : t;
    }

    private static string Tidy(string t)
    {
        // Runs several times per title and mostly has nothing to replace: looking first spares two regex passes.
        bool runs = false, beforePunct = false;
        for (var i = 0; i + 1 < t.Length; i++)
        {
            if (!char.IsWhiteSpace(t[i])) continue;
            if (char.IsWhiteSpace(t[i + 1])) runs = true;
            else if (t[i + 1] is ',' or '.' or ';' or ':' or '!' or '?') beforePunct = true;
        }
        if (runs) t = Spaces().Replace(t, " ");
        if (beforePunct) t = SpaceBeforePunct().Replace(t, "$1");
        return t.Trim().Trim(',', ';', ':', ' ');
    }

    /// <summary>Drops quote marks that have no partner, so a cut or a quote opening mid-sentence leaves none dangling.</summary>
    private static string BalanceQuotes(string t)
    {
        int curlyOpen = 0, curlyClose = 0, straight = 0;
        foreach (var c in t)
        {
            if (c is '“' or '«') curlyOpen++;
            else if (c is '”' or '»') curlyClose++;
            else if (c == '"') straight++;
        }
        if (curlyOpen == curlyClose && straight % 2 == 0) return t;
        var sb = new StringBuilder(t.Length);
        foreach (var c in t)
            if (!(c is '“' or '”' or '«' or '»' && curlyOpen != curlyClose) && !(c == '"' && straight % 2 == 1)) sb.Append(c);
        return Spaces().Replace(sb.ToString(), " ").Trim();
    }
}
