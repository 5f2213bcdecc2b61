using System.Globalization;
using System.Text.RegularExpressions;
using Timeline.Domain.Knowledge;
using Timeline.Domain.Model;
using Timeline.Domain.Pipeline.Temporal;
using Timeline.Domain.Text;

namespace Timeline.Domain.Pipeline.Dating;

public interface IPublicationDateInferrer
{
    /// <summary>Publication dates for a batch, in order; stored articles are context for dating by shared statements.</summary>
    IReadOnlyList<PublicationDate> Infer(IReadOnlyList<AnalysedDocument> batch, IReadOnlyList<Article> stored);
}

/// <summary>
/// Infers when an article was published when it does not say: a full date near the top, a weekday with a day and month
/// (only some years fit), an organisation's anniversary, the terms of office of the people quoted with their office,
/// copyright years, "a seven-month invasion", and finally other articles that report the same statements.
/// </summary>
public sealed partial class PublicationDateInferrer(KnowledgeBase knowledge, TimeProvider? clock = null, DatingWeights? weights = null) : IPublicationDateInferrer
{
    private readonly DatingWeights _w = weights ?? DatingWeights.Default;
    private readonly PastBounds _bounds = new(knowledge);

    /// <summary>Today, for "still in office" and the latest year a date can be in; a test can fix it.</summary>
    private DateOnly Today => DateOnly.FromDateTime((clock ?? TimeProvider.System).GetLocalNow().Date);

    /// <summary>Below this, a date is a guess from another article and must not anchor "last Wednesday".</summary>
    public const double AnchorConfidence = 0.5;

    /// <summary>
    /// Below this, a date only gives "May 4" its year: an undated report's news is not put on it. Sharing many
    /// statements with a dated report reaches it; a first fitting year or a date inside a sentence does not.
    /// </summary>
    public const double DayConfidence = 0.45;

    private static readonly CultureInfo Inv = CultureInfo.InvariantCulture;

    [GeneratedRegex(@"(?<n>\d{1,3})(?:st|nd|rd|th|-?летия|-?летие|-?річчя|-?ліття|-я|-ї)?\s*(?:anniversary|годовщин\p{L}*|річниц\p{L}*)|(?<n>\d{1,3})-?(?:летие|летия|річчя|ліття)", RegexOptions.IgnoreCase)]
    private static partial Regex Anniversary();

    [GeneratedRegex(@"(?:©|\(c\)|copyright)\s*(?:©\s*)?(?<y>(?:19|20)\d{2})", RegexOptions.IgnoreCase)]
    private static partial Regex Copyright();

    // The qualifier and the number sit in a lookbehind so the engine scans for the unit only: numbers and number words
    // start at far more places. See Ages for how matches are taken as if matched from the number.
    [GeneratedRegex(@"(?<=(?:\b(?<q>more than|over|nearly|almost|about)\s*)?\b(?<n>\d{1,2}|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)[- ])(?<unit>day|week|month|year)s?[- ](?:old\s+|long\s+)?(?<what>\p{L}+(?:[- ]\p{L}+)?)", RegexOptions.IgnoreCase)]
    private static partial Regex Age();

    private static readonly string[] Numbers = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve"];

    private sealed record Candidate(DateOnly Date, double Confidence, string Evidence);

    private sealed record OwnEvidence(PublicationDate Date, DateOnly? From, DateOnly? To);

