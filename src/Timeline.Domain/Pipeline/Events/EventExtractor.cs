using Timeline.Domain.Knowledge;
using Timeline.Domain.Model;
using Timeline.Domain.Pipeline.Dating;
using Timeline.Domain.Pipeline.Entities;
using Timeline.Domain.Pipeline.Sentences;
using Timeline.Domain.Pipeline.Temporal;
using Timeline.Domain.Text;

namespace Timeline.Domain.Pipeline.Events;

public interface IEventExtractor
{
    IReadOnlyList<EventCandidate> Extract(AnalysedDocument doc);
}

/// <summary>
/// Finds an article's air-defence events in two passes, as an editor reads a report:
/// <list type="number">
/// <item>the <b>lead event</b>: the first sentences of the report (page furniture skipped) say what the report is about.
/// The first of them with an event verb that is about air defence, or announces aid whose air-defence systems the next
/// sentences name, is the report's event, dated by its own date phrase or else by the publication date (approximate);</item>
/// <item><b>dated events</b>: any other sentence about air defence with an event verb and a date phrase that dates it (not
/// a bound such as "since 2022", not a plan after the publication date).</item>
/// </list>
/// Then the article's candidates are consolidated: an undated lead joins a dated event of the same systems (the stated
/// date wins), and candidates of one day and the same systems are one event.
/// </summary>
public sealed partial class EventExtractor(KnowledgeBase knowledge, IEntityRecogniser entities, ITemporalResolver resolver) : IEventExtractor
{
    /// <summary>How many report sentences (after furniture) make the lead.</summary>
    private const int LeadSentences = 4;
    /// <summary>How far after an aid announcement the systems it contains are looked for.</summary>
    private const int ContentSentences = 3;

    private static readonly EventType[] Preference =
        [EventType.Decision, EventType.Delivery, EventType.Pledge, EventType.Request, EventType.Meeting, EventType.Attack, EventType.Statement, EventType.Other];

