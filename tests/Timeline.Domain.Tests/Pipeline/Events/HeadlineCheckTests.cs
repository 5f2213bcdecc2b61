using Timeline.Domain.Pipeline.Events;

namespace Timeline.Domain.Tests.Pipeline.Events;

public sealed class HeadlineCheckTests
{
    public static IEnumerable<object[]> Rows() => TestData.Tsv("headline-check.tsv").Select(r => new object[] { r[0], r[1] });

    [Theory]
    [MemberData(nameof(Rows))]
    public void A_title_reads_as_a_headline_or_the_check_names_what_is_wrong(string title, string expected) =>
        (HeadlineCheck.Problem(title, TestData.Knowledge.Verbs) ?? "ok").ShouldBe(expected);
}
