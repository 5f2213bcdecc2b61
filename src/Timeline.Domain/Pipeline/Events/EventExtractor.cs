using System.Globalization;
using System.Text.RegularExpressions;
using Timeline.Domain.Knowledge;
using Timeline.Domain.Model;
using Timeline.Domain.Pipeline.Dating;
using Timeline.Domain.Pipeline.Entities;
using Timeline.Domain.Pipeline.Temporal;
using Timeline.Domain.Text;

namespace Timeline.Domain.Pipeline.Events;

public interface IEventExtractor
{
    IReadOnlyList<EventCandidate> Extract(AnalysedDocument doc);
}

/// <summary>
/// Finds events conservatively. A sentence yields an event when a date phrase outside quotes sits next to an event trigger
/// and the sentence names an actor, system or place; or, with no date phrase, when it reports a development of a weapon
/// system in the present perfect ("has arrived") or a meeting under way ("before the meeting of ..."): those take the
/// publication date, marked approximate. Quotes, negated and hypothetical clauses and bare "X said" yield nothing.
/// </summary>
public sealed partial class EventExtractor(KnowledgeBase knowledge, IEntityRecogniser entities, ITemporalResolver resolver) : IEventExtractor
{
    private const int MaxTriggerDistance = 8;
    private static readonly CultureInfo Inv = CultureInfo.InvariantCulture;

    private static readonly HashSet<string> Negators = new(StringComparer.OrdinalIgnoreCase)
    { "not", "no", "never", "neither", "nor", "without", "would", "could", "might", "may", "failed", "refused", "didn't", "doesn't", "won't", "cannot", "can't", "unlikely", "не", "ні", "ни", "нет" };

    private static readonly HashSet<string> Hypothetical = new(StringComparer.OrdinalIgnoreCase)
    { "if", "unless", "whether", "should", "если", "якщо", "чи" };

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> NegatorLookup = Negators.GetAlternateLookup<ReadOnlySpan<char>>();
    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> HypotheticalLookup = Hypothetical.GetAlternateLookup<ReadOnlySpan<char>>();

    [GeneratedRegex(@"\b(?:has|have)\s+(?:also\s+|now\s+|already\s+|just\s+|finally\s+|reportedly\s+|officially\s+)?(?:been\s+)?\p{L}+(?:ed|en|t)\b|\b(?:has|have)\s+(?:also\s+)?(?:arrived|sent|begun|made|taken|said|given|won|brought|bought|sold)\b|\b(?:is|are)\s+(?:also\s+|now\s+|reportedly\s+)?(?!expected|likely|set|going|due)\p{L}+ing\b", RegexOptions.IgnoreCase)]
    private static partial Regex Development();

    [GeneratedRegex(@"\b(?:at|before|after|ahead\s+of|during|on\s+the\s+sidelines\s+of|on\s+arrival\s+at|upon\s+arrival\s+at|on\s+the\s+eve\s+of)\s+(?:the|a|this|today's|today’s)\s+(?:\p{L}+\s+){0,2}?(?:meeting|talks|summit|ministerial|session|conference)\s+(?:of|with|in|at)\b", RegexOptions.IgnoreCase)]
    private static partial Regex MeetingUnderWay();

    private static readonly EventType[] Preference = [EventType.Decision, EventType.Pledge, EventType.Delivery, EventType.Attack, EventType.Meeting, EventType.Request, EventType.Other, EventType.Statement];

