using Timeline.Domain.Export;
using Timeline.Domain.Model;

namespace Timeline.Domain.Tests.Export;

public sealed class FilterParserTests
{
    private static readonly FilterNames Names = new(["NATO", "Jens Stoltenberg", "United States"], ["Patriot", "IRIS-T"], TestData.Knowledge);

    private static FilterResult Parse(string[]? actors = null, string[]? systems = null, string[]? types = null, string? from = null, string? to = null) =>
        FilterParser.Parse(new FilterQuery(actors ?? [], systems ?? [], types ?? [], null, from, to), Names);

    [Theory]
    [InlineData("nato", "NATO")]
    [InlineData("Stoltenberg", "Jens Stoltenberg")]
    [InlineData("Washington", "United States")]
    public void Actors_are_found_in_any_case_and_by_their_aliases(string given, string stored) =>
        Parse(actors: [given]).Filter.Actors.ShouldBe([stored]);

    [Theory]
    [InlineData("patriot", "Patriot")]
    [InlineData("Patriots", "Patriot")]
    [InlineData("Iris T", "IRIS-T")]
    public void Systems_are_found_in_any_case_and_by_their_aliases(string given, string stored) =>
        Parse(systems: [given]).Filter.Systems.ShouldBe([stored]);

    [Theory]
    [InlineData("patriots", "Patriot")]
    [InlineData("Iris T", "IRIS-T")]
    [InlineData("air defence", "air defence")]
    public void A_search_for_a_known_name_searches_for_it_as_stored(string typed, string searched) =>
        FilterParser.Parse(new FilterQuery([], [], [], typed, null, null), Names).Filter.Text.ShouldBe(searched);

    [Fact]
    public void What_cannot_be_read_is_said_and_left_out()
    {
        var result = Parse(systems: ["Bogus", "Patriot"], types: ["party", "PLEDGE"], from: "2025", to: "2024");

        result.Ok.ShouldBeFalse();
        result.Problems.ShouldBe([
            "no system 'Bogus' in this timeline",
            "unknown type 'party': use meeting, decision, pledge, delivery, request, attack, statement, other",
            "from (2025) is later than to (2024)",
        ]);
        result.Filter.Systems.ShouldBe(["Patriot"]);
        result.Filter.Types.ShouldBe([EventType.Pledge]);
    }

    [Fact]
    public void Dates_take_years_months_and_days_and_refuse_the_rest()
    {
        var ok = Parse(from: "2024", to: "2024-04");
        ok.Filter.From.ShouldBe(new DateOnly(2024, 1, 1));
        ok.Filter.To.ShouldBe(new DateOnly(2024, 4, 30));
        Parse(from: "last year").Problems.ShouldBe(["from takes YYYY, YYYY-MM or YYYY-MM-DD, not 'last year'"]);
    }

    [Theory]
    [InlineData("70", 0.7)]
    [InlineData("70 %", 0.7)]
    [InlineData("100", 1.0)]
    [InlineData("0", null)]
    [InlineData("", null)]
    public void Confidence_is_a_percentage_and_zero_is_no_bound(string given, double? bound) =>
        FilterParser.Parse(new FilterQuery([], [], [], null, null, null, given), Names).Filter.MinConfidence.ShouldBe(bound);

    [Theory]
    [InlineData("high")]
    [InlineData("0.7")]
    [InlineData("150")]
    [InlineData("-10")]
    public void A_confidence_that_is_not_a_percentage_is_said_and_left_out(string given)
    {
        var result = FilterParser.Parse(new FilterQuery([], [], [], null, null, null, given), Names);
        result.Problems.ShouldBe([$"confidence takes a percentage from 0 to 100, not '{given}'"]);
        result.Filter.MinConfidence.ShouldBeNull();
    }

    [Theory]
    [InlineData("2024-04-04T06", "2024-04-05T06", "2024-04-04", "2024-04-05")]
    [InlineData("2024-04-04T06:00", "2024-04-06T00", "2024-04-04", "2024-04-05")]
    [InlineData("2024", "2024-04", "2024-01-01", "2024-04-30")]
    public void The_page_address_after_a_zoom_reads_as_the_days_it_touches(string from, string to, string first, string last)
    {
        var filter = Parse(from: from, to: to).Filter;
        filter.From.ShouldBe(DateOnly.Parse(first, System.Globalization.CultureInfo.InvariantCulture));
        filter.To.ShouldBe(DateOnly.Parse(last, System.Globalization.CultureInfo.InvariantCulture));
    }
}
