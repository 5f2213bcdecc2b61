using Timeline.Domain.Knowledge;
using Timeline.Domain.Languages;
using Timeline.Domain.Model;
using Timeline.Domain.Pipeline.Entities;
using Timeline.Domain.Pipeline.Sentences;
using Timeline.Domain.Pipeline.Temporal;
using Timeline.Domain.Text;

namespace Timeline.Domain.Pipeline.Events;

/// <summary>What one sentence says: names, air-defence systems and terms, and its main event verb.</summary>
/// <param name="Refusal">The main verb is negated and no one is said to report it ("Germany may not pass the ammunition on"):
/// a refusal, an event only where the next sentence says who made it known and when.</param>
internal sealed record SentenceReading(int Index, Sentence Sentence, EntitySet Set, IReadOnlyList<string> Systems, bool AboutAirDefence,
    TriggerHit? Trigger, EventType Type, IReadOnlyList<TriggerHit> Triggers, bool TriggerQuoted, TriggerHit? Refusal = null);

/// <summary>One article as the extractor reads it, sentence readings made once and on demand.</summary>
internal sealed partial class ArticleReading
{
    /// <summary>The kinds of event from the most specific; a sentence's main verb is the first kind it names.</summary>
    internal static readonly EventType[] Preference =
        [EventType.Decision, EventType.Delivery, EventType.Pledge, EventType.Request, EventType.Meeting, EventType.Attack, EventType.Statement, EventType.Other];

    // News told without a date: a perfect or a progressive, but not a wish ("is expecting") or a plan ("is set to").
    [System.Text.RegularExpressions.GeneratedRegex(@"\b(?:has|have)\s+(?:also\s+|now\s+|already\s+|just\s+|finally\s+|reportedly\s+|officially\s+)?(?:been\s+)?\p{L}+(?:ed|en|t)\b|\b(?:has|have)\s+(?:also\s+)?(?:arrived|sent|begun|made|taken|given|won|brought|bought|sold)\b|\b(?:is|are)\s+(?:also\s+|now\s+|reportedly\s+)?(?!expected|likely|set|going|due|expecting|hoping|waiting|counting)\p{L}+ing\b", System.Text.RegularExpressions.RegexOptions.IgnoreCase)]
    private static partial System.Text.RegularExpressions.Regex DevelopmentPattern();


    private readonly AnalysedDocument _doc;
    private readonly KnowledgeBase _knowledge;
    private readonly IEntityRecogniser _entities;
    private readonly SentenceReading?[] _readings;
    private readonly List<TemporalExpression>?[] _dates;
    private readonly string _masked;
    private readonly bool[] _unquoted;

    public string Text { get; }
    public bool[] Furniture { get; }

    [ThreadStatic] private static ArticleReading? _last;

    /// <summary>
    /// The reading of an article, reused when the same thread read the same text last: an undated article is read to date
    /// it and then to extract its events. A reading does not depend on the publication date.
    /// </summary>
    public static ArticleReading For(AnalysedDocument doc, KnowledgeBase knowledge, IEntityRecogniser entities)
    {
        if (_last is { } last && ReferenceEquals(last.Text, doc.Article.Text) && ReferenceEquals(last._knowledge, knowledge)
            && ReferenceEquals(last._entities, entities) && ReferenceEquals(last._doc.Sentences, doc.Sentences))
            return last;
        return _last = new ArticleReading(doc, knowledge, entities);
    }

    public ArticleReading(AnalysedDocument doc, KnowledgeBase knowledge, IEntityRecogniser entities)
    {
        _doc = doc; _knowledge = knowledge; _entities = entities;
        Text = doc.Article.Text;
        _masked = string.Create(Text.Length, (Text, doc.Quoted), static (chars, st) =>
        {
            for (var i = 0; i < chars.Length; i++) chars[i] = st.Quoted[i] ? ' ' : st.Text[i];
        });
        Furniture = PageFurniture.Of(Text, doc.Sentences, knowledge);
        _unquoted = new bool[doc.Quoted.Length];
        _readings = new SentenceReading?[doc.Sentences.Count];
        _dates = new List<TemporalExpression>?[doc.Sentences.Count];
        foreach (var e in doc.Temporal)
        {
            var si = doc.SentenceAt(e.Start);
            if (si >= 0) (_dates[si] ??= []).Add(e);
        }
    }

