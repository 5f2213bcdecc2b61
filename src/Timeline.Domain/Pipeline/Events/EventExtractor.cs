using Timeline.Domain.Knowledge;
using Timeline.Domain.Model;
using Timeline.Domain.Pipeline.Dating;
using Timeline.Domain.Pipeline.Entities;
using Timeline.Domain.Pipeline.Temporal;

namespace Timeline.Domain.Pipeline.Events;

public interface IEventExtractor
{
    IReadOnlyList<EventCandidate> Extract(AnalysedDocument doc);
}

/// <summary>
/// Finds an article's air-defence events as an editor reads a report (the README's "How events are found" has the rules):
/// <list type="number">
/// <item>the <b>lead event</b>: the first report sentences (page furniture skipped) say what the report is about. The first
/// of them with an event verb that is about air defence, or announces aid whose systems the next sentences or the headline
/// name, is the report's event, dated by its own date phrase or else by the publication date (approximate);</item>
/// <item><b>dated events</b>: any other sentence about air defence, or continuing one, with an event verb and a date phrase
/// that dates it (not a bound such as "since 2022", not a dateline, not a plan after the publication date);</item>
/// <item><b>undated developments</b>: "has arrived", "before the meeting of ...", dated by the publication.</item>
/// </list>
/// <see cref="ArticleReading"/> says what each sentence holds; <see cref="EventDrafts"/> makes one article's sentences of one
/// event one group for the merger.
/// </summary>
public sealed partial class EventExtractor(KnowledgeBase knowledge, IEntityRecogniser entities, ITemporalResolver resolver) : IEventExtractor
{
    /// <summary>How many report sentences (after furniture) make the lead.</summary>
    private const int LeadSentences = 4;
    /// <summary>How far after an aid announcement the systems it contains are looked for.</summary>
    private const int ContentSentences = 3;
    /// <summary>How far after an aid package the sentences that say what it contains are looked for.</summary>
    private const int PackageSentences = 5;