    public IReadOnlyList<PublicationDate> Infer(IReadOnlyList<AnalysedDocument> batch, IReadOnlyList<Article> stored)
    {
        var own = new OwnEvidence[batch.Count];
        Parallel.For(0, batch.Count, i => own[i] = FromOwnText(batch[i]));

        var result = own.Select(o => o.Date).ToArray();
        // Loops and lists of references here and below: LINQ and sets over value types have no precompiled code and cost
        // milliseconds to compile at every import.
        var undated = new List<int>();
        for (var i = 0; i < batch.Count; i++)
            if (result[i].Date is null || result[i].Confidence < AnchorConfidence) undated.Add(i);
        if (undated.Count == 0) return result;

        // Index shingles of dated articles once; each undated article then costs one pass over its own shingles.
        var anchors = new List<(string Name, PublicationDate Date, string Text)>();
        for (var i = 0; i < batch.Count; i++)
            if (result[i] is { Date: not null, Precision: DatePrecision.Day } d && d.Confidence >= AnchorConfidence)
                anchors.Add((batch[i].Article.FileName, d, batch[i].Article.Text));
        foreach (var a in stored)
            if (a.Published is { Date: not null, Precision: DatePrecision.Day } d && d.Confidence >= AnchorConfidence)
                anchors.Add((a.FileName, d, a.Text));
        if (anchors.Count == 0) return result;
        var undatedShingles = new HashSet<ulong>[batch.Count];
        Parallel.For(0, undated.Count, j => undatedShingles[undated[j]] = ContentWords.Shingles(batch[undated[j]].Article.Text));
        // Only shingles of undated articles are ever looked up, so only those are indexed.
        var wanted = new HashSet<ulong>();
        foreach (var i in undated) wanted.UnionWith(undatedShingles[i]);
        var anchorShingles = new List<ulong>[anchors.Count];
        Parallel.For(0, anchors.Count, k => anchorShingles[k] = ContentWords.ShingleHashes(anchors[k].Text));
        var index = new Dictionary<ulong, List<int>>();
        for (var k = 0; k < anchors.Count; k++)
            foreach (var s in anchorShingles[k])
            {
                if (!wanted.Contains(s)) continue;
                if (!index.TryGetValue(s, out var list)) index[s] = list = [];
                // A shingle repeated in one article counts once.
                if (list.Count == 0 || list[^1] != k) list.Add(k);
            }
        // Phrases in many articles are boilerplate or stock phrases, not shared statements.
        var common = Math.Max(5, anchors.Count / 20);

        // One table for all articles: cleared, it fills (and is enumerated) in insertion order like a new one.
        var counts = new Dictionary<int, int>();
        foreach (var i in undated)
        {
            var shingles = undatedShingles[i];
            counts.Clear();
            foreach (var s in shingles)
                if (index.TryGetValue(s, out var list) && list.Count <= common)
                    foreach (var k in list) counts[k] = counts.TryGetValue(k, out var c) ? c + 1 : 1;
            var best = -1; var bestCount = 0;
            foreach (var (k, c) in counts)
                if (c > bestCount || (c == bestCount && best >= 0 && string.CompareOrdinal(anchors[k].Name, anchors[best].Name) < 0)) { best = k; bestCount = c; }
            var needed = Math.Max(6, shingles.Count / 40);
            if (best < 0 || bestCount < needed) continue;
            var date = anchors[best].Date.Date!.Value;
            if (own[i].From is { } f && date < f.AddDays(-7) || own[i].To is { } t && date > t.AddDays(7)) continue;
            var confidence = Math.Min(_w.SharedStatementsCap, _w.SharedStatementsBase + _w.SharedStatementsStep * bestCount);
            result[i] = new PublicationDate(date, DatePrecision.Day, PublicationDateSource.Inferred, confidence,
                $"reports {bestCount} of the same statements as '{anchors[best].Name}' (published {date.ToString("yyyy-MM-dd", Inv)})");
        }
        return result;
    }

