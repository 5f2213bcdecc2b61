using Timeline.Domain.Languages;
using Timeline.Domain.Pipeline.Sentences;
using Timeline.Domain.Pipeline.Temporal;

namespace Timeline.Domain.Tests.Languages;

public sealed class LexiconTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("timeline-lang-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    private string Write(string name, string json)
    {
        var path = Path.Combine(_dir, name);
        File.WriteAllText(path, json);
        return path;
    }

    [Fact]
    public void The_shipped_languages_each_name_twelve_months_and_seven_weekdays()
    {
        var lexicon = Lexicon.Default;
        lexicon.Languages.Select(l => l.Code).ShouldBe(["de", "en", "ru", "uk"], ignoreOrder: true);
        foreach (var l in lexicon.Languages)
        {
            l.Months.Count.ShouldBe(12, l.Code);
            l.Weekdays.Count.ShouldBe(7, l.Code);
            l.Months.ShouldAllBe(forms => forms.Count > 0);
        }
    }

    [Fact]
    public void Every_shipped_language_s_date_patterns_compile_when_prepared_ahead_of_the_import()
    {
        // The CLI compiles them while the database migrates: a pattern the shapes build wrongly fails here, not mid-import.
        Should.NotThrow(Lexicon.Default.Prepare);
        Lexicon.Default.Patterns.Languages.ShouldAllBe(l => l.DayMonth != null && l.Weekday != null);
    }

    [Fact]
    public void A_new_language_file_makes_its_dates_found_without_a_rebuild()
    {
        var french = Write("fr.json", """
            {
              "code": "fr",
              "months": [["janvier"], ["février"], ["mars"], ["avril"], ["mai"], ["juin"], ["juillet"], ["août"], ["septembre"], ["octobre"], ["novembre"], ["décembre"]],
              "weekdays": [["lundi"], ["mardi"], ["mercredi"], ["jeudi"], ["vendredi"], ["samedi"], ["dimanche"]],
              "monthPrepositions": ["en", "depuis"],
              "weekdayPrepositions": ["le"],
              "weekdayNeedsPreposition": true,
              "relative": { "hier": { "unit": "day", "offset": -1 } }
            }
            """);
        var finder = new TemporalFinder(Lexicon.Load(Lexicon.ShippedFolder, french));

        var found = finder.Find("Le 12 octobre 2022, la France a annoncé l'envoi de Crotale; hier, le ministre l'a confirmé, et en mars, le lundi aussi.");

        found.Select(f => (f.Text, f.Kind)).ShouldBe([
            ("12 octobre 2022", TemporalKind.FullDate),
            ("hier", TemporalKind.RelativeDay),
            ("en mars", TemporalKind.Month),
            ("le lundi", TemporalKind.Weekday),
        ]);
        found[0].Month.ShouldBe(10);
        new TemporalFinder().Find("Le 12 octobre 2022").ShouldBeEmpty("French is not shipped");
    }

    [Fact]
    public void A_file_with_a_known_code_adds_its_words_to_that_language()
    {
        var more = Write("en-more.json", """{ "code": "en", "months": [[], [], [], [], [], [], [], [], ["Setpember"], [], [], []], "abbreviations": ["approx"] }""");
        var lexicon = Lexicon.Load(Lexicon.ShippedFolder, more);

        lexicon.Languages.Count(l => l.Code == "en").ShouldBe(1);
        var found = new TemporalFinder(lexicon).Find("The battery arrived on 3 Setpember 2024.");
        found.ShouldHaveSingleItem().Month.ShouldBe(9);
        new TemporalFinder(lexicon).Find("It arrived on 3 September 2024.").ShouldHaveSingleItem().Month.ShouldBe(9);
    }

    [Fact]
    public void Abbreviations_and_ordinal_days_come_from_the_language_files()
    {
        var splitter = new SentenceSplitter(Lexicon.Default);
        splitter.Split("Gen. Smith spoke. It ended.").Count.ShouldBe(2);
        splitter.Split("Die Batterie kam am 16. Juli an. Das ist gut.").Count.ShouldBe(2);

        var noGerman = Lexicon.Load(Path.Combine(Lexicon.ShippedFolder, "en.json"));
        new SentenceSplitter(noGerman).Split("Die Batterie kam am 16. Juli an.").Count.ShouldBe(2, "without German the ordinal's full stop ends a sentence");
    }

    [Theory]
    [InlineData("""{ "code": "xx", "months": [["one"]] }""", "\"months\" has 1 entries, not 12")]
    [InlineData("""{ "code": "xx", "weekdays": [["a"], ["b"]] }""", "\"weekdays\" has 2 entries, not 7")]
    [InlineData("""{ "months": [] }""", "no \"code\"")]
    [InlineData("""{ "code": "xx", "relative": { "soon": { "unit": "fortnight", "offset": 1 } } }""", "unit 'fortnight'")]
    [InlineData("""{ "code": "xx", """, "is not valid")]
    public void A_broken_language_file_is_refused_with_its_name_and_the_problem(string json, string problem)
    {
        var path = Write("broken.json", json);
        var ex = Should.Throw<InvalidDataException>(() => Lexicon.Load(path));
        ex.Message.ShouldContain(path);
        ex.Message.ShouldContain(problem);
    }

    [Fact]
    public void Word_lists_read_stems_and_endings_in_any_case_and_apostrophe()
    {
        var words = new WordList(["not", "*n't", "прошл*"]);
        words.Contains("NOT").ShouldBeTrue();
        words.Contains("won’t").ShouldBeTrue();
        words.Contains("прошлую").ShouldBeTrue();
        words.Contains("knot").ShouldBeFalse();
        words.Contains("прош").ShouldBeFalse();
    }
}
