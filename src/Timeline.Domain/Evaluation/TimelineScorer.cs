using System.Globalization;
using System.Text;

namespace Timeline.Domain.Evaluation;

/// <summary>An extracted event as the scorer sees it: its date at its precision (ISO), tags and source files.</summary>
public sealed record ScoredEvent(string Id, string Date, string Title, IReadOnlyList<string> Systems, IReadOnlyList<string> Actors, IReadOnlyList<string> Sources)
{
    /// <summary>An extracted event with the files of the articles it comes from.</summary>
    public static ScoredEvent From(Model.TimelineEvent e, IEnumerable<string> files) =>
        new(e.Id, e.Date.ToIso(), e.Title, e.Systems, e.Actors, files.Select(GoldTimeline.FileName).Distinct().ToList());
}

/// <summary>The metrics of one evaluation, defined as in the project's reference scorer (see the README).</summary>
public sealed record EvaluationMetrics(
    int PredictedEvents, int CoreEvents, double CoreRecall, double Precision, int Duplicates, double DateF1,
    double SourceRecall, double SystemF1, double ActorRecall);

/// <summary>The metrics, which gold event each prediction stands for, and the misses and extras with likely reasons.</summary>
public sealed record Evaluation(
    EvaluationMetrics Metrics,
    IReadOnlyDictionary<int, int> GoldOfPrediction,
    IReadOnlyList<(GoldEvent Gold, string Reason)> MissedCore,
    IReadOnlyList<(ScoredEvent Event, string Reason)> Extra);

/// <summary>
/// Scores extracted events against a gold timeline: one-to-one matching on dates (within the gold precision, ±1 day for
/// approximate gold dates) and content (shared systems; for gold events without systems, no predicted system and a
/// shared actor or source), core events first, then groups the gold allows to merge. A port of the reference scorer, so
/// `timeline evaluate` and the tests measure what it measures.
/// </summary>
public static class TimelineScorer
{
    private static readonly Dictionary<string, string> Aliases = new(StringComparer.Ordinal)
    {
        ["us"] = "united states", ["usa"] = "united states", ["u.s."] = "united states", ["washington"] = "united states",
        ["united states of america"] = "united states", ["america"] = "united states",
        ["zelenskyy"] = "volodymyr zelensky", ["zelensky"] = "volodymyr zelensky",
        ["reznikov"] = "oleksii reznikov", ["oleksiy reznikov"] = "oleksii reznikov", ["oleksyi reznikov"] = "oleksii reznikov",
        ["kouleba"] = "dmytro kuleba", ["dmitro kouleba"] = "dmytro kuleba", ["kuleba"] = "dmytro kuleba",
        ["north atlantic treaty organization"] = "nato", ["alliance"] = "nato",
        ["udcg"] = "ukraine defense contact group", ["ramstein group"] = "ukraine defense contact group",
        ["ukraine defence contact group"] = "ukraine defense contact group", ["contact group"] = "ukraine defense contact group",
        ["russian federation"] = "russia", ["kremlin"] = "russia", ["moscow"] = "russia",
        ["uk"] = "united kingdom", ["britain"] = "united kingdom", ["great britain"] = "united kingdom",
        ["federal republic of germany"] = "germany", ["berlin"] = "germany",
    };

    private static readonly Dictionary<string, string> SystemAliases = new(StringComparer.Ordinal)
    {
        ["iris-t slm"] = "iris-t", ["iris t"] = "iris-t", ["iris-t sls"] = "iris-t", ["patriots"] = "patriot",
        ["mim-104 patriot"] = "patriot", ["mim-23 hawk"] = "hawk", ["samp-t"] = "samp/t", ["mamba"] = "samp/t",
    };