    /// <summary>Air-defence systems the headline names.</summary>
    public IReadOnlyList<string> TitleSystems => _titleSystems ??= _knowledge.Gazetteer.Find(_doc.Article.Title)
        .SelectMany(m => m.Entities).Where(e => e.Kind == EntityKind.System && _knowledge.IsAirDefence(e.Name)).Select(e => e.Name).Distinct().ToList();

    private IReadOnlyList<string>? _titleSystems;

    public bool HasDatePhrase(int si) => _dates[si] is not null;

    /// <summary>The day of the live-blog heading above the sentence (<see cref="EntryDays"/>); null outside a live blog.</summary>
    public DateOnly? EntryDay(int si) => (_entryDays ??= EntryDays.Of(_doc, this))[si];

    private DateOnly?[]? _entryDays;

    /// <summary>A cheap look at the names found in the sentence, before reading it: most sentences name neither.</summary>
    public bool NamesSystemOrOrganisation(int si)
    {
        var s = _doc.Sentences[si];
        var mentions = _doc.Mentions;
        int lo = 0, hi = mentions.Count;
        while (lo < hi)
        {
            var mid = (lo + hi) / 2;
            if (mentions[mid].Start < s.Start) lo = mid + 1; else hi = mid;
        }
        for (var i = lo; i < mentions.Count && mentions[i].Start < s.End; i++)
            foreach (var e in mentions[i].Entities)
                if (e.Kind is EntityKind.System or EntityKind.Organisation) return true;
        return false;
    }

    public bool IsQuoted(int offset) => _doc.Quoted[offset];

    /// <summary>Who and what a part of a sentence names (outside quotes), its systems only the air-defence ones.</summary>
    public EntitySet NamedIn(int start, int end)
    {
        var set = _entities.Resolve(Text, _doc.Mentions, start, end, _doc.Quoted);
        return set with { Systems = [.. set.Systems.Where(_knowledge.IsAirDefence)] };
    }

    /// <summary>Where the sentence names a meeting told before ("Biden used the visit to announce ..."); empty when it does not.</summary>
    public IReadOnlyList<TriggerHit> MeetingReferences(int si) => _knowledge.MeetingReferences.Find(Text, Tokens.Of(Text, _doc.Sentences[si].Start, _doc.Sentences[si].End));

    /// <summary>The report sentence before, across a paragraph break (furniture skipped); null at the start.</summary>
    public int? PreviousReport(int si)
    {
        for (var k = si - 1; k >= 0; k--)
            if (!Furniture[k]) return k;
        return null;
    }

    public bool RefersBack(int si) => _knowledge.ReferenceWords.Find(Text, Tokens.Of(Text, _doc.Sentences[si].Start, _doc.Sentences[si].End)).Count > 0;

    /// <summary>
    /// The sentence opens by referring back ("Das gab der Minister am Dienstagabend bekannt", "Об этом сообщил ..."): it
    /// tells who made the previous sentence's news known, and when, even where its verb is split or not in the vocabulary.
    /// </summary>
    public TriggerHit? OpeningReference(int si)
    {
        var tokens = Tokens.Of(Text, _doc.Sentences[si].Start, _doc.Sentences[si].End);
        return tokens.Count > 0 ? _knowledge.ReferenceWords.Find(Text, tokens).Find(h => h.TokenIndex == 0) : null;
    }

    /// <summary>The language words below: modals, negators, reporting verbs and the like, of every language shipped.</summary>
    private static Lexicon Words => Lexicon.Default;

    // Asked of one sentence by several rules: read once.
    private bool?[]? _modal;

    public bool IsModal(int si) => (_modal ??= new bool?[_doc.Sentences.Count])[si] ??= ReadModal(si);

    private bool ReadModal(int si)
    {
        var dates = DatePhrases(si);
        foreach (var t in Tokens.Of(_masked, _doc.Sentences[si].Start, _doc.Sentences[si].End))
            // "on Tuesday, May 16": the month is no "may".
            if (Words.Modals.Contains(t.In(_masked)) && !dates.Any(d => t.Start >= d.Start && t.Start < d.End)) return true;
        return false;
    }

