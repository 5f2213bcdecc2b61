using System.Text;
using Timeline.Domain.Import;
using Timeline.Domain.Model;
using Timeline.Domain.Pipeline.Events;

namespace Timeline.Domain.Tests.Pipeline.Events;

public sealed class EventExtractionTests
{
    public static IEnumerable<object[]> Rows() => TestData.Tsv("events.tsv").Select(r => new object[] { r[0], r[1], r[2] });

    private static IReadOnlyList<EventCandidate> Extract(string sentence, string published)
    {
        var fm = published == "-" ? "" : $"---\npublished: {published}\n---\n";
        var doc = TestData.Pipeline.Analyse(new SourceDocument("t.md", Encoding.UTF8.GetBytes(fm + "Headline\n\n" + sentence))).Document!;
        var dated = TestData.Pipeline.InferPublicationDates([doc], []);
        return TestData.Pipeline.Extract(dated[0]);
    }

    [Theory]
    [MemberData(nameof(Rows))]
    public void Sentences_yield_events_only_when_dated_triggered_and_asserted(string sentence, string published, string expected)
    {
        var events = Extract(sentence, published);
        if (expected == "-")
        {
            events.ShouldBeEmpty(string.Join("; ", events.Select(e => $"{e.Type}@{e.Date.ToIso()}")));
            return;
        }
        var expectations = expected.Split(" ; ");
        events.Count.ShouldBe(expectations.Length, string.Join("; ", events.Select(e => $"{e.Type}@{e.Date.ToIso()}")));
        foreach (var (e, one) in events.OrderBy(e => e.Evidence.Start).Zip(expectations))
        {
            var actor = one.Split('!') is [_, var a] ? a : null;
            var parts = one.Split('!')[0].Split('#');
            var head = parts[0];
            var approximate = head.EndsWith('~');
            var (type, date) = (head.Split('@')[0], head.Split('@')[1].TrimEnd('~'));
            e.Type.ShouldBe(Enum.Parse<EventType>(type));
            e.Date.ToIso().ShouldBe(date);
            e.Date.Approximate.ShouldBe(approximate);
            e.Systems.ShouldBe(parts.Length > 1 ? parts[1].Split('|') : []);
            if (actor is not null) e.Actors.ShouldBe([actor]);
            // One event: the sentence is its evidence; several: each its own clause of it.
            // A row may add a sentence after the lead ("Das gab ... am Dienstag bekannt"): the lead is still the quote. Or it
            // may set the scene in a first sentence for the event of its last one.
            if (expectations.Length == 1) (sentence == e.Evidence.Quote || sentence.StartsWith(e.Evidence.Quote + " ", StringComparison.Ordinal) && e.Evidence.Quote.EndsWith('.')
                || sentence.EndsWith(" " + e.Evidence.Quote, StringComparison.Ordinal)).ShouldBeTrue(e.Evidence.Quote);
            else sentence.ShouldContain(e.Evidence.Quote);
        }
        if (expectations.Length > 1) events.Select(e => e.Evidence.Quote).Distinct().Count().ShouldBe(events.Count);
    }

    [Theory]
    [InlineData("Союзники пообещали Украине пять систем Patriot на саммите НАТО в Вашингтоне 10 июля.", "Washington")]
    [InlineData("Міністри оборони зустрілися в Берліні 10 липня, щоб обговорити постачання Patriot.", "Berlin")]
    public void A_capital_is_one_place_whatever_the_language_names_it(string sentence, string place) =>
        Extract(sentence, "2024-07-12").ShouldHaveSingleItem().Location.ShouldBe(place);