    public IReadOnlyList<EventCandidate> Extract(AnalysedDocument doc)
    {
        var reading = ArticleReading.For(doc, knowledge, entities);
        var pub = doc.Article.Published;
        DateOnly? anchor = pub is { Date: { } d, Precision: DatePrecision.Day } && (pub.Source == PublicationDateSource.Given || pub.Confidence >= PublicationDateInferrer.AnchorConfidence) ? d : null;
        var drafts = new List<EventDraft>();
        IReadOnlyList<string> lead = [];

        // 1. The lead.
        var seen = 0;
        for (var si = 0; si < doc.Sentences.Count && seen < LeadSentences; si++)
        {
            if (reading.Furniture[si]) continue;
            seen++;
            var s = reading.At(si);
            // "Deutschland darf die Munition nicht weitergeben. Das Departement bestätigte am Donnerstag, dass ...": a refusal,
            // news on the day the next sentence says it was made known.
            if (s.Trigger is null && s.Refusal is { } refusal && s.AboutAirDefence && s.Systems.Count > 0
                && ReportedIn(reading, si, anchor, pub, EventType.Statement) is { } refused)
            {
                var (k, dated) = refused;
                drafts.Add(ReportedDraft(si, k, dated, EventType.Statement, s.Systems, [.. s.Set.Actors.Union(reading.At(k).Set.Actors)], s.Set.Location));
                break;
            }
            // A report is not about the attacks its lead mentions as the reason ("seeks help against attacks from air").
            if (s.Trigger is null || (s.Type == EventType.Attack && !reading.IsInterception(s.Trigger))) continue;
            // "“We will meet on Thursday and agree ...,” the minister said": words about the future are not the report's news,
            // unless they commit to giving ("informed Biden that Ottawa will be purchasing a NASAMS for Ukraine").
            if (reading.AnnouncesPledge(s)) s = s with { Type = EventType.Pledge };
            if (s.Type == EventType.Statement && reading.SpeaksOfFuture(si) && !reading.QuotesNews(si)) continue;
            // Nor is an opinion of what might be ("Helsinki might one day look at NASAMS"), as in a dated sentence below.
            if (s.Type == EventType.Statement && reading.IsModal(si)) continue;
            // "Until now Germany has delivered ...": what was done up to now is not the report's news.
            if (reading.TellsBackground(si) && !reading.HasDatePhrase(si)) continue;
            var systems = s.Systems;
            var contents = reading.PackageContents(si, PackageSentences);
            // "Defence chiefs from 40 countries met on Tuesday and agreed to meet monthly": what a meeting agreed about
            // itself is the meeting, not a decision on the systems later sentences name.
            if (!s.AboutAirDefence && s.Type == EventType.Decision && !reading.IsModal(si)
                && s.Triggers.FirstOrDefault(t => t.Type == EventType.Meeting) is { } met && met.Start < s.Trigger!.Start
                && contents.Count == 0 && reading.SystemsAfter(si, 1).Count == 0)
            {
                s = s with { Type = EventType.Meeting };
                lead = [];
                foreach (var dated in DatesOf(reading, s, anchor, pub))
                    drafts.Add(new EventDraft(si, dated.Date, false, EventType.Meeting, [], s.Set.Actors, dated.Explanation, dated.Expression) { Location = s.Set.Location });
                break;
            }
            if (!s.AboutAirDefence && s.Type is not (EventType.Pledge or EventType.Delivery or EventType.Decision)) continue;
            // "plans to provide Ukraine with antiaircraft missiles", "a further package of military aid": the next sentences
            // or the headline say which systems.
            if (contents.Count > 0) systems = [.. systems.Union(contents)];
            if (systems.Count == 0) systems = reading.SystemsAfter(si, ContentSentences);
            if (systems.Count == 0) systems = reading.TitleSystems;
            if (!s.AboutAirDefence && systems.Count == 0) continue;
            lead = systems;
            var dates = DatesOf(reading, s, anchor, pub).ToList();
            // The attacks happened some days before the day the sentence names ("on Friday, two days after jets shot down
            // drones"): neither that day nor the report's is theirs.
            if (dates.Count == 0 && s.Type == EventType.Attack && reading.DatePhrases(si).Any(e => AttackClauses.OnlyInClauseAfter(reading, s, e))) continue;
            foreach (var dated in dates)
            {
                var type = dated.Shifted ? s.Type : TypeNear(reading, s, dated.Expression);
                var other = type == EventType.Attack && s.Type != EventType.Attack;
                drafts.Add(new EventDraft(si, dated.Date, false, type, other ? [] : systems, other ? Countries(s.Set.Actors) : s.Set.Actors, dated.Explanation, dated.Expression) { Location = s.Set.Location });
            }
            CoordinatedClauses.Separate(reading, s, drafts, drafts.Count - dates.Count);
            if (dates.Count == 0 && ReportedIn(reading, si, anchor, pub) is { } reported)
            {
                // "Germany will deliver a third Patriot. The ministry announced this on Saturday.": the lead's day is the report's.
                var (k, dated) = reported;
                drafts.Add(ReportedDraft(si, k, dated, s.Type, systems, s.Set.Actors, s.Set.Location));
                break;
            }
            if (dates.Count == 0 && UndatedDay(reading, si, pub) is { } day)
                drafts.Add(new EventDraft(si, day.Date, true, s.Type, systems, s.Set.Actors, day.Explanation, null) { Location = s.Set.Location });
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
                    if (dated.Date.Precision == DatePrecision.Day)
                        drafts.Add(new EventDraft(si, dated.Date, false, EventType.Attack, [], s.Set.Actors, dated.Explanation, dated.Expression) { Location = s.Set.Location });
                continue;
            }
            var inherited = false;
            if (s.AboutAirDefence && systems.Count == 0 && reading.RefersBack(si))
            {
                // "The minister announced the arrival on Tuesday evening": the arrival of what the report is about.
                var previous = reading.Previous(si);
                systems = previous is { Systems.Count: > 0 } ? previous.Systems : lead;
            }
            else if (s.AboutAirDefence && systems.Count == 0 && s.Type is EventType.Pledge or EventType.Delivery or EventType.Decision)
            {
                // "France would send radars, air defence systems and missiles within weeks. French media reported the package
                // would include Crotale.": the next sentence, speaking of the package, says which.
                systems = reading.ContentsInNext(si);
            }
            else if (!s.AboutAirDefence)
            {
                // "Lithuania and Kongsberg signed the corresponding contract yesterday": a sentence that continues one about
                // a system, or refers back to the report's subject, is about its systems. Statements need their own words.
                // A request too, when it names them ("asked Germany to hand the batteries to Ukraine instead").
                if (s.Type is not (EventType.Decision or EventType.Delivery or EventType.Pledge or EventType.Meeting)
                    && !(s.Type == EventType.Request && reading.RefersBack(si))) continue;
                var previous = reading.Previous(si);
                systems = previous is { AboutAirDefence: true, Systems.Count: > 0 } ? previous.Systems : reading.RefersBack(si) ? lead : [];
                // "On Monday the Netherlands became the first ally to fund a package, pledging €500 million. ... the money would
                // buy Patriot components": what the next sentences that speak of the package list, as for the lead.
                if (systems.Count == 0 && s.Type is not EventType.Meeting) systems = reading.PackageContents(si, PackageSentences);
                // ... but not what someone says they would do ("Germany said on Wednesday it would fund the purchase").
                inherited = systems.Count > 0 && !reading.IsModal(si);
                // "Austria and Switzerland want to join the European Sky Shield Initiative. The ministers signed the corresponding
                // declaration on Friday": a decision referring back to air defence without a system is its news all the same.
                inherited |= s.Type == EventType.Decision && previous is { AboutAirDefence: true } && reading.RefersBack(si) && !reading.IsModal(si);
            }
            var sentenceDrafts = drafts.Count;
            foreach (var dated in DatesOf(reading, s, anchor, pub))
            {
                // Otherwise only an institution's decision or meeting on a stated day is news of its own, without a system
                // ("On Wednesday, NATO foreign ministers agreed to prepare an aid package").
                var type = dated.Shifted ? s.Type : TypeNear(reading, s, dated.Expression);
                if (!s.AboutAirDefence && !inherited
                    && (dated.Date.Precision != DatePrecision.Day || type is not (EventType.Decision or EventType.Meeting) || !s.Set.Actors.Any(reading.IsOrganisation))) continue;
                if (type == EventType.Statement && reading.AnnouncesPledge(s)) type = EventType.Pledge;
                // A wish is not news: "We look forward to IRIS-T," he wrote on Monday.
                if (type == EventType.Statement && reading.SpeaksOfFuture(si) && !reading.QuotesNews(si)) continue;
                // Nor is an opinion: a statement that names no system ("more air defence, as quickly as possible," the
                // minister said) or says what would or could be ("the delivery would not help resolve the conflict").
                if (type == EventType.Statement && (systems.Count == 0 || reading.IsModal(si))) continue;
                // The attacks a dated clause of the sentence tells are neither its systems nor its speakers' acts.
                var other = type == EventType.Attack && s.Type != EventType.Attack;
                drafts.Add(new EventDraft(si, dated.Date, false, type, other ? [] : systems, other ? Countries(s.Set.Actors) : s.Set.Actors, dated.Explanation, dated.Expression) { Location = s.Set.Location });
            }
            CoordinatedClauses.Separate(reading, s, drafts, sentenceDrafts);
        }

