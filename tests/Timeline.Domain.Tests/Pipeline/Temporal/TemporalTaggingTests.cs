using Timeline.Domain.Model;
using Timeline.Domain.Pipeline.Temporal;

namespace Timeline.Domain.Tests.Pipeline.Temporal;

public sealed class TemporalTaggingTests
{
    private static readonly TemporalFinder Finder = new();
    private static readonly TemporalResolver Resolver = new();

    public static IEnumerable<object[]> Rows() => TestData.Tsv("temporal.tsv").Select(r => new object[] { r[0], r[1], r[2], r[3] });

    [Theory]
    [MemberData(nameof(Rows))]
    public void Date_phrases_are_found_and_resolved_against_the_reference_date(string input, string reference, string expected, string precision)
    {
        var found = Finder.Find(input);
        if (expected == "-")
        {
            found.ShouldBeEmpty($"'{input}' has no date phrase, found: {string.Join(", ", found.Select(f => f.Text))}");
            return;
        }
        found.ShouldNotBeEmpty($"no date phrase found in '{input}'");
        DateOnly? r = reference == "-" ? null : DateOnly.Parse(reference);
        var e = found[0];
        var resolved = Resolver.Resolve(e, r, TemporalResolver.IsFuture(input, 0, e.Start));
        if (expected == "?")
        {
            resolved.ShouldBeNull("relative dates without a reference date stay unresolved");
            return;
        }
        resolved.ShouldNotBeNull($"'{e.Text}' did not resolve");
        resolved.Date.Start.ShouldBe(DateOnly.Parse(expected), resolved.Explanation);
        resolved.Date.Precision.ShouldBe(Enum.Parse<DatePrecision>(precision));
        resolved.Explanation.ShouldStartWith($"'{e.Text}' → ");
    }

    [Fact]
    public void Weekday_resolves_to_the_same_week_of_the_reference_date()
    {
        var e = Finder.Find("on Thursday")[0];
        var resolved = Resolver.Resolve(e, new DateOnly(2024, 4, 4), future: false)!;
        resolved.Date.Start.ShouldBe(new DateOnly(2024, 4, 4));
        resolved.Explanation.ShouldBe("'on Thursday' → 2024-04-04: the Thursday of the article's week (Thursday on or before 2024-04-04)");
    }

    [Fact]
    public void Typo_in_a_month_abbreviation_is_tolerated_but_not_ambiguous_ones()
    {
        Finder.Find("on Wednesday, Ocr.12, allies").ShouldHaveSingleItem().Month.ShouldBe(10);
        Finder.Find("the No. 12 brigade").ShouldBeEmpty();
    }
}

/// <summary>The language patterns run interpreted and, after many texts, compiled: both forms must find the same phrases.</summary>
public sealed class TieredPatternTests
{
    [Fact]
    public void Compiled_patterns_find_what_interpreted_ones_find()
    {
        var inputs = TestData.Tsv("temporal.tsv").Select(r => r[0]).ToList();
        string Found(TemporalFinder finder) => string.Join("\n", inputs.Select(i => string.Join(" | ", finder.Find(i).Select(e => $"{e.Start}-{e.End} {e.Kind} {e.Text}"))));
        var interpreted = new Timeline.Domain.Languages.Lexicon(Timeline.Domain.Languages.Lexicon.Default.Languages);
        var compiled = new Timeline.Domain.Languages.Lexicon(Timeline.Domain.Languages.Lexicon.Default.Languages);
        compiled.Patterns.CompileAll();

        compiled.Patterns.Languages.ShouldAllBe(l => l.Weekday == null || l.Weekday.Regex.IsCompiled);
        Found(new TemporalFinder(compiled)).ShouldBe(Found(new TemporalFinder(interpreted)));
    }

    [Fact]
    public void Phrase_led_patterns_find_what_the_same_pattern_finds_scanning()
    {
        // The rows of temporal.tsv, and phrases in quotes, brackets and with either apostrophe.
        var inputs = TestData.Tsv("temporal.tsv").Select(r => r[0]).Concat([
            "He said 'the day before yesterday' and “last night”.", "(yesterday) and [today]", "\"Overnight into Sunday\", he wrote.",
            "у п’ятницю та в п'ятницю ввечері", "Am Donnerstagabend und am Freitag", "the day before yesterday's strike",
        ]).ToList();
        foreach (var language in Timeline.Domain.Languages.Lexicon.Default.Patterns.Languages)
            foreach (var pattern in new[] { language.NightFrom, language.NightOn, language.MonthYear, language.MonthAlone, language.Weekday, language.Relative })
            {
                if (pattern is null) continue;
                var scanning = new System.Text.RegularExpressions.Regex(@"(?<!\p{L})" + pattern.Pattern, System.Text.RegularExpressions.RegexOptions.CultureInvariant);
                foreach (var input in inputs)
                    pattern.Matches(input).Select(m => (m.Index, m.Length)).ShouldBe(
                        scanning.Matches(input).Select(m => (m.Index, m.Length)), $"{language.Language.Code}: '{input}'");
            }
    }

    [Theory]
    [InlineData("He left yesterday.", "yesterday")]
    [InlineData("Strikes came overnight into Sunday.", "overnight into Sunday")]
    [InlineData("during the night from Monday to Tuesday", "during the night from Monday to Tuesday")]
    [InlineData("the nightly news on Monday", "on Monday")]
    [InlineData("Ayesterday is not a word", "")]
    public void A_phrase_is_found_only_where_a_word_starts(string input, string expected)
    {
        var found = new TemporalFinder().Find(input);
        string.Join(" | ", found.Select(e => e.Text)).ShouldBe(expected);
    }
}
