using Bunit;
using Timeline.Domain.Model;
using Timeline.Web.Components.Pages.Timeline;

namespace Timeline.Web.Tests.Components;

public sealed class FilterPanelTests : TimelineTestContext
{
    private static readonly Facets Facets = new(
        [new FacetCount("Germany", 12), new FacetCount("Ukraine", 40)],
        [new FacetCount("Patriot", 9), new FacetCount("NASAMS", 4)],
        Enum.GetValues<EventType>().Select(t => new FacetCount(t.ToString(), 3)).ToList());

    [Fact]
    public void Shows_every_option_with_its_count()
    {
        var cut = Render<FilterPanel>(p => p.Add(c => c.Filter, TimelineFilter.Empty).Add(c => c.Facets, Facets));

        cut.FindAll("[data-testid=filter-system] label").Select(l => l.TextContent.Trim()).ShouldContain(t => t.Contains("Patriot") && t.Contains('9'));
        cut.FindAll("[data-testid=filter-actor-option]").Count.ShouldBe(2);
        cut.FindAll("button[data-testid^=filter-type-]").Count.ShouldBe(Enum.GetValues<EventType>().Length);
    }

    [Fact]
    public void Ticking_a_system_adds_it_to_the_filter()
    {
        TimelineFilter? changed = null;
        var cut = Render<FilterPanel>(p => p.Add(c => c.Filter, TimelineFilter.Empty).Add(c => c.Facets, Facets)
            .Add(c => c.OnChange, (TimelineFilter f) => changed = f));

        cut.Find("[data-testid=filter-system-option][data-value=NASAMS]").Change(true);

        changed.ShouldNotBeNull();
        changed.Systems.ShouldBe(["NASAMS"]);
    }

    [Fact]
    public void Pressing_a_selected_type_removes_it()
    {
        TimelineFilter? changed = null;
        var filter = TimelineFilter.Empty with { Types = [EventType.Pledge, EventType.Delivery] };
        var cut = Render<FilterPanel>(p => p.Add(c => c.Filter, filter).Add(c => c.Facets, Facets).Add(c => c.OnChange, (TimelineFilter f) => changed = f));

        cut.Find("[data-testid=filter-type-pledge]").GetAttribute("aria-pressed").ShouldBe("true");
        cut.Find("[data-testid=filter-type-pledge]").Click();

        changed!.Types.ShouldBe([EventType.Delivery]);
    }

    [Fact]
    public void Choosing_a_confidence_bound_makes_it_part_of_the_filter_and_it_shows_as_chosen()
    {
        TimelineFilter? changed = null;
        var cut = Render<FilterPanel>(p => p.Add(c => c.Filter, TimelineFilter.Empty).Add(c => c.Facets, Facets).Add(c => c.OnChange, (TimelineFilter f) => changed = f));

        cut.Find("[data-testid=filter-confidence]").Change("70");
        changed!.MinConfidence.ShouldBe(0.7);

        var chosen = Render<FilterPanel>(p => p.Add(c => c.Filter, TimelineFilter.Empty with { MinConfidence = 0.65 }).Add(c => c.Facets, Facets));
        chosen.Find("[data-testid=filter-confidence] option[selected]").TextContent.ShouldBe("65 % or more");
        TimelineFilter.Empty.ToParameters()["confidence"].ShouldBeNull();
        (TimelineFilter.Empty with { MinConfidence = 0.65 }).ToParameters()["confidence"].ShouldBe("65");
    }

    [Fact]
    public void Free_text_and_dates_become_part_of_the_filter()
    {
        TimelineFilter? changed = null;
        var cut = Render<FilterPanel>(p => p.Add(c => c.Filter, TimelineFilter.Empty).Add(c => c.Facets, Facets).Add(c => c.OnChange, (TimelineFilter f) => changed = f));

        cut.Find("[data-testid=filter-text]").Change("  patriot ");
        changed!.Text.ShouldBe("patriot");

        cut.Find("[data-testid=filter-from]").Change("2024-02-01");
        changed!.Window!.Value.FirstDay.ShouldBe(new DateOnly(2024, 2, 1));
    }

    [Fact]
    public void Reset_is_offered_only_when_something_is_filtered()
    {
        var reset = 0;
        var idle = Render<FilterPanel>(p => p.Add(c => c.Filter, TimelineFilter.Empty).Add(c => c.Facets, Facets));
        idle.Find("[data-testid=filter-reset]").HasAttribute("disabled").ShouldBeTrue();

        var active = Render<FilterPanel>(p => p.Add(c => c.Filter, TimelineFilter.Empty with { Actors = ["Germany"] }).Add(c => c.Facets, Facets)
            .Add(c => c.OnReset, () => reset++));
        active.Find("[data-testid=filter-reset]").Click();
        reset.ShouldBe(1);
    }

    [Fact]
    public void The_filter_round_trips_through_the_query_string()
    {
        var filter = TimelineFilter.Parse(["Germany", "Ukraine"], ["Patriot"], ["pledge", "bogus"], " air ", "2024-01-01", "2024-06-30");

        filter.Types.ShouldBe([EventType.Pledge]);
        filter.ToQueryString().ShouldBe("?actor=Germany&actor=Ukraine&system=Patriot&type=pledge&q=air&from=2024-01-01&to=2024-06-30");
        var exported = filter.ToEventFilter();
        exported.From.ShouldBe(new DateOnly(2024, 1, 1));
        exported.To.ShouldBe(new DateOnly(2024, 6, 30));
    }
}