    public IReadOnlyList<EventCandidate> Extract(AnalysedDocument doc)
    {
        var reading = new Reading(doc, knowledge, entities);
        var pub = doc.Article.Published;
        DateOnly? anchor = pub is { Date: { } d, Precision: DatePrecision.Day } && (pub.Source == PublicationDateSource.Given || pub.Confidence >= PublicationDateInferrer.AnchorConfidence) ? d : null;
        var drafts = new List<Draft>();
        IReadOnlyList<string> lead = [];

        // 1. The lead.
        var seen = 0;
        for (var si = 0; si < doc.Sentences.Count && seen < LeadSentences; si++)
        {
            if (reading.Furniture[si]) continue;
            seen++;
            var s = reading.At(si);
            // A report is not about the attacks its lead mentions as the reason ("seeks help against attacks from air").
            if (s.Trigger is null || (s.Type == EventType.Attack && !reading.IsInterception(s.Trigger))) continue;
            // "“We will meet on Thursday and agree ...,” the minister said": words about the future are not the report's news.
            if (s.Type == EventType.Statement && reading.SpeaksOfFuture(si) && !reading.QuotesNews(si)) continue;
            var systems = s.Systems;
            if (!s.AboutAirDefence && s.Type is not (EventType.Pledge or EventType.Delivery or EventType.Decision)) continue;
            // "plans to provide Ukraine with antiaircraft missiles", "a further package of military aid": the next sentences
            // or the headline say which systems.
            if (systems.Count == 0) systems = reading.SystemsAfter(si, ContentSentences);
            if (systems.Count == 0) systems = reading.TitleSystems;
            if (!s.AboutAirDefence && systems.Count == 0) continue;
            lead = systems;
            var dates = DatesOf(reading, s, anchor, pub).ToList();
            foreach (var dated in dates)
                drafts.Add(new Draft(si, dated.Date, false, TypeNear(reading, s, dated.Expression), systems, s.Set.Actors, dated.Explanation, dated.Expression) { Location = s.Set.Location });
            if (dates.Count == 0 && PublicationDay(pub) is { } day)
                drafts.Add(new Draft(si, day, true, s.Type, systems, s.Set.Actors, PublicationExplanation(pub, s.Trigger.Phrase), null) { Location = s.Set.Location });
            break;
        }

        // 2. Dated events anywhere in the report.
        for (var si = 0; si < doc.Sentences.Count; si++)
        {
            if (reading.Furniture[si] || !reading.HasDatePhrase(si) || drafts.Exists(x => x.Sources.Any(y => y.Sentence == si))) continue;
            var s = reading.At(si);
            if (s.Trigger is null) continue;
            // Direct speech about what will be done ("“We will meet on Thursday and agree ...,” the minister said").
            if (s.TriggerQuoted && TemporalResolver.IsFuture(reading.Text, s.Sentence.Start, s.Trigger.Start)) continue;
            var systems = s.Systems;
            // Quoted words about strikes ("as we see Russia's missile strikes") are a speaker's view, not a report of one.
            if (s.Type == EventType.Attack && s.TriggerQuoted) continue;
            if (s.Type == EventType.Attack && !s.AboutAirDefence)
            {
                // A strike on a day ("Thursday night, a Russian drone strike hit Kharkiv") is what air defence is for.
                foreach (var dated in DatesOf(reading, s, anchor, pub))
                    // The war's first day is the background of every report ("until Russia began its offensive last Thursday").
                    if (dated.Date.Precision == DatePrecision.Day && !knowledge.Eras.Any(era => era.Start == dated.Date.Start))
                        drafts.Add(new Draft(si, dated.Date, false, EventType.Attack, [], s.Set.Actors, dated.Explanation, dated.Expression) { Location = s.Set.Location });
                continue;
            }
            var inherited = false;
            if (s.AboutAirDefence && systems.Count == 0 && reading.RefersBack(si))
            {
                // "The minister announced the arrival on Tuesday evening": the arrival of what the report is about.
                var previous = reading.Previous(si);
                systems = previous is { Systems.Count: > 0 } ? previous.Systems : lead;
            }
            else if (!s.AboutAirDefence)
            {
                // "Lithuania and Kongsberg signed the corresponding contract yesterday": a sentence that continues one about
                // a system, or refers back to the report's subject, is about its systems. Statements need their own words.
                if (s.Type is not (EventType.Decision or EventType.Delivery or EventType.Pledge or EventType.Meeting)) continue;
                var previous = reading.Previous(si);
                systems = previous is { AboutAirDefence: true, Systems.Count: > 0 } ? previous.Systems : reading.RefersBack(si) ? lead : [];
                // ... but not what someone says they would do ("Germany said on Wednesday it would fund the purchase").
                inherited = systems.Count > 0 && !reading.IsModal(si);
            }
            foreach (var dated in DatesOf(reading, s, anchor, pub))
            {
                // Otherwise only an institution's decision or meeting on a stated day is news of its own, without a system
                // ("On Wednesday, NATO foreign ministers agreed to prepare an aid package").
                var type = TypeNear(reading, s, dated.Expression);
                if (!s.AboutAirDefence && !inherited
                    && (dated.Date.Precision != DatePrecision.Day || type is not (EventType.Decision or EventType.Meeting) || !s.Set.Actors.Any(reading.IsOrganisation))) continue;
                // A wish is not news: "We look forward to IRIS-T," he wrote on Monday.
                if (type == EventType.Statement && reading.SpeaksOfFuture(si) && !reading.QuotesNews(si)) continue;
                drafts.Add(new Draft(si, dated.Date, false, type, systems, s.Set.Actors, dated.Explanation, dated.Expression) { Location = s.Set.Location });
            }
        }

        // 3. Developments the report gives as news without a date: "A first IRIS-T system has arrived in Ukraine".
        if (PublicationDay(pub) is { } today)
            for (var si = 0; si < doc.Sentences.Count; si++)
            {
                if (reading.Furniture[si] || reading.HasDatePhrase(si) || !reading.NamesSystemOrOrganisation(si)
                    || drafts.Exists(x => x.Sources.Any(y => y.Sentence == si))) continue;
                var s = reading.At(si);
                if (s.Trigger is null || s.Type is EventType.Statement or EventType.Attack) continue;
                // "..., he said before the meeting of the contact group": a meeting the report has under way.
                if (s.Type == EventType.Meeting && reading.IsMeetingUnderWay(s.Trigger) && s.Set.Actors.Any(reading.IsOrganisation))
                {
                    drafts.Add(new Draft(si, today, true, EventType.Meeting, [], s.Set.Actors, PublicationExplanation(pub, s.Trigger.Phrase), null) { Location = s.Set.Location });
                    continue;
                }
                if (reading.Systems(si).Count == 0 || !reading.IsDevelopment(si)) continue;
                drafts.Add(new Draft(si, today, true, s.Type, reading.Systems(si), s.Set.Actors, PublicationExplanation(pub, s.Trigger.Phrase), null) { Location = s.Set.Location });
            }

        return Consolidate(drafts).SelectMany((x, group) => ToCandidates(doc, x, group)).ToList();
    }

