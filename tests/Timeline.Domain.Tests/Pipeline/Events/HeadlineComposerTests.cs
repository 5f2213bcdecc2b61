using Timeline.Domain.Model;
using Timeline.Domain.Pipeline.Events;

namespace Timeline.Domain.Tests.Pipeline.Events;

public sealed class HeadlineComposerTests
{
    public static IEnumerable<object[]> Rows() => TestData.Tsv("composed-titles.tsv").Select(r => new object[] { r[0], r[1], r[2], r[3], r[4] });

    [Theory]
    [MemberData(nameof(Rows))]
    public void A_composed_headline_says_who_does_what_with_which_system_for_whom(string sentence, string type, string systems, string actors, string expected)
    {
        var e = new TimelineEvent("e", new EventDate(new DateOnly(2023, 5, 4), null, DatePrecision.Day, false), 0.9, Enum.Parse<EventType>(type), "", "", null,
            actors.Split(';', StringSplitOptions.RemoveEmptyEntries), systems.Split(';', StringSplitOptions.RemoveEmptyEntries), [new Evidence("a", 0, sentence.Length, sentence, "")]);

        new HeadlineComposer(TestData.Knowledge).Compose(e, sentence).ShouldBe(expected);
    }
}
