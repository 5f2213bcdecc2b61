using Timeline.Domain.Curation;
using Timeline.Domain.Model;

namespace Timeline.Domain.Tests.Curation;

public sealed class TypeDisagreementTests
{
    private static SourceType Source(int article, EventType type) => new(article, $"article {article}", type, $"quote {article}");

    [Fact]
    public void Two_reports_telling_a_delivery_and_a_pledge_disagree_and_each_type_keeps_its_sources()
    {
        var stated = TypeDisagreement.Of([Source(1, EventType.Delivery), Source(2, EventType.Pledge), Source(3, EventType.Delivery)]);
        stated.Select(s => (s.Type, s.Sources.Count)).ShouldBe([(EventType.Pledge, 1), (EventType.Delivery, 2)]);
    }

    [Fact]
    public void Reports_of_one_type_agree()
    {
        TypeDisagreement.Of([Source(1, EventType.Delivery), Source(2, EventType.Delivery)]).ShouldBeEmpty();
    }

    [Fact]
    public void A_statement_about_the_event_and_one_article_s_own_two_kinds_are_no_disagreement()
    {
        TypeDisagreement.Of([Source(1, EventType.Delivery), Source(2, EventType.Statement), Source(3, EventType.Other)]).ShouldBeEmpty();
        TypeDisagreement.Of([Source(1, EventType.Delivery), Source(1, EventType.Pledge)]).ShouldBeEmpty();
    }
}