    /// <summary>
    /// The date phrases of the sentence that date events: resolvable, not a bound, not after the publication. One per day:
    /// "stopped a missile on Thursday night, the air force said on Saturday" is two events, the nearest to the main verb first.
    /// </summary>
    private IEnumerable<ResolvedDate> DatesOf(Reading reading, SentenceReading s, DateOnly? anchor, PublicationDate pub)
    {
        var found = new List<(ResolvedDate Date, int Distance)>();
        DateOnly? today = pub is { Date: { } p, Precision: DatePrecision.Day } ? p : null;
        // A publication date known to the month still gives the year of "May 4" and "in November".
        DateOnly? monthEnd = pub is { Date: { } m, Precision: DatePrecision.Month } ? LastDay(m, DatePrecision.Month) : null;
        var phrases = reading.DatePhrases(s.Index);
        // "“Today we signed ...,” he said on Tuesday": a quote's today is the day it was said.
        DateOnly? spoken = null;
        foreach (var e in phrases)
            if (!reading.IsQuoted(e.Start) && e.Kind is TemporalKind.Weekday or TemporalKind.DayMonth or TemporalKind.FullDate
                && resolver.Resolve(e, e.IsRelative ? anchor : today, false) is { Date.Precision: DatePrecision.Day } said)
            {
                spoken = said.Date.Start;
                break;
            }
        for (var i = 0; i < phrases.Count; i++)
        {
            var e = phrases[i];
            if (e.Kind is TemporalKind.Year or TemporalKind.RelativeYear) continue;
            // "yesterday, on June 27": a relative phrase and the explicit one beside it name one day; the explicit one dates it.
            if (e.IsRelative && i + 1 < phrases.Count && IsApposition(reading.Text, e.End, phrases[i + 1].Start)) continue;
            // "Kyiv, 30 December 2023 (TDI): ..." is when the report was filed, not when its event happened.
            if (IsBound(reading.Text, s.Sentence.Start, e.Start) || PublicationDateInferrer.IsDateline(reading.Text, e)) continue;
            // A date inside a quote dates what the quote says, not the reporting verb outside it.
            if (!s.TriggerQuoted && reading.IsQuoted(e.Start)) continue;
            var future = TemporalResolver.IsFuture(reading.Text, s.Sentence.Start, e.Start);
            // A day and month, or a month, needs only the year: a publication date too weak to anchor "on Friday" gives it.
            var reference = !e.IsRelative ? today : anchor ?? (e.Kind is TemporalKind.DayMonth or TemporalKind.Month ? today ?? monthEnd : null);
            if (spoken is not null && e.Kind == TemporalKind.RelativeDay && reading.IsQuoted(e.Start)) reference = spoken;
            var resolved = resolver.Resolve(e, reference, future);
            if (resolved is null || resolved.Date.Precision is DatePrecision.Year) continue;
            // A plan is not an event yet, except a meeting set for a day of the coming week ("ministers, who will meet on
            // Thursday, ...").
            if (pub.Date is { } pd && resolved.Date.Start > LastDay(pd, pub.Precision)
                && !(resolved.Date.Precision == DatePrecision.Day && resolved.Date.Start <= pd.AddDays(7) && TypeNear(reading, s, e) == EventType.Meeting)) continue;
            if (found.Exists(f => f.Date.Date.Start == resolved.Date.Start && f.Date.Date.Precision == resolved.Date.Precision)) continue;
            found.Add((resolved, Math.Abs(e.Start - s.Trigger!.Start)));
        }
        return found.OrderBy(f => f.Distance).Select(f => f.Date);
    }