    private OwnEvidence FromOwnText(AnalysedDocument doc)
    {
        if (doc.FrontMatter.Published is { } given)
            return new(new PublicationDate(given, doc.FrontMatter.PublishedPrecision, PublicationDateSource.Given, 1.0, "given in the front matter"), given, given);

        var text = doc.Article.Text;
        var notes = new List<string>();

        // Constraints: a range the date must fall in.
        DateOnly? from = null, to = null;
        void Constrain(DateOnly f, DateOnly t, string why)
        {
            var nf = from is { } a && a > f ? a : f;
            var nt = to is { } b && b < t ? b : t;
            if (nf > nt) { notes.Add($"ignored ({why}): contradicts other evidence"); return; }
            from = nf; to = nt;
            notes.Add(why);
        }

        foreach (var (person, office) in OfficesMentioned(doc))
            Constrain(office.From, office.To ?? Today, $"{person} as {office.Title} ({office.From:yyyy-MM-dd}..{(office.To is { } t ? t.ToString("yyyy-MM-dd", Inv) : "now")})");
        foreach (var (m, value) in Ages(text))
        {
            var era = knowledge.Eras.FirstOrDefault(e => e.Keywords.Any(k => m.Groups["what"].Value.StartsWith(k, StringComparison.OrdinalIgnoreCase)));
            if (era is null) continue;
            var raw = m.Groups["n"].Value.ToLowerInvariant();
            var n = int.TryParse(raw, NumberStyles.None, Inv, out var v) ? v : Array.IndexOf(Numbers, raw);
            if (n <= 0) continue;
            DateOnly Add(int k) => m.Groups["unit"].Value.ToLowerInvariant() switch
            {
                "day" => era.Start.AddDays(k), "week" => era.Start.AddDays(7 * k), "month" => era.Start.AddMonths(k), _ => era.Start.AddYears(k),
            };
            var q = m.Groups["q"].Value.ToLowerInvariant();
            var (lo, hi) = q is "nearly" or "almost" ? (Add(n - 1), Add(n)) : (Add(n), Add(n + 1));
            Constrain(lo, hi, $"'{value.Trim()}' counted from {era.Name} ({era.Start:yyyy-MM-dd})");
        }
        foreach (Match m in Copyright().Matches(text))
        {
            var y = int.Parse(m.Groups["y"].Value, Inv);
            Constrain(new DateOnly(y, 1, 1), new DateOnly(y, 12, 31), $"copyright {y}");
        }

        // What the text tells as past happened before it was written: its latest explicit date or month, and the eras it
        // names ("since the invasion"), bound the publication from below.
        var past = _bounds.Latest(doc);
        if (past is { } p)
            Constrain(p.Date, to ?? Today, p.Why);

        bool InRange(DateOnly d) => (from is null || d >= from) && (to is null || d <= to);

        // The weekdays the article uses for "on Thursday": they fit the publication week.
        // One bit per weekday: a set of an enum has no precompiled code and costs milliseconds to compile.
        var weekdayBits = 0;
        bool Uses(DayOfWeek d) => (weekdayBits & (1 << (int)d)) != 0;
        foreach (var e in doc.Temporal)
            if (!doc.Quoted[e.Start] && e.Kind == TemporalKind.Weekday && e.Anchor == Anchor.Nearest) weekdayBits |= 1 << (int)e.Weekday!.Value;

        var anniversaryDays = new List<Candidate>();
        foreach (Match m in Anniversary().Matches(text))
        {
            if (doc.Quoted[m.Index]) continue;
            var n = int.Parse(m.Groups["n"].Value, Inv);
            var org = FoundedNear(doc, m.Index);
            if (org?.Founded is not { } founded || n <= 0) continue;
            var d = founded.AddYears(n);
            // An anniversary gives the year: summits, reports and speeches fill the whole anniversary year. It gives the day
            // only when the text's "on Thursday" is the anniversary's weekday or the text marks the anniversary that day.
            Constrain(new DateOnly(d.Year, 1, 1), new DateOnly(d.Year, 12, 31), $"the {n}th anniversary of {org.Name} (founded {founded:yyyy-MM-dd}) in {d.Year}");
            if (Uses(d.DayOfWeek) || MarksAnniversary(text, m.Index)) anniversaryDays.Add(new(d, _w.Anniversary, $"the {n}th anniversary of {org.Name} (founded {founded:yyyy-MM-dd})"));
        }

        // Point candidates.
        var candidates = new List<Candidate>();
        foreach (var a in anniversaryDays)
            if (InRange(a.Date)) candidates.Add(a);
        var lead = Math.Min(text.Length, Math.Max(600, text.Length / 4));
        foreach (var e in doc.Temporal)
        {
            // A photo caption's or a teaser's date is when the photo was taken or the other story ran: a bound, not the day.
            if (doc.Quoted[e.Start] || e.Start > lead || IsFurniture(doc, e.Start)) continue;
            if (e.Kind == TemporalKind.FullDate && e.Year >= 1990)
            {
                var d = new DateOnly(e.Year!.Value, e.Month!.Value, e.Day!.Value);
                // A page's update stamp is when it was last changed: the publication is that day or before. It counts only
                // where the page shows no other full date near the top (its own publication stamp then wins).
                if (PastBounds.IsUpdateStamp(text, e.Start)) continue;
                // A header, byline or dateline line gives the day of writing; a date told inside a sentence near the top
                // ("Recall that Washington promised ... on 21 December 2022") is more often an earlier event.
                if (InRange(d)) candidates.Add(DatePlacement.InProse(text, e)
                    ? new(d, _w.DateInProse, $"the date '{e.Text}' in a sentence near the top")
                    : new(d, _w.DateNearTop, $"the date '{e.Text}' near the top"));
            }
            else if (e.Kind == TemporalKind.DayMonth && e.Weekday is { } wd)
            {
                var years = new List<int>();
                var last = (to ?? Today).Year + 1;
                for (var y = (from?.Year ?? 1990); y <= last; y++)
                {
                    if (e.Day > DateTime.DaysInMonth(y, e.Month!.Value)) continue;
                    var d = new DateOnly(y, e.Month.Value, e.Day!.Value);
                    if (d.DayOfWeek == wd && InRange(d)) years.Add(y);
                }
                if (years.Count == 0) continue;
                var pick = new DateOnly(years[^1], e.Month!.Value, e.Day!.Value);
                candidates.Add(new(pick, years.Count == 1 ? _w.WeekdayDayMonthOneYear : _w.WeekdayDayMonthSeveralYears,
                    $"'{e.Text.Trim()}': {wd} {e.Day} {CultureInfo.InvariantCulture.DateTimeFormat.GetMonthName(e.Month.Value)} fits {string.Join(", ", years)}"));
            }
        }
        // Further down, a weekday with a day and month, or a day and month after the bound from below: the report is
        // written on or after it, and its first fitting year is the likeliest (news reports what is recent).
        foreach (var e in doc.Temporal)
        {
            if (doc.Quoted[e.Start] || e.Kind != TemporalKind.DayMonth || (e.Start <= lead && e.Weekday is not null) || Events.PageFurniture.MarksLine(text, e.Start, knowledge)) continue;
            // The day an era began ("the invasion on Feb. 24") says nothing of when a report on it was written.
            // Only the text's own past bounds a day and month from below: terms of office span too many years.
            // A year alone ("in 2018") is too coarse to place a day and month.
            var bound = past is { Coarse: false } ? past?.Date : null;
            if (bound is null && e.Weekday is null) continue;
            // The first year after what the text tells as past, and within what the offices, eras and anniversaries allow.
            var after = e.Weekday is not null ? from : from is { } f && f > bound ? f : bound;
            if (FirstFitting(e, after, to) is not { } first || !InRange(first) || knowledge.Eras.Any(era => era.Start == first)) continue;
            candidates.Add(new(first, e.Weekday is null ? _w.FirstFittingYear : _w.LatestFittingWeekday, e.Weekday is null
                ? $"'{e.Text.Trim()}' in the first year after {bound:yyyy-MM-dd} (what the text tells as past)"
                : $"'{e.Text.Trim()}': the latest year in which {e.Day} {Inv.DateTimeFormat.GetMonthName(e.Month!.Value)} is a {e.Weekday}"));
        }
        foreach (var e in doc.Temporal)
            if (e.Kind == TemporalKind.DayMonth && e.Weekday is null && from is { } lo && DatePlacement.IsDateline(text, e)
                && DatelineDay(doc, e, lo, to ?? Today, InRange, _w) is { } dateline)
                candidates.Add(dateline);
        foreach (var (meeting, at) in MeetingsUnderWay(doc))
            if (InRange(meeting.Start) || InRange(meeting.End))
                candidates.Add(new(InRange(meeting.Start) ? meeting.Start : meeting.End, _w.MeetingUnderWay,
                    $"reports the {meeting.Name} ({meeting.Start:yyyy-MM-dd}..{meeting.End:yyyy-MM-dd}) as under way"));
        // Absolute dates far down the article are weaker evidence than those at the top, but evidence all the same.
        foreach (var e in doc.Temporal)
            if (e.Start > lead && !doc.Quoted[e.Start] && e.Kind == TemporalKind.FullDate && e.Year >= 1990 && !IsFurniture(doc, e.Start) && !PastBounds.IsUpdateStamp(text, e.Start)
                && new DateOnly(e.Year!.Value, e.Month!.Value, e.Day!.Value) is var late && InRange(late)
                && (e.Weekday is null || e.Weekday == late.DayOfWeek))
                candidates.Add(new(late, _w.DateFurtherDown, $"the date '{e.Text}' in the text"));

        // A page's update stamp, at the top or the foot, is when it was last changed: the publication is that day or before.
        // It counts only where the page shows no other full date near the top (its own publication stamp then wins).
        foreach (var e in doc.Temporal)
            if (e.Kind == TemporalKind.FullDate && e.Year >= 1990 && !doc.Quoted[e.Start] && PastBounds.IsUpdateStamp(text, e.Start)
                && new DateOnly(e.Year!.Value, e.Month!.Value, e.Day!.Value) is var stamp && InRange(stamp)
                && !doc.Temporal.Any(o => o.Kind == TemporalKind.FullDate && o.Start <= lead && !doc.Quoted[o.Start] && !PastBounds.IsUpdateStamp(text, o.Start) && !IsFurniture(doc, o.Start)))
            {
                candidates.Add(new(stamp, _w.UpdateStamp, $"the update stamp '{e.Text}'"));
                break;
            }

        if (WeekdayAfterTold(doc, candidates, past is { Told: true } ? past.Value.Date : null, lead, InRange) is { } afterTold) candidates.Add(afterTold);

        var constraintsText = notes.Count > 0 ? "; consistent with " + string.Join(", ", notes) : "";
        if (candidates.Count == 0)
            return new(PublicationDate.Unknown with { Evidence = notes.Count > 0 ? "no date found; only " + string.Join(", ", notes) : PublicationDate.Unknown.Evidence, NotBefore = past?.Date }, from, to);

        // Agreeing evidence adds up; a weekday the article uses for "on Thursday" that fits the date adds a little.
        // The best date: highest confidence, then latest. Loops rather than grouping and sorting value tuples, which have
        // no precompiled code and cost milliseconds to compile.
        DateOnly bestDate = default;
        var bestConf = 0.0;
        string? bestWhy = null;
        for (var i = 0; i < candidates.Count; i++)
        {
            var date = candidates[i].Date;
            if (candidates.FindIndex(c => c.Date == date) < i) continue; // scored with its first candidate
            var group = candidates.FindAll(c => c.Date == date);
            var max = group[0].Confidence;
            foreach (var c in group) if (c.Confidence > max) max = c.Confidence;
            var conf = Math.Min(_w.Cap, max + _w.Agreement * (group.Count - 1) + (Uses(date.DayOfWeek) ? _w.WeekdayFits : 0) + (from is not null ? _w.Constrained : 0));
            if (bestWhy is not null && (conf < bestConf || (conf == bestConf && date <= bestDate))) continue;
            (bestDate, bestConf, bestWhy) = (date, conf, string.Join("; ", group.Select(c => c.Evidence).Distinct()));
        }
        var why = bestWhy + (Uses(bestDate.DayOfWeek) ? $"; the text's '{bestDate.DayOfWeek}' fits" : "") + constraintsText;
        return new(new PublicationDate(bestDate, DatePrecision.Day, PublicationDateSource.Inferred, Math.Round(bestConf, 2), why) { NotBefore = past?.Date }, from, to);
    }

