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
        // Below a quarter of a second the measurement is noise; above it, growth must stay far from quadratic.
        if (large > TimeSpan.FromMilliseconds(250)) (large / small).ShouldBeLessThan(9.0, $"{name} grows faster than linearly");
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