    public IReadOnlyList<EventCandidate> Extract(AnalysedDocument doc)
    {
        var article = doc.Article;
        var text = article.Text;
        var masked = Masked(text, doc.Quoted);
        var pub = article.Published;
        DateOnly? anchor = pub is { Date: { } d, Precision: DatePrecision.Day } && (pub.Source == PublicationDateSource.Given || pub.Confidence >= PublicationDateInferrer.AnchorConfidence) ? d : null;
        DateOnly? today = pub is { Date: { } p, Precision: DatePrecision.Day } ? p : null;

        var perSentence = new List<EventCandidate>?[doc.Sentences.Count];
        var hasDate = new bool[doc.Sentences.Count];
        var sets = new EntitySet[doc.Sentences.Count];
        var ti = 0;
        for (var si = 0; si < doc.Sentences.Count; si++)
        {
            var s = doc.Sentences[si];
            List<TemporalExpression>? exprs = null;
            while (ti < doc.Temporal.Count && doc.Temporal[ti].Start < s.End)
            {
                var e = doc.Temporal[ti++];
                if (e.Start >= s.Start && !doc.Quoted[e.Start]) (exprs ??= []).Add(e);
            }
            hasDate[si] = exprs is not null;
            var set = sets[si] = entities.Resolve(text, doc.Mentions, s.Start, s.End, doc.Quoted);
            if (set.IsEmpty) continue;
            // Without a date phrase only a system's development or an organisation's meeting, dated by the publication,
            // makes an event: other sentences are not worth tokenising.
            if (exprs is null && (today is null || (set.Systems.Count == 0 && !set.Actors.Any(IsOrganisation)))) continue;
            if (IsNoise(text, s.Start, s.End)) continue;

            var tokens = Tokens.Of(masked, s.Start, s.End);
            var triggers = knowledge.TriggerMatcher.Find(masked, tokens);
            if (triggers.Count == 0) continue;
            var quote = text[s.Start..s.End];

            if (exprs is not null)
            {
                var used = new List<int>();
                foreach (var e in exprs)
                {
                    if (e.IsRelative && anchor is null) continue;
                    var future = TemporalResolver.IsFuture(text, s.Start, e.Start);
                    var resolved = resolver.Resolve(e, e.IsRelative ? anchor : today, future);
                    if (resolved is null) continue;
                    // A fronted date ("On Thursday, the 4th of April, ..., NATO members agreed") dates the main clause, however long the aside.
                    var fronted = exprs.Count == 1 && e.Start - s.Start <= 3;
                    // With one date phrase in the sentence, it dates the sentence's event even at the far end of a clause.
                    var limit = fronted ? int.MaxValue : exprs.Count == 1 ? 3 * MaxTriggerDistance : MaxTriggerDistance;
                    var trigger = NearestTrigger(tokens, triggers, e, used, limit);
                    if (trigger is null || IsNegated(masked, tokens, trigger)) continue;
                    used.Add(trigger.TokenIndex);
                    var conf = e.IsRelative ? Math.Min(0.9, 0.4 + 0.5 * pub.Confidence) : 0.9;
                    (perSentence[si] ??= []).Add(new EventCandidate(resolved.Date, trigger.Type, Math.Round(conf, 2), set.Actors, set.Systems, set.Location,
                        new Evidence(article.ContentHash, s.Start, s.End, quote, resolved.Explanation), e.Start, e.End));
                }
                continue;
            }

            if (today is not { } now) continue;
            var sentenceMasked = masked[s.Start..s.End];
            var cyrillic = sentenceMasked.Any(c => c is >= '\u0400' and <= '\u04FF');
            if (set.Systems.Count > 0 && (cyrillic || Development().IsMatch(sentenceMasked)))
            {
                var dev = Development().Match(sentenceMasked);
                var at = dev.Success ? s.Start + dev.Index : s.Start;
                var trigger = triggers.Where(t => t.Type is not EventType.Statement && !IsNegated(masked, tokens, t))
                    .OrderBy(t => Math.Abs(t.Start - at)).FirstOrDefault();
                if (trigger is null) continue;
                var phrase = dev.Success ? dev.Value : trigger.Phrase;
                (perSentence[si] ??= []).Add(Approximate(article, s, quote, trigger.Type, set, now, phrase));
                continue;
            }
            var meeting = MeetingUnderWay().Match(sentenceMasked);
            if (meeting.Success && set.Actors.Any(IsOrganisation))
                (perSentence[si] ??= []).Add(Approximate(article, s, quote, EventType.Meeting, set, now, meeting.Value));
        }

        // A dated event sentence with no system often names it in the next sentence or two ("They include Patriots"), but
        // only a sentence that continues the same subject speaks of the same event; an attack never gets the defender's system.
        var result = new List<EventCandidate>();
        for (var si = 0; si < perSentence.Length; si++)
        {
            if (perSentence[si] is not { } list) continue;
            foreach (var c in list)
            {
                if (c.Systems.Count > 0 || c.Type == EventType.Attack || c.Evidence.DateResolution.Contains("approximate", StringComparison.Ordinal)) { result.Add(c); continue; }
                var systems = new List<string>();
                for (var k = si + 1; k <= si + 2 && k < perSentence.Length; k++)
                {
                    if (hasDate[k] || perSentence[k] is not null || !Continues(text, doc.Sentences[k], sets[k], c)) break;
                    foreach (var sys in sets[k].Systems) if (!systems.Contains(sys)) systems.Add(sys);
                }
                result.Add(systems.Count == 0 ? c : c with { Systems = systems });
            }
        }
        return result;
    }