    /// <summary>
    /// "Раніше Україна вже отримала ...", "Earlier, Germany had sent ...", "Until now Germany has delivered ...": the sentence
    /// tells the background, or what was done up to now, not the news. A word or a two-word phrase among its first words.
    /// </summary>
    public bool TellsBackground(int si)
    {
        var n = 0;
        Token? previous = null;
        foreach (var t in Tokens.Of(Text, _doc.Sentences[si].Start, _doc.Sentences[si].End))
        {
            if (Words.BackgroundWords.Contains(t.In(Text))) return true;
            if (previous is { } p && t.Start - p.End == 1 && Words.BackgroundWords.Contains(Text.AsSpan(p.Start, t.End - p.Start))) return true;
            previous = t;
            if (++n == 3) break;
        }
        return false;
    }

    /// <summary>
    /// Whether a trigger stands in the phrase that opens the sentence with an occasion ("During Zelensky's visit to
    /// Washington on 21 December, the United States said ...").
    /// </summary>
    public bool InOccasionPhrase(SentenceReading s, TriggerHit t) => t.Start < Words.OccasionPhraseEnd(Text, s.Sentence.Start, s.Sentence.End);

    /// <summary>
    /// One of the sentence's event verbs is in the past tense ("dropped its refusal to send ... and promised", "передала"):
    /// the language files' <c>pastVerbs</c>.
    /// </summary>
    public bool ToldAsPast(SentenceReading s) =>
        s.Triggers.Any(t => Tokens.Of(Text, t.Start, t.End) is { Count: > 0 } words && Words.PastVerbs.Contains(words[^1].In(Text)));

    public bool IsOrganisation(string actor) => _knowledge.Find(actor)?.Kind is EntityKind.Organisation;

    /// <summary>Whether a quote in the sentence tells of something done ("“Today we signed an agreement ...,” he said").</summary>
    public bool QuotesNews(int si)
    {
        var s = _doc.Sentences[si];
        foreach (var t in _knowledge.TriggerMatcher.Find(Text, Tokens.Of(Text, s.Start, s.End)))
            if (_doc.Quoted[t.Start] && t.Type is not (EventType.Statement or EventType.Attack or EventType.Other) && !TemporalResolver.IsFuture(Text, s.Start, t.Start))
                return true;
        return false;
    }

    /// <summary>
    /// "Trudeau informed Biden on Tuesday that Ottawa will be purchasing a NASAMS for Ukraine": a statement, outside quotes
    /// and without "would", whose that-clause commits to giving or buying a named system is the pledge it announces.
    /// </summary>
    public bool AnnouncesPledge(SentenceReading s) =>
        s.Type == EventType.Statement && s.Trigger is { } said && !s.TriggerQuoted && s.Systems.Count > 0 && !IsModal(s.Index)
        // Moscow's words on Western aid ("Peskov said Patriots sent to Ukraine will be targets") pledge nothing.
        && !s.Set.Actors.Any(_knowledge.IsRussian)
        // A verb of the that-clause, not a noun ("said the decision to supply Patriots is a provocation").
        && s.Triggers.Any(t => t.Type is EventType.Pledge or EventType.Decision && t.Start > said.End && !_doc.Quoted[t.Start] && !AfterDeterminer(t.Start));

    private static readonly HashSet<string> Determiners = new(StringComparer.OrdinalIgnoreCase)
    { "the", "a", "an", "this", "that", "its", "their", "der", "die", "das", "den", "dem", "eine", "einen" };

    private bool AfterDeterminer(int at)
    {
        var i = at - 1;
        while (i >= 0 && char.IsWhiteSpace(Text[i])) i--;
        var end = i + 1;
        while (i >= 0 && char.IsLetter(Text[i])) i--;
        return end > i + 1 && Determiners.Contains(Text[(i + 1)..end]);
    }

    public bool SpeaksOfFuture(int si) => TemporalResolver.MentionsFuture(Text.AsSpan(_doc.Sentences[si].Start, _doc.Sentences[si].Length));

    /// <summary>Air-defence systems the sentence itself names (the reading's systems may come from its neighbours).</summary>
    public IReadOnlyList<string> Systems(int si) => At(si).Systems;

    /// <summary>
    /// News told without a date: a perfect or a progressive outside quotes ("has arrived", "is looking to expedite"),
    /// or, in Cyrillic text, any sentence with a system and an event verb (their tenses are read by the trigger list).
    /// </summary>
    public bool IsDevelopment(int si)
    {
        var s = _doc.Sentences[si];
        var span = _masked.AsSpan(s.Start, s.Length);
        foreach (var c in span) if (c is >= '\u0400' and <= '\u04FF') return true;
        foreach (var m in DevelopmentPattern().EnumerateMatches(span))
            if (!InRelativeClause(span[..m.Index])) return true;
        return false;
    }