        // 2b. What happened at a meeting the sentence before dated.
        AtMeetingBefore(reading, drafts, anchor, pub);

        // 2c. What the next sentence tells "a day later".
        AfterSentenceBefore(reading, drafts, lead, anchor, pub);

        // 3. Developments the report gives as news without a date: "A first IRIS-T system has arrived in Ukraine".
        for (var si = 0; si < doc.Sentences.Count; si++)
        {
            if (reading.Furniture[si] || reading.HasDatePhrase(si) || !reading.NamesSystemOrOrganisation(si)
                || drafts.Exists(x => x.Sources.Any(y => y.Sentence == si))) continue;
            var s = reading.At(si);
            // A plea told in the perfect ("has pleaded for seven Patriot systems") goes on; it is not the day's news.
            if (s.Trigger is null || s.Type is EventType.Statement or EventType.Attack or EventType.Request) continue;
            if (UndatedDay(reading, si, pub) is not { } today) continue;
            // "..., he said before the meeting of the contact group": a meeting the report has under way.
            if (s.Type == EventType.Meeting && reading.IsMeetingUnderWay(s.Trigger) && s.Set.Actors.Any(reading.IsOrganisation))
            {
                drafts.Add(new EventDraft(si, today.Date, true, EventType.Meeting, [], s.Set.Actors, today.Explanation, null) { Location = s.Set.Location });
                continue;
            }
            if (reading.Systems(si).Count == 0 || !reading.IsDevelopment(si) || reading.TellsBackground(si)) continue;
            // "... NASAMS, which the USA have promised, and they will arrive in the next weeks": an arrival to come is no news yet.
            if (s.Type == EventType.Delivery && TemporalResolver.IsFuture(reading.Text, s.Sentence.Start, s.Trigger.Start)) continue;
            drafts.Add(new EventDraft(si, today.Date, true, s.Type, reading.Systems(si), s.Set.Actors, today.Explanation, null) { Location = s.Set.Location });
        }