    /// <summary>A caption's, credit's or teaser's date is when the photo was taken or the other story ran.</summary>
    private bool IsFurniture(AnalysedDocument doc, int at) =>
        Events.PageFurniture.MarksLine(doc.Article.Text, at, knowledge) || Events.PageFurniture.IsCaptionAt(doc.Article.Text, doc.Sentences, at, knowledge);

    /// <summary>
    /// "... on Nov. 4 ... the Pentagon announced Thursday": when the only days found are what the text tells as past, the
    /// report was written on or after the latest of them, and the weekday its lead gives the news is the first one after it.
    /// </summary>
    private Candidate? WeekdayAfterTold(AnalysedDocument doc, List<Candidate> candidates, DateOnly? pastBound, int lead, Func<DateOnly, bool> inRange)
    {
        // The bound counts too: a photo caption's "9 January 2023" is a day the text tells as past.
        if (candidates.Count == 0 && pastBound is null) return null;
        var told = pastBound ?? candidates[0].Date;
        foreach (var c in candidates)
        {
            if (c.Confidence >= AnchorConfidence) return null;
            if (c.Date > told) told = c.Date;
        }
        var text = doc.Article.Text;
        DateOnly? best = null;
        string? phrase = null;
        foreach (var e in doc.Temporal)
        {
            if (e.Start > lead || doc.Quoted[e.Start] || e.Kind != TemporalKind.Weekday || e.Anchor != Anchor.Nearest || IsFurniture(doc, e.Start)) continue;
            var si = doc.SentenceAt(e.Start);
            if (si < 0 || TemporalResolver.IsFuture(text, doc.Sentences[si].Start, e.Start)) continue;
            var day = told.AddDays(((int)e.Weekday!.Value - (int)told.DayOfWeek + 7) % 7);
            // The lead's latest weekday is the day of writing or close to it.
            if (best is null || day > best) (best, phrase) = (day, e.Text.Trim());
        }
        if (best is not { } d || !inRange(d)) return null;
        return new(d, _w.WeekdayAfterTold, $"the lead's '{phrase}' is the first {d.DayOfWeek} on or after {told:yyyy-MM-dd}, the latest day the text tells as past");
    }