    public static Evaluation Score(IReadOnlyList<GoldEvent> gold, IReadOnlyList<ScoredEvent> predicted)
    {
        var pairs = new List<(int Score, int Gold, int Pred)>();
        for (var i = 0; i < gold.Count; i++)
            for (var j = 0; j < predicted.Count; j++)
                if (DateOk(gold[i], predicted[j]) && Content(gold[i], predicted[j]) is > 0 and var c)
                    pairs.Add((c + (gold[i].IsCore ? 100 : 0), i, j));
        // Highest score first; ties as the reference scorer breaks them (later gold, then later prediction, first).
        pairs.Sort((a, b) => a.Score != b.Score ? b.Score.CompareTo(a.Score) : a.Gold != b.Gold ? b.Gold.CompareTo(a.Gold) : b.Pred.CompareTo(a.Pred));
        var goldOfPred = new Dictionary<int, int>();
        var predOfGold = new Dictionary<int, int>();
        foreach (var (_, i, j) in pairs)
        {
            if (goldOfPred.ContainsKey(j) || predOfGold.ContainsKey(i)) continue;
            goldOfPred[j] = i;
            predOfGold[i] = j;
        }
        // A prediction matched to one event also covers the events the gold lets it merge with, when it fits them.
        for (var i = 0; i < gold.Count; i++)
        {
            if (predOfGold.ContainsKey(i)) continue;
            for (var k = 0; k < gold.Count; k++)
            {
                if (!predOfGold.TryGetValue(k, out var j) || !MayMerge(gold[i], gold[k])) continue;
                if (DateOk(gold[i], predicted[j]) && Content(gold[i], predicted[j]) > 0) { predOfGold[i] = j; break; }
            }
        }

        var duplicates = 0;
        for (var j = 0; j < predicted.Count; j++)
            if (!goldOfPred.ContainsKey(j) && gold.Any(g => DateOk(g, predicted[j]) && Content(g, predicted[j]) > 0)) duplicates++;
        var core = Enumerable.Range(0, gold.Count).Where(i => gold[i].IsCore).ToList();
        var matchedCore = core.Where(predOfGold.ContainsKey).ToList();

        var metrics = new EvaluationMetrics(
            predicted.Count, core.Count,
            core.Count == 0 ? 0 : Round((double)matchedCore.Count / core.Count),
            predicted.Count == 0 ? 0 : Round((double)goldOfPred.Count / predicted.Count),
            duplicates,
            DateF1(gold, predicted),
            matchedCore.Count == 0 ? 0 : Round(matchedCore.Average(i => (double)gold[i].Sources.Intersect(predicted[predOfGold[i]].Sources).Count() / Math.Max(1, gold[i].Sources.Count))),
            SystemF1(gold, predicted, goldOfPred, predOfGold),
            ActorRecall(gold, predicted, goldOfPred));
        var missed = core.Where(i => !predOfGold.ContainsKey(i)).Select(i => (gold[i], WhyMissed(gold, predicted, i, goldOfPred))).ToList();
        var extra = Enumerable.Range(0, predicted.Count).Where(j => !goldOfPred.ContainsKey(j))
            .Select(j => (predicted[j], WhyExtra(gold, predicted[j], predOfGold))).ToList();
        return new Evaluation(metrics, goldOfPred, missed, extra);
    }

    private static bool MayMerge(GoldEvent a, GoldEvent b) => a.MergeWith.Contains(b.Id) || b.MergeWith.Contains(a.Id);

    private static double Round(double x) => Math.Round(x, 3, MidpointRounding.ToEven);

    private static double DateF1(IReadOnlyList<GoldEvent> gold, IReadOnlyList<ScoredEvent> predicted)
    {
        var goldDates = gold.Where(g => g.IsCore && g.Precision == "day").Select(g => g.Date).ToHashSet();
        var predDates = predicted.Where(p => Period(p.Date) is { } d && d.Start == d.End).Select(p => p.Date[..Math.Min(10, p.Date.Length)]).ToHashSet();
        var optional = gold.Where(g => !g.IsCore).Select(g => g.Date).ToHashSet();
        predDates.ExceptWith(optional.Except(goldDates));
        var tp = goldDates.Intersect(predDates).Count();
        var p = predDates.Count == 0 ? 0 : (double)tp / predDates.Count;
        var r = goldDates.Count == 0 ? 0 : (double)tp / goldDates.Count;
        return p + r == 0 ? 0 : Round(2 * p * r / (p + r));
    }

