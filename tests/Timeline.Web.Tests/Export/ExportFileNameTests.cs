using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.WebUtilities;
using Timeline.Web.Components.Pages.Timeline;
using Timeline.Web.Components.Pages.Timeline.Geometry;
using Timeline.Web.Export;

namespace Timeline.Web.Tests.Export;

public sealed class ExportFileNameTests
{
    public static IEnumerable<object[]> Rows() => File.ReadLines(Path.Combine(AppContext.BaseDirectory, "Export", "export-file-names.tsv"))
        .Where(l => l.Length > 0 && !l.StartsWith('#')).Select(l => l.Split('\t')).Select(r => new object[] { r[0], r[1], r[2], r[3], r[4] });

    [Theory]
    [MemberData(nameof(Rows))]
    public void A_download_is_named_after_its_filter_and_period(string query, string first, string last, string extension, string expected)
    {
        var filter = TimelineFilter.FromQuery(new QueryCollection(query == "-" ? [] : QueryHelpers.ParseQuery("?" + query)));
        var window = TimeWindow.Days(DateOnly.Parse(first, System.Globalization.CultureInfo.InvariantCulture), DateOnly.Parse(last, System.Globalization.CultureInfo.InvariantCulture));

        ExportFileName.For(filter, window, extension).ShouldBe(expected);
    }

    [Fact]
    public void A_name_in_another_script_is_sent_in_utf8_beside_an_ascii_fallback()
    {
        var header = ExportFileName.Header("timeline-україна-2023.json");

        header.ShouldStartWith("attachment");
        header.All(c => c < 128).ShouldBeTrue("a header value holds only ASCII");
        header.ShouldContain("filename=timeline-_______-2023.json");
        header.ShouldContain("filename*=UTF-8''timeline-%D1%83%D0%BA%D1%80%D0%B0%D1%97%D0%BD%D0%B0-2023.json");
    }
}
