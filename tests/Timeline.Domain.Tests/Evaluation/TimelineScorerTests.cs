using Timeline.Domain.Evaluation;

namespace Timeline.Domain.Tests.Evaluation;

public sealed class TimelineScorerTests
{
    private static GoldEvent Gold(string id, string date, string[]? systems = null, string[]? sources = null, bool approximate = false,
        string kind = "core", string[]? mergeWith = null, string[]? actors = null) =>
        new(id, kind, date, date.Length == 7 ? "month" : "day", systems ?? [], actors ?? [], sources ?? ["a.txt"], mergeWith ?? [], approximate);

    private static ScoredEvent Pred(string date, string[]? systems = null, string[]? sources = null, string[]? actors = null) =>
        new("p-" + date, date, "title", systems ?? [], actors ?? [], sources ?? ["a.txt"]);

    [Fact]
    public void A_gold_timeline_scored_against_itself_is_perfect()
    {
        var gold = GoldTimeline.Load(TestData.File("dev-corpus/a/gold.json"));
        var asPredicted = gold.Select(g => new ScoredEvent(g.Id, g.Date, g.Id, g.Systems, g.Actors, g.Sources)).ToList();
        var m = TimelineScorer.Score(gold, asPredicted).Metrics;
        (m.CoreRecall, m.Precision, m.Duplicates, m.DateF1, m.SourceRecall, m.SystemF1, m.ActorRecall).ShouldBe((1.0, 1.0, 0, 1.0, 1.0, 1.0, 1.0));
    }

    [Theory]
    [InlineData(true, "2024-04-05", true)]
    [InlineData(true, "2024-04-06", false)]
    [InlineData(false, "2024-04-05", false)]
    [InlineData(false, "2024-04-04", true)]
    public void An_approximate_gold_day_accepts_the_day_before_and_after(bool approximate, string predicted, bool matches) =>
        TimelineScorer.Score([Gold("g", "2024-04-04", ["Patriot"], approximate: approximate)], [Pred(predicted, ["Patriot"])]).Metrics.CoreRecall
            .ShouldBe(matches ? 1.0 : 0.0);

    [Fact]
    public void A_day_inside_a_month_gold_matches_and_a_month_never_matches_a_day()
    {
        TimelineScorer.Score([Gold("g", "2025-11", ["Patriot"])], [Pred("2025-11-20", ["Patriot"])]).Metrics.CoreRecall.ShouldBe(1.0);
        TimelineScorer.Score([Gold("g", "2025-11-20", ["Patriot"])], [Pred("2025-11", ["Patriot"])]).Metrics.CoreRecall.ShouldBe(0.0);
    }

    [Fact]
    public void A_gold_event_without_systems_is_not_a_prediction_that_names_one()
    {
        var result = TimelineScorer.Score([Gold("coalition", "2024-02-14")], [Pred("2024-02-14", ["Patriot"])]);
        result.Metrics.CoreRecall.ShouldBe(0.0);
        result.Extra.ShouldHaveSingleItem().Reason.ShouldBe("systems Patriot where the gold names none (coalition)");
    }

    [Fact]
    public void One_prediction_stands_for_an_event_and_the_one_the_gold_lets_it_merge_with()
    {
        var gold = new[] { Gold("contract", "2023-06-28", ["NASAMS"], mergeWith: ["announcement"]), Gold("announcement", "2023-06-28", ["NASAMS"]) };
        var m = TimelineScorer.Score(gold, [Pred("2023-06-28", ["NASAMS"])]).Metrics;
        (m.CoreRecall, m.Precision, m.Duplicates).ShouldBe((1.0, 1.0, 0));
    }

    [Fact]
    public void A_second_prediction_of_one_event_is_a_duplicate()
    {
        var m = TimelineScorer.Score([Gold("g", "2024-04-04", ["Patriot"])], [Pred("2024-04-04", ["Patriot"]), Pred("2024-04-04", ["Patriot"], ["b.txt"])]).Metrics;
        (m.CoreRecall, m.Precision, m.Duplicates).ShouldBe((1.0, 0.5, 1));
    }

    [Fact]
    public void A_missed_event_says_how_far_off_its_date_was()
    {
        var result = TimelineScorer.Score([Gold("avenger", "2022-11-10", ["Avenger"])], [Pred("2022-09-08", ["Avenger"])]);
        result.MissedCore.ShouldHaveSingleItem().Reason.ShouldBe("date off by -63 days (2022-09-08 for 2022-11-10)");
        TimelineScorer.Score([Gold("g", "2022-11-10", ["Avenger"])], [Pred("2022-11-10", sources: ["other.txt"])])
            .MissedCore.ShouldHaveSingleItem().Reason.ShouldBe("no event from a.txt");
    }

    [Theory]
    [InlineData("Zelenskyy", "Volodymyr Zelensky", true)]
    [InlineData("Stoltenberg", "Jens Stoltenberg", true)]
    [InlineData("Oleksiy Reznikov", "Oleksii Reznikov", true)]
    [InlineData("Gitanas Nausėda", "Gitanas Nauseda", true)]
    [InlineData("UK", "United Kingdom", true)]
    [InlineData("Boris Pistorius", "Boris Johnson", false)]
    public void Actors_are_the_same_across_spellings_and_aliases(string a, string b, bool same) =>
        TimelineScorer.SameActor(a, b).ShouldBe(same);
}