    private static double SystemF1(IReadOnlyList<GoldEvent> gold, IReadOnlyList<ScoredEvent> predicted, Dictionary<int, int> goldOfPred, Dictionary<int, int> predOfGold)
    {
        int tp = 0, fp = 0, fn = 0;
        foreach (var (j, i) in goldOfPred)
        {
            var gs = gold[i].Systems.Select(NormSystem).ToHashSet();
            foreach (var (k, jj) in predOfGold) if (jj == j) gs.UnionWith(gold[k].Systems.Select(NormSystem));
            var ps = predicted[j].Systems.Select(NormSystem).ToHashSet();
            tp += gs.Intersect(ps).Count(); fp += ps.Except(gs).Count(); fn += gs.Except(ps).Count();
        }
        var p = tp + fp == 0 ? 1 : (double)tp / (tp + fp);
        var r = tp + fn == 0 ? 1 : (double)tp / (tp + fn);
        return p + r == 0 ? 0 : Round(2 * p * r / (p + r));
    }

    private static double ActorRecall(IReadOnlyList<GoldEvent> gold, IReadOnlyList<ScoredEvent> predicted, Dictionary<int, int> goldOfPred)
    {
        int hits = 0, all = 0;
        foreach (var (j, i) in goldOfPred)
            foreach (var a in gold[i].Actors)
            {
                all++;
                if (predicted[j].Actors.Any(b => SameActor(a, b))) hits++;
            }
        return all == 0 ? 0 : Round((double)hits / all);
    }

    /// <summary>The inclusive first and last day of an ISO date at year, month or day precision.</summary>
    public static (DateOnly Start, DateOnly End)? Period(string? iso)
    {
        if (string.IsNullOrEmpty(iso)) return null;
        var s = iso.Length > 10 ? iso[..10] : iso;
        var inv = CultureInfo.InvariantCulture;
        if (s.Length == 4 && int.TryParse(s, NumberStyles.None, inv, out var y)) return (new DateOnly(y, 1, 1), new DateOnly(y, 12, 31));
        if (s.Length == 7 && DateOnly.TryParseExact(s + "-01", "yyyy-MM-dd", inv, DateTimeStyles.None, out var m)) return (m, m.AddMonths(1).AddDays(-1));
        return DateOnly.TryParseExact(s, "yyyy-MM-dd", inv, DateTimeStyles.None, out var d) ? (d, d) : null;
    }

    public static bool DateOk(GoldEvent g, ScoredEvent p)
    {
        if (Period(g.Date) is not { } gd || Period(p.Date) is not { } pd) return false;
        var slack = g.Approximate ? 1 : 0;
        if (g.Precision == "day")
            return pd.Start == pd.End && gd.Start.AddDays(-slack) <= pd.Start && pd.Start <= gd.End.AddDays(slack);
        return gd.Start.AddDays(-slack) <= pd.Start && pd.End <= gd.End.AddDays(slack);
    }

    /// <summary>0 when the prediction cannot be this gold event; otherwise how much it shares with it.</summary>
    public static int Content(GoldEvent g, ScoredEvent p)
    {
        var gs = g.Systems.Select(NormSystem).ToHashSet();
        var ps = p.Systems.Select(NormSystem).ToHashSet();
        var actorHits = g.Actors.Count(a => p.Actors.Any(b => SameActor(a, b)));
        var sources = g.Sources.Intersect(p.Sources).Count();
        if (gs.Count > 0)
            return gs.Overlaps(ps) ? 10 * gs.Intersect(ps).Count() + actorHits + sources : 0;
        // A gold event without systems is another event than a prediction that claims some.
        if (ps.Count > 0 || (actorHits == 0 && sources == 0)) return 0;
        return actorHits + sources;
    }