    private static bool IsApposition(string text, int end, int nextStart)
    {
        if (nextStart - end > 6) return false;
        var between = text.AsSpan(end, nextStart - end).Trim();
        return between is "," or ", on" or "—" or "-" or "(" || between.StartsWith(", on", StringComparison.Ordinal);
    }

    /// <summary>The type of the event a date phrase dates: the kind of the trigger nearest to it, when the sentence has several.</summary>
    private static EventType TypeNear(Reading reading, SentenceReading s, TemporalExpression? e)
    {
        if (e is null || s.Triggers.Count < 2 || s.Type == EventType.Statement) return s.Type;
        var nearest = s.Triggers.MinBy(t => Math.Abs(t.Start - e.Start))!;
        // "X will deliver IRIS-T, the minister said on Monday": what was said is the event, dated by the saying.
        if (nearest.Type == EventType.Statement) return s.Type;
        return nearest.Type == EventType.Attack && s.Type != EventType.Attack && !reading.IsInterception(nearest) ? s.Type : nearest.Type;
    }

    private static DateOnly LastDay(DateOnly d, DatePrecision precision) => precision switch
    {
        DatePrecision.Month => new DateOnly(d.Year, d.Month, DateTime.DaysInMonth(d.Year, d.Month)),
        DatePrecision.Year => new DateOnly(d.Year, 12, 31),
        _ => d,
    };

    /// <summary>"since February", "until 2027", "ab 2027": the phrase bounds a period rather than dating an event.</summary>
    private bool IsBound(string text, int sentenceStart, int exprStart)
    {
        var i = exprStart - 1;
        while (i >= sentenceStart && char.IsWhiteSpace(text[i])) i--;
        var end = i + 1;
        while (i >= sentenceStart && Tokens.IsWordChar(text[i])) i--;
        return end > i + 1 && knowledge.DateBoundWords.Contains(text[(i + 1)..end]);
    }

    private static EventDate? PublicationDay(PublicationDate pub) => pub switch
    {
        { Date: { } d, Precision: DatePrecision.Day } => new EventDate(d, null, DatePrecision.Day, true),
        { Date: { } d, Precision: DatePrecision.Month } => new EventDate(new DateOnly(d.Year, d.Month, 1), null, DatePrecision.Month, true),
        _ => null,
    };