        // Who acts, for telling two countries' acts of one day apart.
        for (var i = 0; i < drafts.Count; i++)
            drafts[i] = drafts[i] with
            {
                Givers = [.. drafts[i].Actors.Where(a => a is not ("Ukraine" or "Russia") && knowledge.Find(a)?.Kind == EntityKind.Country)],
                Institutions = [.. drafts[i].Actors.Where(a => a is not ("Ukraine" or "Russia") && knowledge.Find(a)?.Kind is EntityKind.Country or EntityKind.Organisation)],
            };
        return EventDrafts.Consolidate(drafts).SelectMany((x, group) => EventDrafts.ToCandidates(doc, x, group)).ToList();
    }

    /// <summary>
    /// "Zelensky flew to Washington on Wednesday for talks with Biden. Biden used the visit to announce a Patriot battery.": an
    /// undated sentence naming the meeting the sentence before dated tells what was done at it, on the meeting's day rather than
    /// the publication's, and the meeting and that act are one event. Its verb is its own, not the meeting's noun: "The
    /// meeting also discussed the delivery of Patriot" is the meeting, with Patriot.
    /// </summary>
    private void AtMeetingBefore(ArticleReading reading, List<EventDraft> drafts, DateOnly? anchor, PublicationDate pub)
    {
        for (var si = 0; si < reading.Furniture.Length; si++)
        {
            if (reading.Furniture[si] || reading.HasDatePhrase(si)) continue;
            var own = drafts.FindIndex(x => x.Sources.Any(y => y.Sentence == si));
            if (own >= 0 && !drafts[own].Approximate) continue;
            // The cheap test first: the sentence before tells a meeting.
            if (reading.PreviousReport(si) is not { } k || reading.At(k) is not { Trigger: not null } before
                || !before.Triggers.Any(t => t.Type == EventType.Meeting)) continue;
            var s = reading.At(si);
            if (s.Systems.Count == 0 || s.TriggerQuoted || reading.IsModal(si) || reading.MeetingReferences(si) is not { Count: > 0 } named) continue;
            var verbs = s.Triggers.Where(t => !named.Any(n => t.Start < n.End && n.Start < t.End)).ToList();
            if (verbs.Count == 0) continue;
            var type = reading.AnnouncesPledge(s) ? EventType.Pledge : ArticleReading.Preference.First(p => verbs.Any(t => t.Type == p));
            // "The meeting also discussed the delivery of Patriot": the meeting still, now with its systems.
            if (type is EventType.Attack) continue;
            var verb = verbs.First(t => t.Type == type || type == EventType.Pledge);
            // A plan or a wish said at the meeting is not what was done at it.
            if (TemporalResolver.IsFuture(reading.Text, s.Sentence.Start, verb.Start) || type == EventType.Statement && reading.SpeaksOfFuture(si) && !reading.QuotesNews(si)) continue;
            if (DatesOf(reading, before, anchor, pub).FirstOrDefault(d => d.Date.Precision == DatePrecision.Day) is not { } day) continue;
            // Only this sentence's undated draft and the meeting's own give way: a coordinated clause of sentence k stays.
            drafts.RemoveAll(x => x.Sources.All(y => y.Sentence == si) || x.Type == EventType.Meeting && x.Sources.All(y => y.Sentence == k));
            drafts.Add(ReportedDraft(si, k, day, type, s.Systems, [.. s.Set.Actors.Union(before.Set.Actors)], s.Set.Location ?? before.Set.Location));
        }
    }

    /// <summary>
    /// "On Monday the Dutch government said it would provide ... A day later, Denmark, Norway and Sweden announced they would
    /// fund a package ...": a sentence opening with a "later" phrase of the language files tells its event that far after the
    /// day the sentence before was dated to (not the publication's day: that one may be a week later).
    /// </summary>
    private void AfterSentenceBefore(ArticleReading reading, List<EventDraft> drafts, IReadOnlyList<string> lead, DateOnly? anchor, PublicationDate pub)
    {
        for (var si = 0; si < reading.Furniture.Length; si++)
        {
            if (reading.Furniture[si] || reading.HasDatePhrase(si)) continue;
            var s = reading.At(si);
            if (s.Trigger is null || s.TriggerQuoted
                || DateOffsets.OpeningLater(reading.Text, s.Sentence.Start, s.Sentence.End, Languages.Lexicon.Default) is not { } later) continue;
            // Dated already (what was done at a meeting, a lead told by the next sentence): one event, one date.
            if (drafts.Exists(x => !x.Approximate && x.Sources.Any(y => y.Sentence == si))) continue;
            if (DateBefore(reading, si, drafts, anchor, pub, later.Kind == TemporalKind.RelativeMonth) is not { } before) continue;
            var type = reading.AnnouncesPledge(s) ? EventType.Pledge : s.Type;
            var systems = s.Systems;
            // "Later that month, the Netherlands said it would join the effort": the systems of the sentences it refers back to.
            if (systems.Count == 0 && reading.RefersBack(si)) systems = reading.PreviousReport(si) is { } k && reading.At(k).Systems is { Count: > 0 } told ? told : lead;
            if (systems.Count == 0 && s.AboutAirDefence && type is EventType.Pledge or EventType.Delivery or EventType.Decision) systems = reading.ContentsInNext(si);
            // The same tests as a dated sentence's: about air defence, no wish or opinion, a strike only as a strike.
            if (!s.AboutAirDefence && systems.Count == 0 && type != EventType.Attack) continue;
            if (type == EventType.Statement && (systems.Count == 0 || reading.IsModal(si) || reading.SpeaksOfFuture(si) && !reading.QuotesNews(si))) continue;
            var date = later.Kind == TemporalKind.RelativeMonth
                ? new EventDate(new DateOnly(before.Start.Year, before.Start.Month, 1).AddMonths(later.Offset), null, DatePrecision.Month, false)
                : new EventDate(before.Start.AddDays(later.Offset), null, DatePrecision.Day, false);
            if (pub.Date is { } pd && date.Start > LastDay(pd, pub.Precision)) continue;
            var explanation = string.Create(System.Globalization.CultureInfo.InvariantCulture, $"'{later.Text}' after the sentence before ({before.Start:yyyy-MM-dd}) → {date.ToIso()}");
            drafts.RemoveAll(x => x.Approximate && x.Sources.All(y => y.Sentence == si));
            drafts.Add(new EventDraft(si, date, false, type, type == EventType.Attack && !s.AboutAirDefence ? [] : systems, s.Set.Actors, explanation, later) { Location = s.Set.Location });
        }
    }

    /// <summary>
    /// The date of the nearest report sentence before that has one, among the few before ("On Monday the Dutch said ...
    /// Brekelmans hoped others would follow. A day later, ..."): its event's, or its own date phrase's. A day, or a month
    /// for "later that month"; null when the nearest dated sentence is coarser ("In April 2023 Sweden ... A day later").
    /// </summary>
    private EventDate? DateBefore(ArticleReading reading, int si, List<EventDraft> drafts, DateOnly? anchor, PublicationDate pub, bool monthWillDo)
    {
        bool Fits(EventDate d) => d.Precision == DatePrecision.Day || (monthWillDo && d.Precision == DatePrecision.Month);
        var k = si;
        for (var step = 0; step < LaterReach && reading.PreviousReport(k) is { } previous; step++)
        {
            k = previous;
            if (drafts.FirstOrDefault(x => !x.Approximate && x.Sources.Any(y => y.Sentence == k)) is { } dated) return Fits(dated.Date) ? dated.Date : null;
            if (!reading.HasDatePhrase(k)) continue;
            if (reading.At(k) is not { Trigger: not null } told || DatesOf(reading, told, anchor, pub).FirstOrDefault() is not { } own) return null;
            return Fits(own.Date) ? own.Date : null;
        }
        return null;
    }

    /// <summary>How many report sentences back "a day later" looks for the day it counts from.</summary>
    private const int LaterReach = 3;

    /// <summary>
    /// The date phrases of the sentence that date events: resolvable, not a bound, not after the publication. One per day:
    /// "stopped a missile on Thursday night, the air force said on Saturday" is two events, the nearest to the main verb first.
    /// </summary>
    private IEnumerable<ResolvedDate> DatesOf(ArticleReading reading, SentenceReading s, DateOnly? anchor, PublicationDate pub)
    {
        var found = new List<(ResolvedDate Date, int Distance)>();
        DateOnly? today = pub is { Date: { } p, Precision: DatePrecision.Day } ? p : null;
        // A publication date known to the month still gives the year of "May 4" and "in November".
        DateOnly? monthEnd = pub is { Date: { } m, Precision: DatePrecision.Month } ? LastDay(m, DatePrecision.Month) : null;
        // Without a publication date, the first year after what the text tells as past: "In summer 2023 ... In November".
        monthEnd ??= pub is { Date: null, NotBefore: { } after } ? after.AddYears(1).AddDays(-1) : null;
        // A live blog's entry counts its "on Wednesday" from its heading's day.
        if (reading.EntryDay(s.Index) is { } entry) (anchor, today) = (entry, entry);
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
            if (e.Kind is TemporalKind.Year or TemporalKind.RelativeYear || IsEraStart(reading, s, e)) continue;
            // "yesterday, on June 27": a relative phrase and the explicit one beside it name one day; the explicit one dates it.
            if (e.IsRelative && i + 1 < phrases.Count && IsApposition(reading.Text, e.End, phrases[i + 1].Start)) continue;
            // "Kyiv, 30 December 2023 (TDI): ..." is when the report was filed, not when its event happened.
            if (IsBound(reading.Text, s.Sentence.Start, e) || DatePlacement.IsDateline(reading.Text, e)) continue;
            if (SideClauseDates.Dates(reading, s, e, knowledge)) continue;
            // A date inside a quote dates what the quote says, not the reporting verb outside it.
            if (!s.TriggerQuoted && reading.IsQuoted(e.Start)) continue;
            // "NATO launched a mission on Friday, two days after allied jets shot down drones": not the day of the attacks.
            if (s.Type == EventType.Attack && (AttackClauses.OnlyInClauseAfter(reading, s, e) || AttackClauses.OnlyInClauseBefore(reading, s, e)
                || AttackClauses.DatedByOther(reading, s, e))) continue;
            var future = TemporalResolver.IsFuture(reading.Text, s.Sentence.Start, e.Start);
            // "... will be carried out in Tewksbury and has an estimated completion date of Nov. 28, 2025": without a
            // publication date to say whether that day is past, a date told as the future dates no event.
            if (pub.Date is null && (future || TemporalResolver.MentionsFuture(reading.Text.AsSpan(s.Sentence.Start, s.Sentence.Length)))) continue;
            // A day and month, or a month, needs only the year: a publication date too weak to anchor "on Friday" gives it.
            var reference = !e.IsRelative ? today : anchor ?? (e.Kind is TemporalKind.DayMonth or TemporalKind.Month ? today ?? monthEnd : null);
            if (spoken is not null && e.Kind == TemporalKind.RelativeDay && reading.IsQuoted(e.Start)) reference = spoken;
            var resolved = (future ? null : NarrativeYear.Resolve(reading, s, e, resolver, knowledge.Eras.Select(era => era.Start)))
                ?? resolver.Resolve(e, reference, future, reading.ToldAsPast(s));
            if (resolved is null || resolved.Date.Precision is DatePrecision.Year) continue;
            // "The attack came two days after ... on Saturday, Aug. 24": the sentence's event is two days later.
            if (DateOffsets.Shift(reading.Text, s.Sentence.Start, phrases, e, resolved, Languages.Lexicon.Default, s.Trigger?.Start) is not { } shifted) continue;
            resolved = shifted;
            // The war's first day is the background of every report ("since Moscow launched its invasion on Feb. 24"), not
            // the day of what the sentence tells.
            if (resolved.Date.Precision == DatePrecision.Day && knowledge.Eras.Any(era => era.Start == resolved.Date.Start)) continue;
            // A plan is not an event yet, except a meeting set for a day of the coming week ("ministers, who will meet on
            // Thursday, ...").
            if (pub.Date is { } pd && resolved.Date.Start > LastDay(pd, pub.Precision)
                && !(resolved.Date.Precision == DatePrecision.Day && resolved.Date.Start <= pd.AddDays(7) && TypeNear(reading, s, e) == EventType.Meeting)) continue;
            if (found.Exists(f => f.Date.Date.Start == resolved.Date.Start && f.Date.Date.Precision == resolved.Date.Precision)) continue;
            found.Add((resolved, Math.Abs(e.Start - s.Trigger!.Start)));
        }
        return found.OrderBy(f => f.Distance).Select(f => f.Date);
    }

    /// <summary>
    /// The next report sentence, when it says who reported the lead and when, referring back to it ("Об этом сообщил ...
    /// в пятницу", "Das teilte das Ministerium am Samstag mit"): its day, at day precision.
    /// </summary>
    private (int Sentence, ResolvedDate Date)? ReportedIn(ArticleReading reading, int lead, DateOnly? anchor, PublicationDate pub, EventType? leadType = null)
    {
        var k = lead + 1;
        while (k < reading.Furniture.Length && reading.Furniture[k]) k++;
        if (k >= reading.Furniture.Length || !reading.HasDatePhrase(k)) return null;
        // It refers back ("this", "об этом") or tells the same in other words ("The White House confirmed on Tuesday that
        // the Pentagon had halted some weapons deliveries").
        if (!reading.RefersBack(k) && reading.SharedWords(lead, k) < 3) return null;
        var next = reading.At(k);
        // A statement about it, or the same act told with another verb ("has stopped sending" / "had halted").
        if (next.Trigger is null)
        {
            if (reading.OpeningReference(k) is not { } reference) return null;
            next = next with { Trigger = reference, Type = EventType.Statement };
        }
        else if (!(next.Type == EventType.Statement || EventDrafts.Compatible(next.Type, leadType ?? reading.At(lead).Type) && next.Type != EventType.Attack)) return null;
        foreach (var d in DatesOf(reading, next, anchor, pub))
            if (d.Date.Precision == DatePrecision.Day) return (k, d);
        return null;
    }

    /// <summary>An event of the lead sentence dated by sentence <paramref name="k"/> that reports it: both are its sources.</summary>
    private static EventDraft ReportedDraft(int lead, int k, ResolvedDate dated, EventType type, IReadOnlyList<string> systems,
        IReadOnlyList<string> actors, string? location) =>
        new([new DraftSource(lead, dated.Explanation, dated.Expression, dated.Date), new DraftSource(k, dated.Explanation, dated.Expression, dated.Date)],
            dated.Date, false, type, systems, actors) { Location = location };
}