    // "the systems that Paris has already sent": a relative pronoun after a noun, within a few words before the verb.
    [System.Text.RegularExpressions.GeneratedRegex(@"\b(?<before>\p{L}+)\s+(?:that|which|who)\s+(?:\p{L}+\s+){0,3}$", System.Text.RegularExpressions.RegexOptions.IgnoreCase)]
    private static partial System.Text.RegularExpressions.Regex RelativePronounBefore();

    /// <summary>
    /// Whether what follows describes a noun ("the systems that Paris has already sent") rather than reports
    /// ("said that Germany has sent"): the news of the sentence is elsewhere.
    /// </summary>
    private static bool InRelativeClause(ReadOnlySpan<char> before)
    {
        var tail = before.Length > 80 ? before[^80..] : before;
        foreach (var m in RelativePronounBefore().EnumerateMatches(tail))
        {
            var word = tail.Slice(m.Index, m.Length);
            var space = word.IndexOfAny(' ', '\t', '\n');
            return space > 0 && !Words.ReportingVerbs.Contains(word[..space]);
        }
        return false;
    }

    public IReadOnlyList<TemporalExpression> DatePhrases(int si) => _dates[si] ?? [];

    /// <summary>Content words two sentences share.</summary>
    public int SharedWords(int a, int b)
    {
        var sa = _doc.Sentences[a];
        var sb = _doc.Sentences[b];
        var words = ContentWords.SetOf(Text, sa.Start, sa.End);
        words.IntersectWith(ContentWords.SetOf(Text, sb.Start, sb.End));
        return words.Count;
    }

    public SentenceReading At(int si) => _readings[si] ??= Read(si);

    /// <summary>The report sentence before this one, when it is in the same paragraph.</summary>
    public SentenceReading? Previous(int si)
    {
        if (PreviousReport(si) is not { } k) return null;
        var between = Text.AsSpan(_doc.Sentences[k].End, _doc.Sentences[si].Start - _doc.Sentences[k].End);
        return between.Contains("\n\n", StringComparison.Ordinal) ? null : At(k);
    }

    private static readonly string[] UnderWay = ["before", "at", "ahead", "upon", "on", "during"];

    /// <summary>"before the meeting of ...", "on the sidelines of ...": a meeting as the occasion of what is said.</summary>
    public bool IsMeetingUnderWay(TriggerHit t)
    {
        var first = t.Phrase.AsSpan();
        var space = first.IndexOf(' ');
        return space > 0 && UnderWay.Contains(first[..space].ToString());
    }

    public bool IsInterception(TriggerHit t) => t.Type == EventType.Attack && _knowledge.AirDefenceTerms.Find(Text, Tokens.Of(Text, t.Start, t.End)).Count > 0;

    /// <summary>Air-defence systems named in the next few report sentences ("... are part of the package").</summary>
    /// <summary>
    /// What an aid package the sentence announces contains, as the next few sentences that speak of the package list it
    /// ("Besides the four Avengers, the package contains Stinger missiles, missiles for the Hawk ...").
    /// </summary>
    public IReadOnlyList<string> PackageContents(int si, int count)
    {
        if (!SpeaksOfPackage(si)) return [];
        var systems = new List<string>();
        for (var k = si + 1; k < _doc.Sentences.Count && k <= si + count; k++)
        {
            if (Furniture[k] || !SpeaksOfPackage(k)) continue;
            foreach (var sys in At(k).Systems) if (!systems.Contains(sys)) systems.Add(sys);
        }
        return systems;
    }

    /// <summary>The systems of the next report sentence when it speaks of a package or what something includes; else none.</summary>
    public IReadOnlyList<string> ContentsInNext(int si)
    {
        var k = si + 1;
        while (k < _doc.Sentences.Count && Furniture[k]) k++;
        return k < _doc.Sentences.Count && SpeaksOfPackage(k) ? At(k).Systems : [];
    }

    /// <summary>"package", "includes", "Paket", "пакет": the sentence speaks of an aid package or what something contains.</summary>
    private bool SpeaksOfPackage(int si)
    {
        var s = _doc.Sentences[si];
        return _knowledge.PackageWords.Find(Text, Tokens.Of(Text, s.Start, s.End)).Count > 0;
    }

