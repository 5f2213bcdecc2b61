using System.Text;
using Timeline.Domain.Import;
using Timeline.Domain.Pipeline;
using Timeline.Domain.Pipeline.Dating;
using Timeline.Domain.Model;

namespace Timeline.Domain.Tests.Pipeline.Dating;

public sealed class PublicationDateTests
{
    private static IReadOnlyList<PublicationDate> Infer(params string[] texts)
    {
        var docs = texts.Select((t, i) => TestData.Pipeline.Analyse(new SourceDocument($"{i}.txt", Encoding.UTF8.GetBytes(t))).Document!).ToList();
        return TestData.Pipeline.InferPublicationDates(docs, []).Select(d => d.Article.Published).ToList();
    }

    [Fact]
    public void Weekday_with_day_and_month_picks_the_year_allowed_by_the_offices_mentioned()
    {
        var d = Infer("Headline\n\nAllies met on Wednesday, Oct. 12, in Brussels. Ukrainian Defence Minister Oleksii Reznikov attended.")[0];
        d.Date.ShouldBe(new DateOnly(2022, 10, 12));
        d.Source.ShouldBe(PublicationDateSource.Inferred);
        d.Confidence.ShouldBeGreaterThanOrEqualTo(0.8);
        d.Evidence.ShouldContain("Reznikov");
    }

    [Fact]
    public void A_weekday_day_and_month_after_the_lead_s_own_weekday_is_an_earlier_event_and_the_lead_s_day_follows_it()
    {
        var d = Infer("Headline\n\nRussia fired missiles at Kyiv on Monday, Ukraine's air force said.\n\n" +
            "The strikes came two days after Ukrainians marked a holiday on Saturday, Aug. 24. Defence Minister Rustem Umerov spoke.")[0];
        d.Date.ShouldBe(new DateOnly(2024, 8, 26));
        d.Evidence.ShouldContain("first Monday on or after 2024-08-24");
    }

    [Fact]
    public void An_anniversary_of_a_founded_organisation_dates_the_article()
    {
        var d = Infer("Headline\n\nNATO marked its 75th anniversary as ministers met in Brussels.")[0];
        d.Date.ShouldBe(new DateOnly(2024, 4, 4));
        d.Evidence.ShouldContain("75th anniversary of NATO");
    }

    [Fact]
    public void Offices_alone_do_not_determine_a_day()
    {
        var d = Infer("Headline\n\nForeign Minister Dmytro Kuleba met Secretary of State Antony Blinken. ©2023 Example")[0];
        d.Date.ShouldBeNull();
        d.Source.ShouldBe(PublicationDateSource.Unknown);
        d.Evidence.ShouldContain("copyright 2023");
    }

    [Fact]
    public void An_undated_article_sharing_statements_with_a_dated_one_takes_its_date_with_low_confidence()
    {
        const string shared = "\"The horrific and indiscriminate attacks against Ukrainian cities left civilians killed and civilian critical infrastructure destroyed,\" Stoltenberg said. \"Allies have provided support to Ukraine by reducing NATO stocks, or ammunition, or weapons. This has been the right thing to do, but we need to address how to refill those stocks.\"";
        var dates = Infer(
            "---\npublished: 2022-10-12\n---\nA\n\n" + shared,
            "B\n\nStoltenberg spoke to reporters. " + shared.Replace("refill", "replenish"),
            "C\n\nAn unrelated story about the weather in Lisbon and the price of fish.");
        dates[1].Date.ShouldBe(new DateOnly(2022, 10, 12));
        dates[1].Confidence.ShouldBeLessThan(0.5);
        dates[1].Evidence.ShouldContain("0.txt");
        dates[2].ShouldBe(PublicationDate.Unknown);
    }