    [Fact]
    public void Three_translations_of_one_report_merge_and_a_different_event_that_day_stays_apart()
    {
        string[] texts =
        [
            "Thursday night, a Russian drone strike hit a residential building in Kharkiv, killing several people and cutting power for 350,000 residents. NATO ministers agreed on Thursday to send more air defence to Ukraine.",
            "Overnight on Thursday, a drone attack in the Ukrainian city of Kharkiv destroyed residential buildings, killing several people and cutting power to 350 000 people.",
            "During the night from Wednesday to Thursday, Russia carried out drone attacks against residential buildings in Kharkiv, killing several people and depriving 350,000 people of electricity.",
        ];
        var docs = texts.Select((t, i) => new SourceDocument($"{i}.md", Encoding.UTF8.GetBytes($"---\npublished: 2024-04-04\n---\nHeadline {i}\n\n{t}"))).ToList();
        var store = new InMemoryTimelineStore();
        new Importer(TestData.Pipeline, store).Import(docs);

        store.Events.Count.ShouldBe(2);
        var strike = store.Events.Single(e => e.Type == EventType.Attack);
        strike.Date.ToIso().ShouldBe("2024-04-04");
        strike.Evidence.Select(x => x.ArticleHash).Distinct().Count().ShouldBe(3);
        strike.Location.ShouldBe("Kharkiv");
        store.Events.Single(e => e.Type == EventType.Decision).Evidence.Count.ShouldBe(1);
        store.Events.ShouldAllBe(e => e.Title.Length <= 80 && e.Summary.Length > 0);
    }

    private static IReadOnlyList<EventCandidate> ExtractArticle(string body, string published, string headline = "Headline")
    {
        var doc = TestData.Pipeline.Analyse(new SourceDocument("t.md", Encoding.UTF8.GetBytes($"---\npublished: {published}\n---\n{headline}\n\n{body}"))).Document!;
        return TestData.Pipeline.Extract(TestData.Pipeline.InferPublicationDates([doc], [])[0]);
    }

    [Fact]
    public void A_live_blogs_entries_are_dated_by_their_day_headings_not_by_the_last_update()
    {
        var events = ExtractArticle(
            "Updated 8 March 2023, 20:15\n\n" +
            "Wednesday 8 March 2023\n\n" +
            "19:50 — Lithuania's defence minister said on Wednesday that two more NASAMS launchers would be sent to Ukraine.\n\n" +
            "Tuesday 7 March 2023\n\n" +
            "16:10 — The defence ministry in Kyiv said a second Skynex system from Germany has arrived in Ukraine.\n\n" +
            "09:30 — Speaking on Monday evening, the Dutch prime minister pledged a Patriot launcher to Ukraine.",
            "2023-03-08");

        events.Select(e => $"{e.Type}@{e.Date.ToIso()}#{string.Join('|', e.Systems)}").Distinct().Order().ShouldBe(
            ["Delivery@2023-03-07#Skynex", "Pledge@2023-03-06#Patriot", "Pledge@2023-03-08#NASAMS"]);
    }

    [Fact]
    public void An_undated_lead_is_not_joined_to_a_dated_pledge_of_a_country_it_does_not_name()
    {
        var events = ExtractArticle(
            "NATO's secretary general said after the council that allies had committed to give Ukraine more Patriot systems.\n\n" +
            "The Netherlands said on Monday it would send Ukraine two Patriot launchers.",
            "2024-05-10");

        events.Select(e => e.Group).Distinct().Count().ShouldBe(2);
        events.Select(e => $"{e.Type}@{e.Date.ToIso()}").Distinct().Order().ShouldBe(["Pledge@2024-05-06", "Pledge@2024-05-10"]);
    }

    [Fact]
    public void Rocket_launchers_or_a_named_other_system_are_not_the_headlines_system()
    {
        var events = ExtractArticle(
            "Spain said on 2 March 2023 that it would send Ukraine two more Hawk launchers.\n\n" +
            "On 9 March 2023 the Dutch government said it would send Ukraine rocket launchers.\n\n" +
            "On 10 March 2023 Norway said it would send Ukraine HIMARS launchers.",
            "2023-06-01", "How Kyiv got its Patriots");

        events.ShouldAllBe(e => !e.Systems.Contains("Patriot"));
    }

    [Theory]
    [InlineData("How Kyiv got its Patriots", "Patriot")]
    [InlineData("Air defence for Kyiv: Patriot and NASAMS", "")]
    public void A_battery_in_a_report_headlined_on_one_system_is_that_systems(string headline, string expected)
    {
        var body = "Spain said on 2 March 2023 that it would send Ukraine two more Hawk launchers.\n\n" +
            "On 9 March 2023 the Dutch government said it would send Ukraine a battery of its own.";
        var events = ExtractArticle(body, "2023-06-01", headline);

        var battery = events.Where(e => e.Date.ToIso() == "2023-03-09").Select(e => string.Join('|', e.Systems)).Distinct();
        battery.ShouldBe(expected.Length == 0 ? [] : [expected]);
    }

