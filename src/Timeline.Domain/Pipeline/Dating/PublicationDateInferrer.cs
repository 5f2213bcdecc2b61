using System.Globalization;
using Timeline.Domain.Knowledge;
using Timeline.Domain.Model;
using Timeline.Domain.Pipeline.Dating.Evidence;
using Timeline.Domain.Text;

namespace Timeline.Domain.Pipeline.Dating;

public interface IPublicationDateInferrer
{
    /// <summary>Publication dates for a batch, in order; stored articles are context for dating by shared statements.</summary>
    IReadOnlyList<PublicationDate> Infer(IReadOnlyList<AnalysedDocument> batch, IReadOnlyList<Article> stored);
}

/// <summary>
/// Infers when an article was published when it does not say. Each kind of evidence in its own text is a small source in
/// <c>Dating/Evidence</c> (a full date near the top, a weekday with a day and month, a dateline, an anniversary, the terms
/// of office of the people quoted, copyright years, "a seven-month invasion", an update stamp, ...), weighed by
/// <see cref="DatingWeights"/> and scored by one <see cref="DatingScorer"/>; then, for what is still undated, other articles
/// of the batch or the store that report the same statements.
/// </summary>
public sealed class PublicationDateInferrer(KnowledgeBase knowledge, TimeProvider? clock = null, DatingWeights? weights = null) : IPublicationDateInferrer
{
    private readonly DatingWeights _w = weights ?? DatingWeights.Default;

    /// <summary>
    /// The kinds of evidence, in order: those that narrow the range (what the text tells as past, offices, eras, copyright,
    /// anniversaries), then those that propose days; the weekday after the latest day told comes last, as it needs the others.
    /// A range that contradicts an earlier one is ignored, so the dates the text states come first: an office a person is
    /// named with may be the one held in a story told years later ("after Prime Minister Mark Rutte met Biden").
    /// </summary>
    private readonly IDatingEvidence[] _evidence =
    [
        new TextsOwnPast(new PastBounds(knowledge)), new TermsOfOffice(), new EraAges(), new CopyrightYears(), new Anniversaries(),
        new DatesNearTop(), new DaysFurtherDown(), new Datelines(), new WarDays(), new MeetingsUnderWay(), new DatesFarDown(), new UpdateStamps(),
        new WeekdayAfterTold(),
    ];

    /// <summary>The page's own dates: what gives a month from the front matter its day (an update comes after publication).</summary>
    private readonly IDatingEvidence[] _stamps = [new DatesNearTop(headersOnly: true), new Datelines()];

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



    public IReadOnlyList<PublicationDate> Infer(IReadOnlyList<AnalysedDocument> batch, IReadOnlyList<Article> stored)
    {
        var own = new PublicationDate[batch.Count];
        Parallel.For(0, batch.Count, i => own[i] = FromOwnText(batch[i]));

        var result = own.ToArray();
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
            // Within a week of the days the article's own evidence allows.
            if (own[i].Possible is { } possible && (date.AddDays(7) < possible.From || date.AddDays(-7) > possible.To)) continue;
            var confidence = Math.Min(_w.SharedStatementsCap, _w.SharedStatementsBase + _w.SharedStatementsStep * bestCount);
            result[i] = new PublicationDate(date, DatePrecision.Day, PublicationDateSource.Inferred, confidence,
                $"reports {bestCount} of the same statements as '{anchors[best].Name}' (published {date.ToString("yyyy-MM-dd", Inv)})");
        }
        return result;
    }

    /// <summary>The date the article's own text gives, with the days its evidence allows (<see cref="PublicationDate.Possible"/>).</summary>
    private PublicationDate FromOwnText(AnalysedDocument doc)
    {
        if (doc.FrontMatter.Published is { } given)
        {
            var stated = new PublicationDate(given, doc.FrontMatter.PublishedPrecision, PublicationDateSource.Given, 1.0, "given in the front matter");
            if (doc.FrontMatter.PublishedPrecision != DatePrecision.Month) return stated with { Possible = (given, given) };
            var c = new DatingContext(doc, knowledge, _w, Today);
            // "published: 2022-11" and a dateline "МАДРИД, 10 ноября": the text's own evidence, kept inside the given month,
            // gives the day ("в четверг" then resolves); without a sure day the month stands.
            c.Constrain(given, given.AddMonths(1).AddDays(-1), "the month given in the front matter");
            foreach (var e in _evidence) e.Constrain(c);
            // Only the page's own stamps name the day (a header date on its own line, a dateline): a date in
            // the lead tells the event, and a guess such as "the first Tuesday after the last day told as past" put "Tuesday,
            // May 16" on May 9.
            foreach (var e in _stamps) e.Propose(c);
            return DatingScorer.Best(c) is { Date: { } day, Precision: DatePrecision.Day, Confidence: >= AnchorConfidence } found && day.Year == given.Year && day.Month == given.Month
                ? found with { Evidence = $"the month given in the front matter; the day from {found.Evidence}", Possible = (given, given.AddMonths(1).AddDays(-1)) }
                : stated with { Possible = (given, given) };
        }
        var context = new DatingContext(doc, knowledge, _w, Today);
        // Every constraint first: a day is proposed only within the range they leave.
        foreach (var e in _evidence) e.Constrain(context);
        foreach (var e in _evidence) e.Propose(context);
        return DatingScorer.Best(context);
    }
}