    [Fact]
    public void A_dateline_takes_its_year_from_the_lead_weekday_among_the_years_the_offices_allow()
    {
        // Scholz and Pistorius together allow 2023-2025; 15 April is a Saturday only in 2023 (a Monday and a Tuesday after).
        var d = Infer(Reuters("April 15", "Saturday"))[0];
        d.Date.ShouldBe(new DateOnly(2023, 4, 15));
        d.Confidence.ShouldBeGreaterThanOrEqualTo(0.5);
        d.Evidence.ShouldContain("dateline");
    }

    [Fact]
    public void A_dateline_whose_lead_weekday_is_the_day_before_in_another_year_does_not_date_the_news()
    {
        // 13 April is a Saturday in 2024, and a Sunday in 2025: a report filed overnight says "on Saturday" too.
        var d = Infer(Reuters("April 13", "Saturday"))[0];
        d.Date.ShouldBe(new DateOnly(2024, 4, 13));
        d.Confidence.ShouldBeLessThan(PublicationDateInferrer.DayConfidence);
        d.Evidence.ShouldContain("day after");
    }

    private static string Reuters(string dateline, string weekday) =>
        $"Germany to send more air defence\n\nBERLIN, {dateline} (Reuters) - Germany will deliver another system to Ukraine, " +
        $"Chancellor Olaf Scholz said on {weekday}. \"We stand by Ukraine,\" Defence Minister Boris Pistorius said. " +
        "On Thursday, a Russian strike destroyed a power plant. Scholz travels to China on Sunday.";

    [Fact]
    public void A_dateline_whose_year_nothing_narrows_leaves_the_date_unknown()
    {
        var d = Infer("Germany to send more air defence\n\nBERLIN, April 13 (Reuters) - Germany will deliver another system to Ukraine, " +
            "Chancellor Olaf Scholz said. Defence Minister Boris Pistorius agreed.")[0];
        d.Date.ShouldBeNull();
    }

    [Fact]
    public void A_day_and_month_inside_a_sentence_is_not_a_dateline()
    {
        var d = Infer("Headline\n\nGermany said the system, promised on April 13, would arrive soon, Chancellor Olaf Scholz said on Saturday. " +
            "Defence Minister Boris Pistorius agreed.")[0];
        d.Date.ShouldBeNull();
    }

