using Timeline.Domain.Model;
using Timeline.Domain.Pipeline.Events;

namespace Timeline.Domain.Tests.Pipeline.Events;

/// <summary>When two reports are one event, from a data file: pairs to merge and pairs to keep apart.</summary>
public sealed class MergerDataTests
{
    public static IEnumerable<object[]> Rows() => TestData.Tsv("merges.tsv").Select(r => new object[] { r.ToArray() });

    private static TimelineEvent Event(string[] r, int at, string id) => new(
        id, new EventDate(DateOnly.Parse(r[at], System.Globalization.CultureInfo.InvariantCulture), null, DatePrecision.Day, false), 0.9,
        Enum.Parse<EventType>(r[at + 1]), "", "", r[at + 4].Length == 0 ? null : r[at + 4],
        r[at + 3].Split(';', StringSplitOptions.RemoveEmptyEntries), r[at + 2].Split(';', StringSplitOptions.RemoveEmptyEntries),
        [new Evidence(id, 0, r[at + 5].Length, r[at + 5], "")]);

    [Theory]
    [MemberData(nameof(Rows))]
    public void Two_reports_are_one_event_only_on_the_same_day_with_the_same_system_or_people(string[] row)
    {
        var a = Event(row, 0, "a");
        var b = Event(row, 6, "b");
        TestData.Pipeline.Merger.SameEvent(a, b).ShouldBe(row[12] == "same", $"{row[5]} / {row[11]}");
    }

    [Fact]
    public void Two_dates_of_one_sentence_are_two_events_unless_one_holds_the_other()
    {
        const string sentence = "Spain's first pledge of four Hawk launchers, made last month, has been honoured: they reached Ukraine last week.";
        TimelineEvent Told(DateOnly start, DatePrecision precision, EventType type) => new(
            $"{type}", new EventDate(start, null, precision, false), 0.9, type, "", "", null, ["Spain"], ["Hawk"],
            [new Evidence("article", 0, sentence.Length, sentence, "")]);

        var pledge = Told(new DateOnly(2022, 10, 1), DatePrecision.Month, EventType.Pledge);
        TestData.Pipeline.Merger.SameEvent(pledge, Told(new DateOnly(2022, 10, 31), DatePrecision.Week, EventType.Delivery)).ShouldBeFalse();
        TestData.Pipeline.Merger.SameEvent(pledge, Told(new DateOnly(2022, 10, 13), DatePrecision.Day, EventType.Meeting)).ShouldBeTrue();
    }
}