    /// <summary>
    /// Where a day and month without a year falls: with a weekday, the latest year it is that weekday (within the range);
    /// without one, the first time on or after the lower bound, when there is one.
    /// </summary>
    private DateOnly? FirstFitting(TemporalExpression e, DateOnly? from, DateOnly? to)
    {
        var last = (to ?? Today).Year;
        DateOnly? found = null;
        for (var y = from?.Year ?? 1990; y <= last; y++)
        {
            if (e.Day > DateTime.DaysInMonth(y, e.Month!.Value)) continue;
            var d = new DateOnly(y, e.Month.Value, e.Day!.Value);
            if ((from is { } f && d < f) || (to is { } t && d > t)) continue;
            if (e.Weekday is { } wd) { if (d.DayOfWeek == wd) found = d; continue; }
            if (from is null) return null;
            return d;
        }
        return found;
    }

    /// <summary>
    /// A dateline is the day of writing but has no year. The other evidence gives the range of years; when it allows
    /// several, the lead's own "on Saturday" picks the one whose date is that weekday, as news reports what happened that day.
    /// </summary>
    private static Candidate? DatelineDay(AnalysedDocument doc, TemporalExpression e, DateOnly from, DateOnly to, Func<DateOnly, bool> inRange, DatingWeights weights)
    {
        var fits = new List<DateOnly>();
        for (var y = from.Year; y <= to.Year; y++)
            if (e.Day <= DateTime.DaysInMonth(y, e.Month!.Value) && new DateOnly(y, e.Month.Value, e.Day!.Value) is var d && inRange(d))
                fits.Add(d);
        var what = $"the dateline '{e.Text.Trim()}'";
        if (fits.Count == 1) return new(fits[0], weights.Dateline, $"{what} in the only year the other evidence allows");
        var lead = doc.SentenceAt(e.Start);
        var onWeekday = new List<DateOnly>();
        foreach (var w in doc.Temporal)
            if (w.Kind == TemporalKind.Weekday && w.Anchor == Anchor.Nearest && !doc.Quoted[w.Start] && doc.SentenceAt(w.Start) == lead)
                foreach (var d in fits)
                    if (d.DayOfWeek == w.Weekday && !onWeekday.Contains(d)) onWeekday.Add(d);
        return onWeekday.Count == 1
            ? new(onWeekday[0], weights.Dateline, $"{what} is a {onWeekday[0].DayOfWeek} only in {onWeekday[0].Year}, and the lead says '{onWeekday[0].DayOfWeek}'")
            : null;
    }

