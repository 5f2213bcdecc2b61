using System.Text;
using Timeline.Domain.Import;
using Timeline.Domain.Pipeline.Dating;

namespace Timeline.Domain.Tests.Pipeline.Dating;

/// <summary>The publication-date inferrer from a data file: one row per kind of evidence, rows it must not date included.</summary>
public sealed class PublicationDateDataTests
{
    public static IEnumerable<object[]> Rows() => TestData.Tsv("publication-dates.tsv").Select(r => new object[] { r[0], r[1], r[2] });

    [Theory]
    [MemberData(nameof(Rows))]
    public void An_article_without_front_matter_is_dated_by_its_own_text_or_left_undated(string text, string expected, string anchors)
    {
        var doc = TestData.Pipeline.Analyse(new SourceDocument("a.txt", Encoding.UTF8.GetBytes(text.Replace("\\n", "\n")))).Document!;
        var d = TestData.Pipeline.InferPublicationDates([doc], [])[0].Article.Published;

        if (expected == "-")
        {
            d.Date.ShouldBeNull(d.Evidence);
            return;
        }
        d.Date.ShouldBe(DateOnly.Parse(expected, System.Globalization.CultureInfo.InvariantCulture), d.Evidence);
        (d.Confidence >= PublicationDateInferrer.AnchorConfidence).ShouldBe(anchors == "yes", $"confidence {d.Confidence}: {d.Evidence}");
    }
}
