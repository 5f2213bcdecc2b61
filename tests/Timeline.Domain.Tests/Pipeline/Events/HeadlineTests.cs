using Timeline.Domain.Model;
using Timeline.Domain.Pipeline.Events;

namespace Timeline.Domain.Tests.Pipeline.Events;

public sealed class HeadlineTests
{
    public static IEnumerable<object[]> Rows() => TestData.Tsv("titles.tsv").Select(r => new object[] { r[0], r[1], r[2], r[3] });

    private static readonly Headline Writer = new(TestData.Knowledge.TriggerMatcher);

    [Theory]
    [MemberData(nameof(Rows))]
    public void Titles_are_the_event_clause_as_a_headline(string sentence, string type, string datePhrase, string expected)
    {
        var title = Writer.Title(sentence, datePhrase == "-" ? null : datePhrase, Enum.Parse<EventType>(type));
        title.Length.ShouldBeLessThanOrEqualTo(EventWriter.MaxTitle);
        title.ShouldBe(expected);
    }

    [Theory]
    [InlineData("However, “the systems arrived on Tuesday, the minister said.", "The systems arrived on Tuesday, the minister said.")]
    [InlineData("Meanwhile, <b>Germany</b> pledged IRIS-T", "Germany pledged IRIS-T.")]
    [InlineData("KYIV, April 19 (Reuters) - The first Patriots have arrived.", "The first Patriots have arrived.")]
    public void Summaries_are_clean_markdown_sentences(string sentence, string expected) =>
        Headline.Summary(sentence).ShouldBe(expected);
}
