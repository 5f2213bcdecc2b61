using System.Diagnostics;
using System.Text;
using Timeline.Domain.Import;
using Xunit.Abstractions;

namespace Timeline.Domain.Tests.Import;

/// <summary>
/// Texts made to trip backtracking patterns. Each is imported at two sizes; the times are printed (README's reliability
/// section reports them) and what is asserted is growth: four times the text may take about four times as long, never
/// the sixteen times a quadratic pattern takes (an unclosed-comment file of 160 KB once took 30 s).
/// </summary>
public sealed class PathologicalInputTests(ITestOutputHelper output)
{
    public static IEnumerable<object[]> Inputs() =>
    [
        ["unclosed comments", "<!-- "],
        ["unclosed tags", "<a href=x "],
        ["one character", "a"],
        ["nested brackets", "(["],
        ["open quotes", "“word "],
        ["dots and capitals", "U.S. A. "],
        ["digits and dots", "12.10.2022."],
    ];

    [Theory]
    [MemberData(nameof(Inputs))]
    public void Import_time_grows_linearly_with_pathological_text(string name, string unit)
    {
        Import(Text(unit, 4_000)); // warm-up: the first import compiles what it runs
        // The best of three: other tests run alongside and steal the cores.
        var small = Enumerable.Range(0, 3).Min(_ => Import(Text(unit, 100_000)));
        var large = Enumerable.Range(0, 3).Min(_ => Import(Text(unit, 400_000)));
        output.WriteLine($"{name}: 100 KB {small.TotalMilliseconds:0} ms, 400 KB {large.TotalMilliseconds:0} ms");
        // Below a second the measurement is mostly noise (other tests share the two cores); above it, growth must stay well
        // under the sixteen times of a quadratic pattern, which at 400 KB takes minutes.
        if (large > TimeSpan.FromSeconds(1)) (large / small).ShouldBeLessThan(12.0, $"{name} grows faster than linearly");
    }

    private static string Text(string unit, int length)
    {
        var sb = new StringBuilder("Headline\n\n", length + 16);
        while (sb.Length < length) sb.Append(unit);
        return sb.ToString();
    }

    private static TimeSpan Import(string text)
    {
        var clock = Stopwatch.StartNew();
        new Importer(TestData.Pipeline, new InMemoryTimelineStore()).Import([new SourceDocument("p.txt", Encoding.UTF8.GetBytes(text))]);
        return clock.Elapsed;
    }
}

public sealed class PatternTimeoutTests
{
    /// <summary>A normaliser whose pattern gives up on one text, as a backtracking pattern would at its match timeout.</summary>
    private sealed class GivesUpOn(string marker, Domain.Pipeline.Normalising.ITextNormaliser inner) : Domain.Pipeline.Normalising.ITextNormaliser
    {
        public Domain.Pipeline.Normalising.Normalised Normalise(string body) => body.Contains(marker, StringComparison.Ordinal)
            ? throw new System.Text.RegularExpressions.RegexMatchTimeoutException(body, "(a+)+$", TimeSpan.FromSeconds(2))
            : inner.Normalise(body);
    }

    [Fact]
    public void A_text_that_defeats_a_pattern_fails_alone_with_a_reason()
    {
        var pipeline = new Domain.Pipeline.ImportPipelineBuilder(TestData.Knowledge)
            .Use(new GivesUpOn("aaaaaaaa!", new Domain.Pipeline.Normalising.TextNormaliser(TestData.Knowledge))).Build();
        var store = new InMemoryTimelineStore();
        var report = new Importer(pipeline, store).Import(
        [
            new SourceDocument("bad.txt", Encoding.UTF8.GetBytes("Headline\n\naaaaaaaa!")),
            new SourceDocument("good.md", Encoding.UTF8.GetBytes("---\npublished: 2024-06-12\n---\nHeadline\n\nGermany pledged two more IRIS-T systems on Monday.")),
        ]);
        report.Files.Single(f => f.FileName == "bad.txt").Reason.ShouldBe("analysis took too long: the text defeats a pattern (2 s per match)");
        store.Events.ShouldHaveSingleItem().Systems.ShouldBe(["IRIS-T"]);
    }

    [Fact]
    public void Processes_limit_every_pattern_they_make()
    {
        Domain.Pipeline.ImportPipeline.LimitPatternTime();
        AppContext.GetData("REGEX_DEFAULT_MATCH_TIMEOUT").ShouldBe(Domain.Pipeline.ImportPipeline.PatternTimeout);
    }
}
