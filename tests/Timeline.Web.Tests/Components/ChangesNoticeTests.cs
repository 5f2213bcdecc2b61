using Bunit;
using Microsoft.Extensions.DependencyInjection;
using Timeline.Web.Changes;
using Timeline.Web.Components.Pages.Timeline;
using Timeline.Web.Seeding;

namespace Timeline.Web.Tests.Components;

public sealed class ChangesNoticeTests : TimelineTestContext
{
    [Fact]
    public void New_events_in_the_database_are_announced_and_shown_on_request()
    {
        var changes = Services.GetRequiredService<TimelineChanges>();
        changes.Report(new TimelineSnapshot(Articles: 5, LastArticleId: 5, Events: 10));
        var refreshed = 0;
        var notice = Render<ChangesNotice>(p => p.Add(c => c.OnRefresh, () => refreshed++));
        notice.FindAll("[data-testid=new-events]").ShouldBeEmpty("nothing changed since the page opened");

        changes.Report(new TimelineSnapshot(Articles: 6, LastArticleId: 6, Events: 13));

        notice.WaitForAssertion(() => notice.Find("[data-testid=new-events]").TextContent.ShouldContain("3 new events since this page was loaded"));
        notice.Find("[data-testid=show-new-events]").Click();
        refreshed.ShouldBe(1);
        notice.FindAll("[data-testid=new-events]").ShouldBeEmpty("the page shows them now");
    }

    [Fact]
    public void A_removal_is_announced_as_an_update()
    {
        var changes = Services.GetRequiredService<TimelineChanges>();
        changes.Report(new TimelineSnapshot(5, 5, 10));
        var notice = Render<ChangesNotice>();

        changes.Report(new TimelineSnapshot(4, 5, 8));

        notice.WaitForAssertion(() => notice.Find("[data-testid=new-events]").TextContent.ShouldContain("The timeline was updated"));
    }

    [Fact]
    public void The_first_start_import_says_how_far_it_is_while_it_runs()
    {
        var seed = Services.GetRequiredService<SeedStatus>();
        var notice = Render<ChangesNotice>();
        notice.FindAll("[data-testid=seed-progress]").ShouldBeEmpty();

        seed.Report(new SeedProgress(true, 120, 8000));
        notice.WaitForAssertion(() => notice.Find("[data-testid=seed-progress]").TextContent.ShouldContain("120 of 8,000 files"));

        seed.Report(SeedProgress.Idle);
        notice.WaitForAssertion(() => notice.FindAll("[data-testid=seed-progress]").ShouldBeEmpty());
    }

    [Fact]
    public async Task The_database_is_looked_at_and_a_change_is_reported_once()
    {
        var changes = new TimelineChanges(TestDatabase.CreateFactory());
        var heard = 0;
        changes.Changed += _ => heard++;

        var first = await changes.CheckAsync(CancellationToken.None);
        await changes.CheckAsync(CancellationToken.None);

        first.Events.ShouldBe(TestDatabase.Events);
        heard.ShouldBe(0, "the same database twice is no change");
        changes.Report(first with { Events = first.Events + 1 });
        heard.ShouldBe(1);
    }
}

public sealed class ReadOnlyNoticeTests : TimelineTestContext
{
    [Fact]
    public void A_read_only_database_is_said_so_with_the_reason()
    {
        Render<ChangesNotice>().FindAll("[data-testid=read-only]").ShouldBeEmpty();

        Services.GetRequiredService<Timeline.Web.Hosting.StorageHolder>().Current = Timeline.Web.Hosting.StorageStatus.ReadOnlyBecause("the disk is full");

        Render<ChangesNotice>().Find("[data-testid=read-only]").TextContent.ShouldContain("cannot be written (the disk is full)");
    }
}