    /// <summary>
    /// "a seven-month war" phrases with their text from the number on, as matching from the number would find them: no
    /// phrase whose number lies inside the phrase before it.
    /// </summary>
    private static IEnumerable<(Match Match, string Value)> Ages(string text)
    {
        var taken = 0;
        for (var m = Age().Match(text); m.Success; m = Age().Match(text, m.Index + 1))
        {
            var start = m.Groups["n"].Index;
            if (start < taken) continue;
            taken = m.Index + m.Length;
            yield return (m, text[start..taken]);
        }
    }

    [GeneratedRegex(@"\b(?:mark|marks|marked|marking|celebrat\p{L}*|commemorat\p{L}*)\b[^.!?\n]{0,60}$|^[^.!?\n]{0,30}\b(?:today|this day)\b", RegexOptions.IgnoreCase)]
    private static partial Regex AnniversaryMarked();

    /// <summary>"NATO marks its 75th anniversary", "the anniversary ... today": the text is written on the day itself.</summary>
    private static bool MarksAnniversary(string text, int at)
    {
        var before = Math.Max(0, at - 80);
        var after = Math.Min(text.Length, at + 40);
        return AnniversaryMarked().IsMatch(text[before..at]) || AnniversaryMarked().IsMatch(text[at..after]);
    }

