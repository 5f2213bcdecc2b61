using Timeline.Web.Components.Pages.Timeline.Geometry;

namespace Timeline.Web.Tests.Geometry;

public sealed class TickGeneratorTests
{
    public static TheoryData<string, string, string, double> Windows => new()
    {
        { "1950-01-01", "2060-01-01", "5 years", 1200 },
        { "1900-01-01", "2150-01-01", "decade", 1200 },
        { "2014-01-01", "2027-01-01", "year", 1200 },
        { "2014-01-01", "2027-01-01", "2 years", 390 },
        { "2024-01-01", "2025-01-01", "month", 1200 },
        { "2024-03-01", "2024-04-01", "day", 1200 },
        { "2024-03-01", "2024-06-01", "week", 1200 },
        { "2024-04-04", "2024-04-06", "day", 1200 },
        { "2024-04-04", "2024-04-09", "day", 1200 },
    };

    [Theory]
    [MemberData(nameof(Windows))]
    public void Picks_the_finest_unit_whose_labels_fit(string from, string to, string unit, double width)
    {
        var ticks = TickGenerator.Generate(Scale(from, to, width));
        ticks.Unit.ShouldBe(unit);
    }

    [Theory]
    [MemberData(nameof(Windows))]
    public void Labels_never_overlap_in_either_row(string from, string to, string unit, double width)
    {
        _ = unit;
        var ticks = TickGenerator.Generate(Scale(from, to, width));
        foreach (var row in new[] { ticks.Fine, ticks.Context })
        {
            for (var i = 1; i < row.Count; i++)
            {
                row[i].X.ShouldBeGreaterThanOrEqualTo(row[i - 1].X + TickGenerator.LabelWidth(row[i - 1].Label) - 0.001,
                    $"'{row[i - 1].Label}' runs into '{row[i].Label}'");
            }
        }
        ticks.Fine.Count.ShouldBeGreaterThan(1);
    }

    [Fact]
    public void Day_ticks_carry_the_month_as_context()
    {
        var ticks = TickGenerator.Generate(Scale("2024-03-01", "2024-04-01", 1200));
        ticks.Context[0].Label.ShouldBe("March 2024");
        ticks.Fine.Select(t => t.Label).ShouldContain("15");
    }

    [Fact]
    public void A_one_day_window_is_labelled_with_its_day_and_no_clock_times()
    {
        // Events are dated to the day at best: an "06:00" tick would suggest a time no event has.
        var ticks = TickGenerator.Generate(Scale("2024-04-04T12:00", "2024-04-05T12:00", 1200));
        ticks.Fine.Select(t => t.Label).ShouldBe(["Fri 5"]);
        ticks.Fine.ShouldAllBe(t => !t.Label.Contains(':'));
        ticks.Context[0].Label.ShouldBe("April 2024");
    }

    private static TimeScale Scale(string from, string to, double width) =>
        new(new TimeWindow(DateTime.Parse(from, System.Globalization.CultureInfo.InvariantCulture),
            DateTime.Parse(to, System.Globalization.CultureInfo.InvariantCulture)), width);
}