    public static bool SameActor(string a, string b)
    {
        a = Norm(a); b = Norm(b);
        if (a == b) return true;
        var ta = a.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var tb = b.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        // "Stoltenberg" is "Jens Stoltenberg"; transliterations share the surname and the first letters of the name.
        return ta.Length > 0 && tb.Length > 0 && ta[^1] == tb[^1]
               && (ta.Length == 1 || tb.Length == 1 || Prefix(ta[0]) == Prefix(tb[0]));
    }

    private static string Prefix(string s) => s.Length <= 3 ? s : s[..3];

    private static string Norm(string s)
    {
        var ascii = new StringBuilder(s.Length);
        foreach (var c in s.Normalize(NormalizationForm.FormKD)) if (c < 128) ascii.Append(c);
        var folded = string.Join(' ', ascii.ToString().ToLowerInvariant().Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
        return Aliases.GetValueOrDefault(folded, folded);
    }

    private static string NormSystem(string s)
    {
        var n = Norm(s);
        return SystemAliases.GetValueOrDefault(n, n);
    }

    private static string WhyMissed(IReadOnlyList<GoldEvent> gold, IReadOnlyList<ScoredEvent> predicted, int i, Dictionary<int, int> goldOfPred)
    {
        var g = gold[i];
        var fromSources = Enumerable.Range(0, predicted.Count).Where(j => predicted[j].Sources.Intersect(g.Sources).Any()).ToList();
        if (fromSources.Count == 0) return $"no event from {string.Join(", ", g.Sources)}";
        foreach (var j in fromSources)
            if (DateOk(g, predicted[j]) && Content(g, predicted[j]) > 0 && goldOfPred.TryGetValue(j, out var other))
                return $"merged into {gold[other].Id} ({predicted[j].Date})";
        foreach (var j in fromSources)
            if (!DateOk(g, predicted[j]) && Content(g, predicted[j]) > 0)
                return DateOff(g, predicted[j]);
        foreach (var j in fromSources)
            if (DateOk(g, predicted[j]))
                return SystemsDiffer(g, predicted[j]);
        return $"its sources yield other events ({string.Join(", ", fromSources.Select(j => predicted[j].Date).Distinct())})";
    }

    private static string WhyExtra(IReadOnlyList<GoldEvent> gold, ScoredEvent p, Dictionary<int, int> predOfGold)
    {
        foreach (var g in gold)
            if (DateOk(g, p) && Content(g, p) > 0) return $"duplicate of {g.Id}";
        foreach (var g in gold.Where(g => g.Sources.Intersect(p.Sources).Any()))
            if (!DateOk(g, p) && Content(g, p) > 0) return DateOff(g, p) + $" from {g.Id}";
        foreach (var g in gold.Where(g => g.Sources.Intersect(p.Sources).Any()))
            if (DateOk(g, p)) return SystemsDiffer(g, p) + $" ({g.Id})";
        return $"no gold event on {p.Date} from {string.Join(", ", p.Sources)}";
    }

    private static string DateOff(GoldEvent g, ScoredEvent p)
    {
        var (gd, pd) = (Period(g.Date), Period(p.Date));
        if (gd is null || pd is null) return $"date {p.Date} not comparable with {g.Date}";
        if (g.Precision == "day" && pd.Value.Start != pd.Value.End) return $"date {p.Date} is coarser than the day {g.Date}";
        var days = pd.Value.Start.DayNumber - gd.Value.Start.DayNumber;
        return days == 0 ? $"date {p.Date} is outside {g.Date}" : $"date off by {days:+0;-0} days ({p.Date} for {g.Date})";
    }

    private static string SystemsDiffer(GoldEvent g, ScoredEvent p) =>
        g.Systems.Count > 0 && p.Systems.Count == 0 ? $"no system (gold: {string.Join(", ", g.Systems)})"
        : g.Systems.Count == 0 ? $"systems {string.Join(", ", p.Systems)} where the gold names none"
        : $"systems {string.Join(", ", p.Systems)} instead of {string.Join(", ", g.Systems)}";
}