    private bool IsOrganisation(string actor) => knowledge.Find(actor)?.Kind == EntityKind.Organisation;

    /// <summary>Whether a sentence goes on about the same thing: it opens with a pronoun or "the systems", or has the same subject.</summary>
    private bool Continues(string text, Pipeline.Sentences.Sentence s, EntitySet set, EventCandidate c)
    {
        var span = text.AsSpan(s.Start, Math.Min(s.Length, 40));
        foreach (var w in knowledge.ContinuationWords)
            if (span.StartsWith(w, StringComparison.OrdinalIgnoreCase) && (span.Length == w.Length || !char.IsLetterOrDigit(span[w.Length])))
                return true;
        return c.Actors.Count > 0 && set.Actors.Count > 0 && set.Actors[0] == c.Actors[0];
    }

    private static EventCandidate Approximate(Article article, Pipeline.Sentences.Sentence s, string quote, EventType type, EntitySet set, DateOnly date, string phrase) =>
        new(new EventDate(date, null, DatePrecision.Day, true), type, Math.Round(0.3 + 0.3 * article.Published.Confidence, 2), set.Actors, set.Systems, set.Location,
            new Evidence(article.ContentHash, s.Start, s.End, quote,
                $"'{phrase}' (no date phrase) → {date.ToString("yyyy-MM-dd", Inv)}: the publication date, approximate"), s.Start, s.Start);

    private static TriggerHit? NearestTrigger(List<Token> tokens, List<TriggerHit> triggers, TemporalExpression e, List<int> used, int maxDistance)
    {
        var first = TokenIndex(tokens, e.Start);
        var last = TokenIndex(tokens, e.End - 1);
        TriggerHit? best = null;
        var bestDistance = int.MaxValue;
        foreach (var t in triggers)
        {
            if (t.Type == EventType.Statement || used.Contains(t.TokenIndex)) continue;
            var d = t.TokenIndex > last ? t.TokenIndex - last : first - (t.TokenIndex + t.TokenCount - 1);
            if (d < 0) d = 0;
            if (d < bestDistance || (d == bestDistance && best is not null && Array.IndexOf(Preference, t.Type) < Array.IndexOf(Preference, best.Type)))
            {
                best = t; bestDistance = d;
            }
        }
        return bestDistance <= maxDistance ? best : null;
    }

    private static int TokenIndex(List<Token> tokens, int offset)
    {
        for (var i = 0; i < tokens.Count; i++)
            if (tokens[i].End > offset) return i;
        return tokens.Count - 1;
    }

    private static bool IsNegated(string masked, List<Token> tokens, TriggerHit t)
    {
        for (var k = Math.Max(0, t.TokenIndex - 6); k < t.TokenIndex; k++)
        {
            var word = tokens[k].In(masked);
            if (HypotheticalLookup.Contains(word)) return true;
            if (k >= t.TokenIndex - 3 && NegatorLookup.Contains(word)) return true;
        }
        return false;
    }

    /// <summary>Copyright lines, translation notices and headlines-in-passing never state events.</summary>
    private bool IsNoise(string text, int start, int end)
    {
        var span = text.AsSpan(start, end - start);
        return span.Contains('©') || span.StartsWith("Copyright", StringComparison.OrdinalIgnoreCase) || knowledge.MentionsMachineTranslation(span);
    }

    private static string Masked(string text, bool[] quoted) => string.Create(text.Length, (text, quoted), static (chars, state) =>
    {
        for (var i = 0; i < chars.Length; i++) chars[i] = state.quoted[i] ? ' ' : state.text[i];
    });
}