    public IReadOnlyList<string> SystemsAfter(int si, int count)
    {
        var systems = new List<string>();
        for (var k = si + 1; k < _doc.Sentences.Count && k <= si + count; k++)
            if (!Furniture[k])
                foreach (var sys in At(k).Systems) if (!systems.Contains(sys)) systems.Add(sys);
        return systems;
    }

    /// <summary>A unit word not made another kind of unit by the word before it ("rocket launchers").</summary>
    private bool NamesUnit(List<Token> tokens) => _knowledge.UnitWords.Find(Text, tokens)
        .Exists(h => h.TokenIndex == 0 || !_knowledge.OtherUnitKinds.Contains(tokens[h.TokenIndex - 1].In(Text).ToString()));

    private SentenceReading Read(int si)
    {
        var s = _doc.Sentences[si];
        // Most sentences quote nothing: then one tokenising and one reading of names serve both views.
        var quotes = Array.IndexOf(_doc.Quoted, true, s.Start, s.Length) >= 0;
        var set = _entities.Resolve(Text, _doc.Mentions, s.Start, s.End, _doc.Quoted);
        // Systems named in a quote are still what the sentence is about; the actors are the ones outside it.
        var named = quotes ? _entities.Resolve(Text, _doc.Mentions, s.Start, s.End, _unquoted).Systems : set.Systems;
        var systems = named.Where(_knowledge.IsAirDefence).ToList();
        var plain = Tokens.Of(Text, s.Start, s.End);
        // "The first battery reached Ukraine" after a sentence on IRIS-T, or "Germany said it would send a battery" in a report
        // headlined on Patriots: a unit of the one system the paragraph, else the report, is about.
        if (named.Count == 0 && NamesUnit(plain)
            && (Previous(si) is { } before ? before.Systems : []) is var around
            && (around.Count > 0 ? around : TitleSystems) is [var only])
            systems = [only];
        // Quoted words still say what the sentence is about (“hundreds of missiles for air defense”); what happened is
        // read outside quotes, unless the whole sentence is a quote.
        var about = systems.Count > 0 || _knowledge.AirDefenceTerms.Find(Text, plain).Count > 0;
        var masked = quotes ? Tokens.Of(_masked, s.Start, s.End) : plain;
        var hits = _knowledge.TriggerMatcher.Find(quotes ? _masked : Text, masked);
        var source = quotes ? _masked : Text;
        var quotedTrigger = false;
        if (hits.Count == 0 && quotes)
        {
            hits = _knowledge.TriggerMatcher.Find(Text, plain);
            (source, masked, quotedTrigger) = (Text, plain, true);
        }
        var (trigger, type, affirmed, refusal) = MainTrigger(hits, source, masked, DatePhrases(si));
        return new SentenceReading(si, s, set with { Systems = systems }, systems, about, trigger, type, affirmed, quotedTrigger, refusal);
    }

    /// <summary>
    /// The verb that says what happened: a main-clause verb before one in a subordinate clause ("has arrived after
    /// Germany decided"), then the most specific kind. A negated main verb leaves a statement when someone reports it
    /// ("said Greece does not intend to hand over": a refusal) and nothing otherwise ("the allies did not agree"). A side
    /// act as the first main verb (the knowledge file's <c>Other</c> triggers: "Kyiv summoned the US envoy to discuss the
    /// pause") makes the sentence about that act: no event.
    /// </summary>
    private static (TriggerHit?, EventType, List<TriggerHit>, TriggerHit?) MainTrigger(List<TriggerHit> hits, string source, List<Token> tokens,
        IReadOnlyList<TemporalExpression> dates)
    {
        TriggerHit? best = null, statement = null;
        var bestRank = int.MaxValue;
        var bestNegated = false;
        var affirmed = new List<TriggerHit>(hits.Count);
        foreach (var t in hits)
        {
            if (IsSubordinate(source, tokens, t) || IsSubjectNoun(source, tokens, t) || IsComplement(source, tokens, t, hits)) continue;
            if (t.Type == EventType.Other && !IsNegated(source, tokens, t, dates)) return (null, EventType.Other, hits.FindAll(h => h.Type != EventType.Other), null);
            break;
        }
        foreach (var t in hits)
        {
            if (t.Type == EventType.Other) continue;
            var negated = IsNegated(source, tokens, t, dates);
            if (!negated) affirmed.Add(t);
            if (t.Type == EventType.Statement && !negated) statement ??= t;
            // A complement ranks below the verb it completes, even where that verb is in a subordinate clause itself.
            var rank = (IsSubordinate(source, tokens, t) || IsSubjectNoun(source, tokens, t) ? Preference.Length : 0)
                + (IsComplement(source, tokens, t, hits) ? 2 * Preference.Length : 0) + Array.IndexOf(Preference, t.Type);
            if (rank < bestRank) { best = t; bestRank = rank; bestNegated = negated; }
        }
        if (best is null) return (null, EventType.Other, affirmed, null);
        if (bestNegated) return statement is null ? (null, EventType.Other, affirmed, best) : (statement, EventType.Statement, affirmed, null);
        return (best, best.Type, affirmed, null);
    }