    /// <summary>
    /// Known meetings a sentence reports as happening ("leaders gathered in Washington for the summit"): the keyword and
    /// the place in one sentence outside quotes, not in the future tense.
    /// </summary>
    private List<(KnownMeeting Meeting, int At)> MeetingsUnderWay(AnalysedDocument doc)
    {
        var found = new List<(KnownMeeting, int)>();
        var text = doc.Article.Text;
        // Most texts name none of the places: one search of the whole text spares a case-insensitive search per sentence.
        var named = knowledge.Meetings.Where(m => text.Contains(m.Place, StringComparison.Ordinal)).ToList();
        if (named.Count == 0) return found;
        foreach (var s in doc.Sentences)
        {
            var span = text.AsSpan(s.Start, s.Length);
            foreach (var meeting in named)
            {
                if (span.IndexOf(meeting.Place, StringComparison.Ordinal) < 0) continue;
                var at = -1;
                foreach (var k in meeting.Keywords)
                    if (span.IndexOf(k, StringComparison.OrdinalIgnoreCase) is >= 0 and var i) { at = s.Start + i; break; }
                if (at < 0 || doc.Quoted[at]) continue;
                if (TemporalResolver.MentionsFuture(span)) continue;
                found.Add((meeting, at));
            }
        }
        return found;
    }

    /// <summary>People mentioned together with a keyword of one of their offices in the same sentence: "Foreign Minister Kuleba".</summary>
    private static IEnumerable<(string Person, Office Office)> OfficesMentioned(AnalysedDocument doc)
    {
        var seen = new HashSet<string>();
        var text = doc.Article.Text;
        foreach (var m in doc.Mentions)
        {
            var person = m.Entities.FirstOrDefault(e => e.Kind == EntityKind.Person);
            if (person is null || person.OfficesOrEmpty.Count == 0 || seen.Contains(person.Name)) continue;
            var si = doc.SentenceAt(m.Start);
            if (si < 0) continue;
            var s = doc.Sentences[si];
            var windowStart = Math.Max(s.Start, m.Start - 80);
            var windowEnd = Math.Min(s.End, m.End + 60);
            var window = text[windowStart..windowEnd];
            Office? hit = null;
            var hits = 0;
            foreach (var o in person.OfficesOrEmpty)
                if (o.Keywords.Any(k => window.Contains(k, StringComparison.OrdinalIgnoreCase)))
                {
                    if (hit is null || hit.Title != o.Title) hits++;
                    hit = hit is null ? o : hit with { From = hit.From < o.From ? hit.From : o.From, To = hit.To is null || o.To is null ? null : (hit.To > o.To ? hit.To : o.To) };
                }
            if (hit is null || hits > 1) continue;
            seen.Add(person.Name);
            yield return (person.Name, hit);
        }
    }

    /// <summary>The organisation whose anniversary it is: one with a founding date in the same sentence, else the most mentioned.</summary>
    private static Entity? FoundedNear(AnalysedDocument doc, int offset)
    {
        var si = doc.SentenceAt(offset);
        Entity? inSentence = null;
        var counts = new Dictionary<Entity, int>();
        foreach (var m in doc.Mentions)
        {
            var org = m.Entities.FirstOrDefault(e => e.Kind == EntityKind.Organisation && e.Founded is not null);
            if (org is null) continue;
            counts[org] = counts.GetValueOrDefault(org) + 1;
            if (si >= 0 && m.Start >= doc.Sentences[si].Start && m.Start < doc.Sentences[si].End) inSentence ??= org;
        }
        return inSentence ?? counts.OrderByDescending(kv => kv.Value).Select(kv => kv.Key).FirstOrDefault();
    }
}
