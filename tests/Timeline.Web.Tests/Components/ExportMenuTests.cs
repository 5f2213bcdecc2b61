using Bunit;
using Timeline.Domain.Model;
using Timeline.Web.Components.Pages.Timeline;
using Timeline.Web.Components.Pages.Timeline.Geometry;

namespace Timeline.Web.Tests.Components;

public sealed class ExportMenuTests : BunitContext
{
    private static readonly TimelineFilter Patriot2024 = TimelineFilter.Empty with
    {
        Systems = ["Patriot"], Types = [EventType.Pledge], Window = TimeWindow.Days(new DateOnly(2024, 1, 1), new DateOnly(2024, 12, 31)),
    };

    [Theory]
    [InlineData("export-csv")]
    [InlineData("export-json")]
    [InlineData("export-svg")]
    [InlineData("export-png")]
    public void Choosing_a_download_closes_the_menu(string item)
    {
        JSInterop.Mode = JSRuntimeMode.Loose;
        var menu = Render<ExportMenu>(p => p.Add(m => m.Filter, Patriot2024));

        menu.Find("[data-testid=export-toggle]").Click();
        menu.Find("[data-testid=export-toggle]").GetAttribute("aria-expanded").ShouldBe("true");
        menu.Find($"[data-testid={item}]").Click();

        menu.FindAll("[data-testid=export-csv]").ShouldBeEmpty();
        menu.Find("[data-testid=export-toggle]").GetAttribute("aria-expanded").ShouldBe("false");
    }

    [Fact]
    public void Downloads_are_named_after_the_filter_and_hold_its_window_and_lanes()
    {
        var menu = Render<ExportMenu>(p => p.Add(m => m.Filter, Patriot2024).Add(m => m.Lanes, LaneMode.System).Add(m => m.Width, 812.4));

        menu.Find("[data-testid=export-toggle]").Click();

        menu.Find("[data-testid=export-csv]").GetAttribute("download").ShouldBe("timeline-patriot-pledge-2024.csv");
        menu.Find("[data-testid=export-csv]").GetAttribute("href").ShouldBe("/export.csv?system=Patriot&type=pledge&from=2024-01-01&to=2024-12-31");
        menu.Find("[data-testid=export-svg]").GetAttribute("download").ShouldBe("timeline-patriot-pledge-2024.svg");
        menu.Find("[data-testid=export-svg]").GetAttribute("href").ShouldBe("/export.svg?system=Patriot&type=pledge&from=2024-01-01&to=2024-12-31&width=812&lanes=system");
    }

    [Fact]
    public void The_png_is_drawn_from_the_svg_export_under_its_own_name()
    {
        var module = JSInterop.SetupModule("/js/timeline.js");
        var call = module.SetupVoid("downloadPng", _ => true);
        var menu = Render<ExportMenu>(p => p.Add(m => m.Filter, Patriot2024));

        menu.Find("[data-testid=export-toggle]").Click();
        menu.Find("[data-testid=export-png]").Click();

        var invocation = module.VerifyInvoke("downloadPng");
        invocation.Arguments[0].ShouldBe("/export.svg?system=Patriot&type=pledge&from=2024-01-01&to=2024-12-31&width=1200");
        invocation.Arguments[1].ShouldBe("timeline-patriot-pledge-2024.png");
    }
}