    /// <summary>A subordinating word among the few words before the verb, in the same clause (no comma between).</summary>
    private static bool IsSubordinate(string source, List<Token> tokens, TriggerHit t)
    {
        for (var k = t.TokenIndex - 1; k >= 0 && k >= t.TokenIndex - 4; k--)
        {
            if (source.AsSpan(tokens[k].End, tokens[k + 1].Start - tokens[k].End).Contains(',')) return false;
            if (Words.Subordinators.Contains(tokens[k].In(source))) return true;
        }
        return false;
    }

    /// <summary>
    /// "allies have asked Bucharest to give up one of its Patriots", "called on G7 leaders to help": a verb after an
    /// infinitive marker, with a request or decision verb before it, is what was asked or agreed, not the main verb.
    /// </summary>
    private static bool IsComplement(string source, List<Token> tokens, TriggerHit t, List<TriggerHit> hits) =>
        t.TokenIndex > 0 && Words.InfinitiveMarkers.Contains(tokens[t.TokenIndex - 1].In(source))
        && hits.Any(h => h.TokenIndex < t.TokenIndex && h.Type is EventType.Request or EventType.Decision);

    /// <summary>
    /// "said that the delivery would not help": a noun with a determiner that is the subject of a clause refers to
    /// something known; it is not what the sentence reports ("confirmed the arrival of ..." is).
    /// </summary>
    private static bool IsSubjectNoun(string source, List<Token> tokens, TriggerHit t)
    {
        var after = t.TokenIndex + t.TokenCount;
        return t.TokenIndex > 0 && after < tokens.Count
            && Words.Determiners.Contains(tokens[t.TokenIndex - 1].In(source))
            && Words.Auxiliaries.Contains(tokens[after].In(source));
    }

    /// <summary>
    /// A negator among the words before the verb in its clause: close by ("will not send") or further back where the verb
    /// comes last ("darf ... weiterhin nicht an die Ukraine weitergeben"); a comma, a dash or "and" ends the search.
    /// </summary>
    private static bool IsNegated(string source, List<Token> tokens, TriggerHit t, IReadOnlyList<TemporalExpression> dates)
    {
        if (HappenedAtLast(source, tokens, t, dates)) return false;
        for (var k = t.TokenIndex - 1; k >= 0 && k >= t.TokenIndex - NegationReach; k--)
        {
            if (Words.Negators.Contains(tokens[k].In(source))) return true;
            if (Words.Coordinators.Contains(tokens[k].In(source))) return false;
            var between = source.AsSpan(tokens[k].End, tokens[k + 1].Start - tokens[k].End);
            if (k < t.TokenIndex - 1 && between.IndexOfAny(",;–—") >= 0) return false;
        }
        return false;
    }

    /// <summary>
    /// "did not cross the border until 25 July": an "until" and a date after the verb, in its clause, tell when it happened
    /// ("will not send Taurus until the war ends" stays negated).
    /// </summary>
    private static bool HappenedAtLast(string source, List<Token> tokens, TriggerHit t, IReadOnlyList<TemporalExpression> dates)
    {
        for (var k = t.TokenIndex + t.TokenCount; k < tokens.Count; k++)
        {
            if (source.AsSpan(tokens[k - 1].End, tokens[k].Start - tokens[k - 1].End).IndexOfAny(Clauses.Boundaries) >= 0) return false;
            if (!Words.NotUntilWords.Contains(tokens[k].In(source))) continue;
            var next = k + 1 < tokens.Count ? tokens[k + 1].Start : tokens[k].End;
            return dates.Any(d => d.Start >= tokens[k].Start && d.Start <= next);
        }
        return false;
    }

    /// <summary>How many words back a negator still negates the verb, within its clause.</summary>
    private const int NegationReach = 6;
}
