using Timeline.Web.Components.Pages.Timeline;

namespace Timeline.Web.Tests.Components;

public sealed class PushedWindowsTests
{
    [Fact]
    public void A_late_echo_of_an_older_write_is_ignored_and_so_is_the_latest()
    {
        var pushed = new PushedWindows();
        pushed.Pushed("2022-01-01", "2024-12-31");
        pushed.Pushed("2022-10-02", "2024-04-01");

        pushed.IsEcho("2022-01-01", "2024-12-31").ShouldBeTrue();
        pushed.IsEcho("2022-10-02", "2024-04-01").ShouldBeTrue();
    }

    [Fact]
    public void An_echo_forgets_the_older_writes_so_a_later_back_navigation_to_them_is_genuine()
    {
        var pushed = new PushedWindows();
        pushed.Pushed("2020-01-01", "2020-12-31");
        pushed.Pushed("2021-01-01", "2021-12-31");

        pushed.IsEcho("2021-01-01", "2021-12-31").ShouldBeTrue();

        pushed.IsEcho("2020-01-01", "2020-12-31").ShouldBeFalse();
    }

    [Fact]
    public void A_navigation_the_page_did_not_write_is_genuine_and_clears_the_pending_writes()
    {
        var pushed = new PushedWindows();
        pushed.Pushed("2020-01-01", "2020-12-31");

        pushed.IsEcho(null, null).ShouldBeFalse();
        pushed.IsEcho("2020-01-01", "2020-12-31").ShouldBeFalse();
    }
}
