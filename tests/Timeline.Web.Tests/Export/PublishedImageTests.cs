using System.Xml.Linq;
using Timeline.Domain.Model;
using Timeline.Web.Components.Pages.Timeline;
using Timeline.Web.Components.Pages.Timeline.Geometry;
using Timeline.Web.Export;

namespace Timeline.Web.Tests.Export;

public sealed class PublishedImageTests
{
    private static readonly XNamespace Svg = "http://www.w3.org/2000/svg";
    private static readonly TimeWindow Year = TimeWindow.Days(new DateOnly(2024, 1, 1), new DateOnly(2024, 12, 31));

    private static WindowView View(params EventMark[] marks)
    {
        var scale = new TimeScale(Year, 1200);
        return new WindowView(scale, TimelineLayouts.Detailed(scale, marks, PublishedImage.Options(1200)), TickGenerator.Generate(scale), marks.Length, false);
    }

    private static readonly EventMark Pledge = new("e1", new DateOnly(2024, 4, 13), new DateOnly(2024, 4, 13), DatePrecision.Day, EventType.Pledge,
        "Germany pledges a third Patriot system to Ukraine after weeks of requests from Kyiv", 4);
    private static readonly EventMark Delivery = new("e2", new DateOnly(2024, 6, 1), new DateOnly(2024, 6, 30), DatePrecision.Month, EventType.Delivery,
        "IRIS-T systems arrive", 1);

    private static XDocument Draw(TimelineFilter filter, params EventMark[] marks) =>
        XDocument.Parse(PublishedImage.Svg(View(marks), ImageCaption.For(filter, Year, marks.Length, 5, new DateOnly(2026, 12, 3))));

    private static List<string> Texts(XDocument doc) => doc.Descendants(Svg + "text").Select(t => t.Value).ToList();

    [Fact]
    public void A_published_picture_says_what_when_which_filter_and_how_much_it_stands_on()
    {
        var filter = TimelineFilter.Empty with { Systems = ["Patriot"], Types = [EventType.Pledge, EventType.Delivery], MinConfidence = 0.7 };

        var texts = Texts(Draw(filter, Pledge, Delivery));

        texts.ShouldContain(ImageCaption.DefaultTitle);
        texts.ShouldContain("1 Jan 2024 – 31 Dec 2024");
        texts.ShouldContain("System: Patriot · Types: pledge, delivery · Confidence ≥ 70 %");
        texts.ShouldContain("Timeline — 2 events from 5 sources · exported 3 Dec 2026");
        texts.ShouldContain("Pledge", "the legend names each type drawn");
        texts.ShouldContain("Delivery");
        texts.ShouldContain("dated to a week, month or year", "a span is explained when one is drawn");
    }

    [Fact]
    public void A_label_that_has_room_is_not_cut_short()
    {
        Texts(Draw(TimelineFilter.Empty, Pledge)).ShouldContain(Pledge.Title);
    }

    [Fact]
    public void The_legend_shows_only_the_types_drawn_and_no_filter_reads_as_all_events()
    {
        var texts = Texts(Draw(TimelineFilter.Empty, Pledge));

        texts.ShouldContain("All events");
        texts.ShouldContain("Pledge");
        texts.ShouldNotContain("Delivery");
        texts.ShouldNotContain("dated to a week, month or year");
    }

    [Fact]
    public void A_published_picture_has_no_links_keyboard_hints_or_server_address()
    {
        var text = PublishedImage.Svg(View(Pledge, Delivery), ImageCaption.For(TimelineFilter.Empty, Year, 2, 5, new DateOnly(2026, 12, 3)));
        var doc = XDocument.Parse(text);

        doc.Root!.Name.ShouldBe(Svg + "svg");
        doc.Descendants(Svg + "a").ShouldBeEmpty();
        text.ShouldNotContain("href");
        text.ShouldNotContain("127.0.0.1");
        text.ShouldNotContain("localhost");
        text.ShouldNotContain("zoom", Case.Insensitive);
        text.ShouldNotContain("arrow keys");
        text.ShouldNotContain("class=", customMessage: "a standalone picture carries its styles inline");
    }
}
