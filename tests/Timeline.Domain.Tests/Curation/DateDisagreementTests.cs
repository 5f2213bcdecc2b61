using Timeline.Domain.Curation;
using Timeline.Domain.Model;

namespace Timeline.Domain.Tests.Curation;

public sealed class DateDisagreementTests
{
    private static SourceDate Source(int article, string day, DatingBasis basis = DatingBasis.Explicit, DatePrecision precision = DatePrecision.Day) =>
        new(article, $"article {article}", new EventDate(DateOnly.Parse(day, System.Globalization.CultureInfo.InvariantCulture), null, precision, false), basis, "quote");

    [Fact]
    public void Two_reports_stating_days_a_week_apart_disagree_and_each_date_keeps_its_sources()
    {
        var stated = DateDisagreement.Of([Source(1, "2024-04-04"), Source(2, "2024-04-11"), Source(3, "2024-04-04", DatingBasis.Relative)]);
        stated.Select(s => (s.Date.Start.Day, s.Sources.Count)).ShouldBe([(4, 2), (11, 1)]);
    }

    [Fact]
    public void Adjacent_days_agree_when_one_was_told_relative_to_its_report_but_two_calendar_dates_a_day_apart_disagree()
    {
        DateDisagreement.Of([Source(1, "2024-04-04"), Source(2, "2024-04-05", DatingBasis.Relative)]).ShouldBeEmpty();
        DateDisagreement.Of([Source(1, "2024-04-04"), Source(2, "2024-04-04")]).ShouldBeEmpty();
        DateDisagreement.Of([Source(1, "2024-04-04"), Source(2, "2024-04-05")]).Count.ShouldBe(2);
    }

    [Fact]
    public void A_publication_day_given_to_an_undated_sentence_and_one_article_s_own_two_dates_are_no_disagreement()
    {
        DateDisagreement.Of([Source(1, "2024-04-04"), Source(2, "2024-04-20", DatingBasis.Publication)]).ShouldBeEmpty();
        DateDisagreement.Of([Source(1, "2024-04-04"), Source(1, "2024-04-20")]).ShouldBeEmpty();
    }

    [Fact]
    public void A_month_agrees_with_a_day_inside_it()
    {
        DateDisagreement.Of([Source(1, "2024-04-01", precision: DatePrecision.Month), Source(2, "2024-04-17")]).ShouldBeEmpty();
        DateDisagreement.Of([Source(1, "2024-03-01", precision: DatePrecision.Month), Source(2, "2024-04-17")]).Count.ShouldBe(2);
    }
}
