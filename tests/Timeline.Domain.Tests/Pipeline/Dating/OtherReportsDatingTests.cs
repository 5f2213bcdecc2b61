using System.Text;
using Timeline.Domain.Import;
using Timeline.Domain.Model;

namespace Timeline.Domain.Tests.Pipeline.Dating;

/// <summary>An article its own text cannot date takes the week of the event another report dates on its weekday.</summary>
public sealed class OtherReportsDatingTests
{
    // Published on a Wednesday; states the day explicitly.
    private const string Dated = """
        ---
        published: 2023-03-15
        ---
        Estonia buys IRIS-T for Ukraine

        Estonian Prime Minister Kaja Kallas said on March 15, 2023 that her government had signed a contract for two IRIS-T launchers to be handed to Ukraine.
        """;

    // The same event told by another outlet, with a weekday and a relative day but no date of its own.
    private const string Undated = """
        Tallinn pays for air defence launchers

        On Wednesday, Estonia's Prime Minister Kaja Kallas announced that the country had bought two IRIS-T launchers for Ukraine, in a contract with the maker.

        The defence ministry had approved the money yesterday, officials added.
        """;

    private static SourceDocument Doc(string name, string text) => new(name, Encoding.UTF8.GetBytes(text));

    [Fact]
    public void An_undated_report_takes_the_week_of_the_same_event_dated_by_a_report_later_in_the_batch()
    {
        var store = new InMemoryTimelineStore();
        new Importer(TestData.Pipeline, store).Import([Doc("undated.txt", Undated), Doc("dated.txt", Dated)]);

        var article = store.Articles().Single(a => a.FileName == "undated.txt");
        article.Published.Date.ShouldBe(new DateOnly(2023, 3, 15));
        article.Published.Evidence.ShouldContain("Wednesday");
        article.Problems.ShouldNotContain(p => p.StartsWith("publication date", StringComparison.Ordinal));
        var purchase = store.Events.Single(e => e.Systems.Contains("IRIS-T") && e.Date.Start == new DateOnly(2023, 3, 15));
        purchase.Evidence.Select(x => x.ArticleHash).Distinct().Count().ShouldBe(2, "both reports stay on the event");
    }

    [Fact]
    public void An_undated_report_is_not_dated_outside_the_term_of_the_office_holder_it_names()
    {
        // Christine Lambrecht left Germany's defence ministry in January 2023, before the dated report's Wednesday.
        const string dated = """
            ---
            published: 2023-03-15
            ---
            Germany buys IRIS-T for Ukraine

            Germany's government said on March 15, 2023 that it had signed a contract for two IRIS-T launchers to be handed to Ukraine.
            """;
        const string undated = """
            Berlin pays for air defence launchers

            On Wednesday, German Defence Minister Christine Lambrecht announced that Germany had bought two IRIS-T launchers for Ukraine.
            """;
        var store = new InMemoryTimelineStore();
        new Importer(TestData.Pipeline, store).Import([Doc("dated.txt", dated), Doc("undated.txt", undated)]);

        store.Articles().Single(a => a.FileName == "undated.txt").Published.Date.ShouldBeNull();
    }

    [Fact]
    public void An_undated_report_is_dated_by_an_event_stored_in_an_earlier_import()
    {
        var store = new InMemoryTimelineStore();
        new Importer(TestData.Pipeline, store).Import([Doc("dated.txt", Dated)]);
        new Importer(TestData.Pipeline, store).Import([Doc("undated.txt", Undated)]);

        store.Articles().Single(a => a.FileName == "undated.txt").Published.Date.ShouldBe(new DateOnly(2023, 3, 15));
    }

    [Fact]
    public void A_report_whose_weekday_fits_two_stored_events_in_different_weeks_stays_undated()
    {
        var store = new InMemoryTimelineStore();
        new Importer(TestData.Pipeline, store).Import([
            Doc("dated.txt", Dated),
            Doc("dated-later.txt", Dated.Replace("2023-03-15", "2023-03-22").Replace("March 15, 2023", "March 22, 2023")),
        ]);
        new Importer(TestData.Pipeline, store).Import([Doc("undated.txt", Undated)]);

        store.Articles().Single(a => a.FileName == "undated.txt").Published.Date.ShouldBeNull();
    }

    [Fact]
    public void A_report_of_another_system_on_the_same_weekday_stays_undated()
    {
        var store = new InMemoryTimelineStore();
        new Importer(TestData.Pipeline, store).Import([Doc("dated.txt", Dated), Doc("undated.txt", Undated.Replace("IRIS-T", "NASAMS"))]);

        store.Articles().Single(a => a.FileName == "undated.txt").Published.Date.ShouldBeNull();
    }

    [Fact]
    public void A_report_sharing_only_the_system_and_the_kind_of_event_stays_undated()
    {
        // The same system and a purchase, but other buyers: "a decision on IRIS-T on a Wednesday" happens every month.
        var other = Undated.Replace("Estonia's Prime Minister Kaja Kallas", "Latvia's defence minister").Replace("Tallinn", "Riga");
        var store = new InMemoryTimelineStore();
        new Importer(TestData.Pipeline, store).Import([Doc("dated.txt", Dated), Doc("undated.txt", other)]);

        store.Articles().Single(a => a.FileName == "undated.txt").Published.Date.ShouldBeNull();
    }
}
