using System.Text;
using Timeline.Domain.Import;
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
        // Scholz and Pistorius together allow 2023-2025; 13 April is a Saturday only in 2024.
        var d = Infer("Germany to send more air defence\n\nBERLIN, April 13 (Reuters) - Germany will deliver another system to Ukraine, " +
            "Chancellor Olaf Scholz said on Saturday. \"We stand by Ukraine,\" Defence Minister Boris Pistorius said. " +
            "On Thursday, a Russian strike destroyed a power plant. Scholz travels to China on Sunday.")[0];
        d.Date.ShouldBe(new DateOnly(2024, 4, 13));
        d.Confidence.ShouldBeGreaterThanOrEqualTo(0.5);
        d.Evidence.ShouldContain("dateline");
    }

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
}
