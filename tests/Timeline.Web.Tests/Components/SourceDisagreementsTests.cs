using Bunit;
using Timeline.Domain.Curation;
using Timeline.Domain.Model;
using Timeline.Web.Components.Pages.Curation;

namespace Timeline.Web.Tests.Components;

public sealed class SourceDisagreementsTests : TimelineTestContext
{
    private static readonly IReadOnlyList<StatedType> Types =
    [
        new(EventType.Pledge, [new SourceType(1, "Berlin pledges", EventType.Pledge, "Germany pledged another IRIS-T.")]),
        new(EventType.Delivery, [new SourceType(2, "Kyiv receives", EventType.Delivery, "Ukraine received the IRIS-T.")]),
    ];

    [Fact]
    public void Each_type_the_sources_give_is_shown_with_its_quotes_and_a_click_picks_it()
    {
        EventType? picked = null;
        var cut = Render<SourceDisagreements>(p => p
            .Add(c => c.Dates, [])
            .Add(c => c.Types, Types)
            .Add(c => c.OnUseType, (EventType t) => picked = t));

        cut.FindAll("[data-testid=stated-type]").Count.ShouldBe(2);
        cut.Find("[data-testid=type-disagreement]").TextContent.ShouldContain("“Ukraine received the IRIS-T.”");
        cut.FindAll("[data-testid=use-type]")[1].Click();

        picked.ShouldBe(EventType.Delivery);
        cut.FindAll("[data-testid=date-disagreement]").ShouldBeEmpty();
    }

    [Fact]
    public void Sources_that_agree_show_nothing()
    {
        var cut = Render<SourceDisagreements>(p => p.Add(c => c.Dates, []).Add(c => c.Types, []));
        cut.Markup.Trim().ShouldBeEmpty();
    }
}