    [Fact]
    public void A_battery_after_a_sentence_naming_one_system_is_that_systems_whatever_the_headline_names()
    {
        var body = "On 1 June 2022 the chancellor told parliament that Germany would supply IRIS-T to Ukraine. " +
            "The first battery reached Ukraine on 11 October 2022.";
        var events = ExtractArticle(body, "2025-08-20", "From Stinger to everything else");

        events.Where(e => e.Date.ToIso() == "2022-10-11").Select(e => $"{e.Type}#{string.Join('|', e.Systems)}").Distinct().ShouldBe(["Delivery#IRIS-T"]);
    }

    [Fact]
    public void A_dated_pledge_of_a_package_takes_the_systems_the_next_sentence_lists_for_it()
    {
        var events = ExtractArticle(
            "Allied ministers met in Brussels on 14 July to discuss the war.\n\n" +
            "On Monday the Netherlands became the first ally to fund a package under the new scheme, pledging 500 million euros.\n\n" +
            "The Dutch defence minister said the package would include Patriot components and missiles.",
            "2025-08-08");

        events.Where(e => e.Date.ToIso() == "2025-08-04").Select(e => $"{e.Type}#{string.Join('|', e.Systems)}").Distinct().ShouldBe(["Pledge#Patriot"]);
    }

    [Fact]
    public void A_single_date_line_is_a_pages_date_not_a_live_blog()
    {
        var events = ExtractArticle(
            "Tuesday 7 March 2023\n\n" +
            "The defence ministry in Kyiv said a second Skynex system from Germany has arrived in Ukraine.",
            "2023-03-09");

        events.Select(e => $"{e.Type}@{e.Date.ToIso()}").Distinct().ShouldBe(["Delivery@2023-03-09"]);
    }

    [Fact]
    public void Opinions_reactions_and_background_after_the_lead_are_not_events()
    {
        var events = ExtractArticle(
            "Germany delivered a second IRIS-T system to Ukraine on Monday.\n\n" +
            "“The priority is clear: more air defence, as quickly as possible,” the minister told a parliamentary committee on Thursday morning.\n\n" +
            "The Kremlin said on Thursday that the delivery would not help resolve the conflict, and Russian officials warned that IRIS-T units would be a target.\n\n" +
            "The minister also said Berlin would keep supplying missiles for the IRIS-T systems that it has already sent.",
            "2022-10-13");

        events.Select(e => $"{e.Type}@{e.Date.ToIso()}").Distinct().ShouldBe(["Delivery@2022-10-10"]);
    }

    [Fact]
    public void A_sentence_that_opens_with_earlier_is_background_not_todays_news()
    {
        var events = ExtractArticle(
            "7 листопада міністр оборони повідомив, що до України прибули комплекси NASAMS та Aspide.\n\n" +
            "Раніше Україна вже отримала від Німеччини перший комплекс IRIS-T SLM, а США пообіцяли ще кілька систем NASAMS.",
            "2022-11-07");

        events.ShouldAllBe(e => !e.Systems.Contains("IRIS-T"), "the earlier IRIS-T delivery is not part of the arrival");
        events.Select(e => $"{e.Type}@{e.Date.ToIso()}").Distinct().ShouldBe(["Delivery@2022-11-07"]);
    }

    [Fact]
    public void One_reports_undated_and_dated_sentences_of_a_meeting_without_a_system_are_one_meeting()
    {
        var events = ExtractArticle(
            "The main theme of the meeting was air defence, after the Russian missile attacks on Ukrainian cities.\n\n" +
            "In Brussels at NATO headquarters the contact group on the defence of Ukraine met today.",
            "2022-10-12");

        events.Select(e => e.Group).Distinct().ShouldHaveSingleItem();
        events.ShouldAllBe(e => e.Type == EventType.Meeting && e.Date.ToIso() == "2022-10-12");
    }

    [Fact]
    public void Photo_captions_ending_with_their_date_or_a_credit_are_not_evidence()
    {
        var events = ExtractArticle(
            "A firefighter works at the site of a Russian missile strike in central Kyiv, Ukraine, October 10, 2022. Wire/Jane Roe\n\n" +
            "President Joe Biden speaks at the NATO summit in Madrid, Spain, on June 29, 2022. File photo\n\n" +
            "A Patriot launcher deployed at the ministry in Tokyo during a drill in August 2017. | KYODO\n\n" +
            "Russia fired more than 80 missiles at Ukraine on Monday, hitting the centre of Kyiv, and the first IRIS-T system arrived on Tuesday.",
            "2022-10-12");

        events.ShouldNotBeEmpty();
        events.ShouldAllBe(e => e.Evidence.Quote.StartsWith("Russia fired"), "captions are furniture: they may bound a date, never state an event");
    }