    private static string PublicationExplanation(PublicationDate pub, string phrase) =>
        $"'{phrase}' (no date phrase) → {pub.Date!.Value.ToString(pub.Precision == DatePrecision.Month ? "yyyy-MM" : "yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture)}: the publication date, approximate";

    /// <summary>
    /// Candidates of one article that are one event: an undated lead and a dated candidate of the same systems (the stated
    /// date wins); candidates of one date and the same systems, or both without systems but with a common actor.
    /// </summary>
    private static List<Draft> Consolidate(List<Draft> drafts)
    {
        var result = new List<Draft>();
        foreach (var d in drafts.Where(x => !x.Approximate).OrderBy(x => x.Sentence))
        {
            // In one report, one day's air-defence news without a system is one story (the coalition, its signing).
            var i = result.FindIndex(r => r.Date.Start == d.Date.Start && r.Date.Precision == d.Date.Precision
                && (SameContent(r, d) || (r.Systems.Count == 0 && d.Systems.Count == 0 && (r.Type == EventType.Attack) == (d.Type == EventType.Attack))));
            if (i >= 0) result[i] = result[i].Absorb(d);
            else result.Add(d);
        }
        foreach (var lead in drafts.Where(x => x.Approximate).OrderBy(x => x.Sentence))
        {
            var same = result.FindIndex(r => r.Approximate && r.Systems.SequenceEqual(lead.Systems) && (r.Systems.Count > 0 || r.Type == lead.Type));
            if (same >= 0) { result[same] = result[same].Absorb(lead); continue; }
            // The lead's stated date is in another sentence when it is near the publication ("On Friday, Japan amended ...");
            // a date months before it is background, and the lead is news of its own.
            var i = result.FindIndex(r => SameContent(r, lead) && r.Systems.Count > 0 && Near(r.Date, lead.Date)
                // a meeting that discusses deliveries is not the delivery the lead reports
                && (r.Type == EventType.Meeting) == (lead.Type == EventType.Meeting));
            if (i >= 0) result[i] = result[i].Absorb(lead);
            else result.Add(lead);
        }
        return result;
    }

    private static bool Near(EventDate stated, EventDate publication) =>
        stated.Start <= publication.LastDay && stated.Start >= publication.Start.AddDays(-7);

    private static bool SameContent(Draft a, Draft b) =>
        a.Systems.Count > 0 || b.Systems.Count > 0
            ? a.Systems.Intersect(b.Systems).Any()
            : a.Actors.Intersect(b.Actors).Any();

    /// <summary>One candidate per sentence of the event, all in one group: the merger keeps them one event.</summary>
    private static IEnumerable<EventCandidate> ToCandidates(AnalysedDocument doc, Draft d, int group)
    {
        var text = doc.Article.Text;
        var published = doc.Article.Published.Confidence;
        foreach (var (si, explanation, e) in d.Sources)
        {
            var s = doc.Sentences[si];
            var confidence = d.Approximate ? 0.3 + 0.3 * published : e is { IsRelative: true } ? Math.Min(0.9, 0.4 + 0.5 * published) : 0.9;
            yield return new EventCandidate(d.Date, d.Type, Math.Round(confidence, 2), d.Actors, d.Systems, d.Location,
                new Evidence(doc.Article.ContentHash, s.Start, s.End, text[s.Start..s.End], explanation),
                e?.Start ?? s.Start, e?.End ?? s.Start, group);
        }
    }

    /// <summary>A sentence that reports an event, with how it dates it.</summary>
    private sealed record Source(int Sentence, string Explanation, TemporalExpression? Expression);

    private sealed record Draft(IReadOnlyList<Source> Sources, EventDate Date, bool Approximate, EventType Type, IReadOnlyList<string> Systems,
        IReadOnlyList<string> Actors)
    {
        public Draft(int sentence, EventDate date, bool approximate, EventType type, IReadOnlyList<string> systems, IReadOnlyList<string> actors,
            string explanation, TemporalExpression? expression)
            : this([new Source(sentence, explanation, expression)], date, approximate, type, systems, actors) { }

        public int Sentence => Sources[0].Sentence;

        public string? Location { get; init; }

        public Draft Absorb(Draft other) => this with
        {
            Sources = [.. Sources, .. other.Sources.Where(o => !Sources.Any(x => x.Sentence == o.Sentence))],
            Systems = Systems.Union(other.Systems).ToList(),
            Actors = Actors.Union(other.Actors).ToList(),
            Location = Location ?? other.Location,
            Type = Array.IndexOf(Preference, other.Type) < Array.IndexOf(Preference, Type) && Approximate ? other.Type : Type,
        };
    }

    // News told without a date: a perfect or a progressive, but not a wish ("is expecting") or a plan ("is set to").
    [System.Text.RegularExpressions.GeneratedRegex(@"\b(?:has|have)\s+(?:also\s+|now\s+|already\s+|just\s+|finally\s+|reportedly\s+|officially\s+)?(?:been\s+)?\p{L}+(?:ed|en|t)\b|\b(?:has|have)\s+(?:also\s+)?(?:arrived|sent|begun|made|taken|given|won|brought|bought|sold)\b|\b(?:is|are)\s+(?:also\s+|now\s+|reportedly\s+)?(?!expected|likely|set|going|due|expecting|hoping|waiting|counting)\p{L}+ing\b", System.Text.RegularExpressions.RegexOptions.IgnoreCase)]
    private static partial System.Text.RegularExpressions.Regex DevelopmentPattern();

    /// <summary>What one sentence says: names, air-defence systems and terms, and its main event verb.</summary>
    private sealed record SentenceReading(int Index, Sentence Sentence, EntitySet Set, IReadOnlyList<string> Systems, bool AboutAirDefence,
        TriggerHit? Trigger, EventType Type, IReadOnlyList<TriggerHit> Triggers, bool TriggerQuoted);

    /// <summary>One article as the extractor reads it, sentence readings made once and on demand.</summary>
    private sealed class Reading
    {
        private readonly AnalysedDocument _doc;
        private readonly KnowledgeBase _knowledge;
        private readonly IEntityRecogniser _entities;
        private readonly SentenceReading?[] _readings;
        private readonly List<TemporalExpression>?[] _dates;
        private readonly string _masked;
        private readonly bool[] _unquoted;

        public string Text { get; }
        public bool[] Furniture { get; }

        public Reading(AnalysedDocument doc, KnowledgeBase knowledge, IEntityRecogniser entities)
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

        public bool RefersBack(int si) => _knowledge.ReferenceWords.Find(Text, Tokens.Of(Text, _doc.Sentences[si].Start, _doc.Sentences[si].End)).Count > 0;

        private static readonly string[] Modals = ["would", "could", "might", "may", "würde", "könnte"];

        public bool IsModal(int si)
        {
            foreach (var t in Tokens.Of(_masked, _doc.Sentences[si].Start, _doc.Sentences[si].End))
                foreach (var m in Modals)
                    if (t.In(_masked).Equals(m, StringComparison.OrdinalIgnoreCase)) return true;
            return false;
        }

        public bool IsOrganisation(string actor) => _knowledge.Find(actor)?.Kind is EntityKind.Organisation;

        /// <summary>Whether a quote in the sentence tells of something done ("“Today we signed an agreement ...,” he said").</summary>
        public bool QuotesNews(int si)
        {
            var s = _doc.Sentences[si];
            foreach (var t in _knowledge.TriggerMatcher.Find(Text, Tokens.Of(Text, s.Start, s.End)))
                if (_doc.Quoted[t.Start] && t.Type is not (EventType.Statement or EventType.Attack) && !TemporalResolver.IsFuture(Text, s.Start, t.Start))
                    return true;
            return false;
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
            return DevelopmentPattern().IsMatch(span);
        }

        public IReadOnlyList<TemporalExpression> DatePhrases(int si) => _dates[si] ?? [];

        public SentenceReading At(int si) => _readings[si] ??= Read(si);

        /// <summary>The report sentence before this one, when it is in the same paragraph.</summary>
        public SentenceReading? Previous(int si)
        {
            for (var k = si - 1; k >= 0; k--)
            {
                if (Furniture[k]) continue;
                var between = Text.AsSpan(_doc.Sentences[k].End, _doc.Sentences[si].Start - _doc.Sentences[k].End);
                return between.Contains("\n\n", StringComparison.Ordinal) ? null : At(k);
            }
            return null;
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
        public IReadOnlyList<string> SystemsAfter(int si, int count)
        {
            var systems = new List<string>();
            for (var k = si + 1; k < _doc.Sentences.Count && k <= si + count; k++)
                if (!Furniture[k])
                    foreach (var sys in At(k).Systems) if (!systems.Contains(sys)) systems.Add(sys);
            return systems;
        }

        private SentenceReading Read(int si)
        {
            var s = _doc.Sentences[si];
            // Most sentences quote nothing: then one tokenising and one reading of names serve both views.
            var quotes = Array.IndexOf(_doc.Quoted, true, s.Start, s.Length) >= 0;
            var set = _entities.Resolve(Text, _doc.Mentions, s.Start, s.End, _doc.Quoted);
            // Systems named in a quote are still what the sentence is about; the actors are the ones outside it.
            var named = quotes ? _entities.Resolve(Text, _doc.Mentions, s.Start, s.End, _unquoted).Systems : set.Systems;
            var systems = named.Where(_knowledge.IsAirDefence).ToList();
            // Quoted words still say what the sentence is about (“hundreds of missiles for air defense”); what happened is
            // read outside quotes, unless the whole sentence is a quote.
            var plain = Tokens.Of(Text, s.Start, s.End);
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
            var (trigger, type, affirmed) = MainTrigger(hits, source, masked);
            return new SentenceReading(si, s, set with { Systems = systems }, systems, about, trigger, type, affirmed, quotedTrigger);
        }

        /// <summary>
        /// The verb that says what happened: a main-clause verb before one in a subordinate clause ("has arrived after
        /// Germany decided"), then the most specific kind. A negated main verb leaves a statement when someone reports it
        /// ("said Greece does not intend to hand over": a refusal) and nothing otherwise ("the allies did not agree").
        /// </summary>
        private static (TriggerHit?, EventType, List<TriggerHit>) MainTrigger(List<TriggerHit> hits, string source, List<Token> tokens)
        {
            TriggerHit? best = null, statement = null;
            var bestRank = int.MaxValue;
            var bestNegated = false;
            var affirmed = new List<TriggerHit>(hits.Count);
            foreach (var t in hits)
            {
                var negated = IsNegated(source, tokens, t);
                if (!negated) affirmed.Add(t);
                if (t.Type == EventType.Statement && !negated) statement ??= t;
                var rank = (IsSubordinate(source, tokens, t) ? Preference.Length : 0) + Array.IndexOf(Preference, t.Type);
                if (rank < bestRank) { best = t; bestRank = rank; bestNegated = negated; }
            }
            if (best is null) return (null, EventType.Other, affirmed);
            if (bestNegated) return statement is null ? (null, EventType.Other, affirmed) : (statement, EventType.Statement, affirmed);
            return (best, best.Type, affirmed);
        }

        private static readonly HashSet<string> Subordinators = new(StringComparer.OrdinalIgnoreCase)
        { "after", "before", "because", "since", "following", "against", "while", "when", "although", "if", "unless", "whether", "nachdem", "weil", "після", "после", "because of" };

        /// <summary>A subordinating word among the few words before the verb, in the same clause (no comma between).</summary>
        private static bool IsSubordinate(string source, List<Token> tokens, TriggerHit t)
        {
            for (var k = t.TokenIndex - 1; k >= 0 && k >= t.TokenIndex - 4; k--)
            {
                if (source.AsSpan(tokens[k].End, tokens[k + 1].Start - tokens[k].End).Contains(',')) return false;
                if (Subordinators.Contains(tokens[k].In(source).ToString())) return true;
            }
            return false;
        }

        private static bool IsNegated(string source, List<Token> tokens, TriggerHit t)
        {
            for (var k = Math.Max(0, t.TokenIndex - 3); k < t.TokenIndex; k++)
            {
                var w = tokens[k].In(source);
                if (w.Equals("not", StringComparison.OrdinalIgnoreCase) || w.Equals("no", StringComparison.OrdinalIgnoreCase)
                    || w.Equals("never", StringComparison.OrdinalIgnoreCase) || w.EndsWith("n't", StringComparison.OrdinalIgnoreCase)
                    || w.Equals("не", StringComparison.OrdinalIgnoreCase) || w.Equals("nicht", StringComparison.OrdinalIgnoreCase)
                    || w.Equals("kein", StringComparison.OrdinalIgnoreCase))
                    return true;
            }
            return false;
        }
    }
}
