using Bunit;
using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.DependencyInjection;
using Timeline.Web.Components.Pages.Timeline;

namespace Timeline.Web.Tests.Components;

public sealed class TimelinePageFilterTests : TimelineTestContext
{
    [Fact]
    public void The_address_filter_reads_names_in_any_case_and_says_what_it_cannot_read()
    {
        Services.GetRequiredService<NavigationManager>().NavigateTo("/?system=patriot&system=Bogus&type=party");

        var page = Render<TimelinePage>();

        page.WaitForAssertion(() =>
        {
            var problems = page.Find("[data-testid=filter-problems]").TextContent;
            problems.ShouldContain("no system 'Bogus' in this timeline");
            problems.ShouldContain("unknown type 'party'");
        });
        page.Find("[data-testid='filter-system-option'][data-value='Patriot']").HasAttribute("checked").ShouldBeTrue("'patriot' is Patriot");
    }
}