    [Fact]
    public void A_date_in_a_clause_that_tells_the_attacks_dates_the_attacks_not_the_delivery()
    {
        var events = ExtractArticle(
            "Das erste IRIS-T-System ist in der Ukraine angekommen, teilte das Ministerium am Dienstag mit.\n\n" +
            "Die Ankunft fällt in eine Zeit schwerer Angriffe: Am Montag hatte Russland Städte in der ganzen Ukraine beschossen.",
            "2022-10-12");

        events.Where(e => e.Type != EventType.Attack).ShouldAllBe(e => e.Date.ToIso() == "2022-10-11");
        events.Where(e => e.Date.ToIso() == "2022-10-10").ShouldAllBe(e => e.Type == EventType.Attack && e.Systems.Count == 0);
    }

    [Fact]
    public void Two_countries_decisions_of_one_day_about_one_system_are_two_events()
    {
        var events = ExtractArticle(
            "Romania's defence council decided on Thursday to donate one of its Patriot air defence systems to Ukraine.\n\n" +
            "Also on Thursday, the United States decided to move Ukraine up the queue for Patriot interceptors.",
            "2024-06-21");

        events.Select(e => e.Group).Distinct().Count().ShouldBe(2);
    }

    [Fact]
    public void An_attack_and_what_air_defence_shot_down_of_it_that_day_are_one_event()
    {
        var events = ExtractArticle(
            "Russia launched a massive missile attack on Kyiv early on Tuesday.\n\n" +
            "Patriot systems shot down ten Kinzhal missiles on Tuesday, the air force said.",
            "2024-01-02");

        events.Select(e => e.Group).Distinct().ShouldHaveSingleItem();
    }

    [Fact]
    public void Attacks_on_two_places_the_same_day_stay_two_events()
    {
        var events = ExtractArticle(
            "A Russian drone strike hit a residential building in Kharkiv on Thursday.\n\n" +
            "Drones also struck warehouses in Odesa on Thursday.",
            "2024-04-05");

        events.Select(e => e.Group).Distinct().Count().ShouldBe(2);
    }

    [Fact]
    public void A_lead_without_a_date_takes_the_day_of_the_next_sentence_that_reports_it()
    {
        var events = ExtractArticle(
            "Deutschland liefert der Ukraine ein weiteres Patriot-Flugabwehrsystem. Das teilte das Verteidigungsministerium am Samstag in Berlin mit.",
            "2024-04-14");

        events.Select(e => e.Group).Distinct().ShouldHaveSingleItem();
        events.Count.ShouldBe(2, "the lead and the sentence that dates it");
        events.ShouldAllBe(e => e.Date.ToIso() == "2024-04-13" && !e.Date.Approximate && e.Systems.Contains("Patriot"));
        events.ShouldAllBe(e => e.Evidence.Basis == DatingBasis.Relative && e.Evidence.DatePhrase == "am Samstag");
    }

    [Fact]
    public void One_pledge_reported_from_the_capital_and_in_a_translation_naming_the_country_is_one_event()
    {
        var docs = new[]
        {
            ("en.md", "WASHINGTON — President Joe Biden on Wednesday promised Ukraine a Patriot missile battery as Volodymyr Zelensky visited the White House."),
            ("ru.md", "Напомним, что Вашингтон пообещал передать Украине батарею Patriot 21 декабря 2022 года, во время визита Владимира Зеленского."),
        }.Select(x => new SourceDocument(x.Item1, Encoding.UTF8.GetBytes($"---\npublished: 2022-12-22\n---\nHeadline\n\n{x.Item2}"))).ToList();
        var store = new InMemoryTimelineStore();
        new Importer(TestData.Pipeline, store).Import(docs);

        var pledge = store.Events.ShouldHaveSingleItem();
        pledge.Date.ToIso().ShouldBe("2022-12-21");
        pledge.Evidence.Select(x => x.ArticleHash).Distinct().Count().ShouldBe(2);
    }
}