    private sealed class FixedClock(DateTimeOffset now) : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => now;
        public override TimeZoneInfo LocalTimeZone => TimeZoneInfo.Utc;
    }

    [Theory]
    [InlineData(2026, "2025-07-16")]
    [InlineData(2020, "2014-07-16")]
    public void A_weekday_with_a_day_and_month_further_down_dates_in_the_latest_year_it_fits_until_today(int today, string expected)
    {
        var pipeline = new ImportPipelineBuilder(TestData.Knowledge).WithClock(new FixedClock(new DateTimeOffset(today, 1, 1, 0, 0, 0, TimeSpan.Zero))).Build();
        var text = "Headline\n\n" + string.Concat(Enumerable.Repeat("The ministry said the delivery of the systems is late again. ", 12))
            + "But on Wednesday, July 16, the department informed the ministry of the new order.";
        var doc = pipeline.Analyse(new SourceDocument("0.txt", Encoding.UTF8.GetBytes(text))).Document!;
        pipeline.InferPublicationDates([doc], [])[0].Article.Published.Date.ShouldBe(DateOnly.Parse(expected, System.Globalization.CultureInfo.InvariantCulture));
    }

    [Fact]
    public void An_update_stamp_is_not_the_publication_date()
    {
        var d = Infer("Headline\n\nAyhan Smith | 26.02.2022 - Updated : 27.02.2022\n\nGermany will give Ukraine 500 Stinger missiles, the spokesman announced on Saturday.")[0];
        d.Date.ShouldBe(new DateOnly(2022, 2, 26));
    }

    [Fact]
    public void What_the_text_tells_as_past_dates_a_day_and_month_in_the_first_year_after_it()
    {
        var d = Infer("Headline\n\nNo aid package has been bigger since the Russian invasion of the country in February. " +
            "On 24 August, the President announced a further package of military aid for Ukraine.")[0];
        d.Date.ShouldBe(new DateOnly(2022, 8, 24));
        d.Confidence.ShouldBeLessThan(0.5, "a first fitting year is a guess: it must not anchor 'on Friday'");
    }

    [Fact]
    public void A_photo_caption_date_bounds_the_article_but_is_not_its_date()
    {
        var d = Infer("Headline\n\nThe two foreign ministers meet on Sept. 8, 2022, in Warsaw, Poland.\n\n" +
            "Spain will send two more Hawk launchers to Ukraine, the ministry announced Tuesday. It comes a week after Madrid said on Oct. 27 that it was ready to help.")[0];
        d.Date.ShouldBe(new DateOnly(2022, 11, 1), "the first Tuesday on or after 27 October 2022, the latest day told as past");
        d.Confidence.ShouldBeGreaterThanOrEqualTo(0.5);
        d.Evidence.ShouldContain("first Tuesday");
    }

    [Fact]
    public void A_weekday_in_the_lead_is_not_placed_after_a_past_day_when_a_stronger_date_exists()
    {
        var d = Infer("Headline\n\nBERLIN, 14 March 2023 - Germany approved the sale on Tuesday. The talks began on 2 March.")[0];
        d.Date.ShouldBe(new DateOnly(2023, 3, 14));
        d.Evidence.ShouldNotContain("first Tuesday");
    }

    [Fact]
    public void An_interception_by_a_system_dates_the_report_after_the_system_reached_ukraine()
    {
        var d = Infer("Headline\n\nA Patriot battery shot down a ballistic missile over the capital on May 2, the commander wrote on Thursday.")[0];
        d.Date.ShouldBe(new DateOnly(2023, 5, 4), "Patriot is in Ukraine only since April 2023; the first Thursday on or after 2 May 2023");
        d.Evidence.ShouldContain("Patriot in combat");
    }

    [Fact]
    public void A_year_alone_bounds_an_undated_article_for_its_months_but_not_its_days()
    {
        var d = Infer("Headline\n\nIn summer 2023 the government sent spare parts. In November two launchers arrived, and on 3 May the minister visited.")[0];
        d.Date.ShouldBeNull();
        d.NotBefore.ShouldBe(new DateOnly(2023, 1, 1));
    }

    [Fact]
    public void A_photo_caption_bounds_an_undated_article_but_places_none_of_its_months()
    {
        // A file photo may be years older than the report: "in early March" is not the first March after it.
        const string text = "Headline\n\nA launcher fires during a drill in Texas, September 2019. (Picture: Army)\n\n" +
            "The new vehicles follow the Stinger missiles that Berlin first promised Ukraine in early March.";
        var d = Infer(text)[0];
        d.Date.ShouldBeNull();
        d.NotBefore.ShouldBeNull();
        d.Possible!.Value.From.ShouldBe(new DateOnly(2019, 9, 1));
        var doc = TestData.Pipeline.Analyse(new SourceDocument("a.txt", Encoding.UTF8.GetBytes(text))).Document!;
        TestData.Pipeline.Extract(TestData.Pipeline.InferPublicationDates([doc], [])[0]).ShouldBeEmpty();
    }

    [Fact]
    public void Dating_weights_are_the_confidence_each_kind_of_evidence_gives()
    {
        const string text = "Headline\n\nBERLIN, 14 March 2023 - Germany approved the sale of air defence missiles.";
        var weak = new ImportPipelineBuilder(TestData.Knowledge).WithDatingWeights(DatingWeights.Default with { DateNearTop = 0.4, Constrained = 0 }).Build();
        var doc = weak.Analyse(new SourceDocument("a.txt", Encoding.UTF8.GetBytes(text))).Document!;

        var d = weak.InferPublicationDates([doc], [])[0].Article.Published;
        d.Date.ShouldBe(new DateOnly(2023, 3, 14));
        d.Confidence.ShouldBe(0.4);
        Infer(text)[0].Confidence.ShouldBeGreaterThanOrEqualTo(DatingWeights.Default.DateNearTop);
    }
}
