using System.Globalization;
using System.Text;

namespace Timeline.Cli.Generate;

/// <summary>One generated article and the events it states, with the date each one really has.</summary>
public sealed record GeneratedArticle(string FileName, string Content, DateOnly Published, IReadOnlyList<GeneratedEvent> Events);

public sealed record GeneratedEvent(DateOnly Date, string Kind, string? System, string Sentence);

/// <summary>
/// Makes realistic, varied air-defence news articles for tests and benchmarks: front matter or not, several
/// date styles (weekday, day-month, month, relative), quotes, background, boilerplate, 3-5 KB each.
/// Deterministic for a seed, so a benchmark run can be repeated on the same texts.
/// </summary>
public sealed class ArticleGenerator(int seed)
{
    private static readonly string[] Systems = ["Patriot", "NASAMS", "IRIS-T", "Hawk", "SAMP/T", "Gepard", "Aspide", "Crotale", "Stinger", "Skynex"];
    private static readonly string[] Donors = ["Germany", "the United States", "France", "Italy", "Spain", "the Netherlands", "Norway", "Canada", "Sweden", "Denmark", "Poland", "the United Kingdom"];
    private static readonly string[] Cities = ["Kharkiv", "Odesa", "Dnipro", "Lviv", "Zaporizhzhia", "Kyiv", "Mykolaiv", "Sumy"];
    private static readonly string[] Venues = ["Brussels", "Ramstein", "Washington", "Vilnius", "Berlin", "Paris", "Warsaw"];
    private static readonly string[] Speakers =
    [
        "NATO Secretary General Jens Stoltenberg", "Ukrainian President Volodymyr Zelensky", "US Defense Secretary Lloyd Austin",
        "German Defence Minister Boris Pistorius", "Ukrainian Foreign Minister Dmytro Kuleba", "EU foreign policy chief Josep Borrell",
    ];
    private static readonly string[] Publishers = ["Kyiv Independent", "Defense News", "Euractiv", "Breaking Defense", "The Guardian", "Ukrinform"];
    private static readonly string[] Background =
    [
        "Russia has launched thousands of missiles and drones at Ukrainian cities since the start of the full-scale invasion.",
        "Air defence has become the most urgent need of the Ukrainian armed forces as winter approaches.",
        "Officials said the interceptors would be drawn from existing stocks to avoid delays.",
        "Western governments have warned that their own inventories are running low after two years of deliveries.",
        "Analysts say layered air defence combining short and long range systems is the only answer to mass drone attacks.",
        "The Ukrainian air force said it shot down 31 of 40 drones launched overnight.",
        "Production lines for interceptors are being expanded, but new missiles will take months to arrive.",
        "The package also includes artillery ammunition, armoured vehicles and spare parts.",
        "Diplomats admit there are precious few systems to spare.",
        "Moscow has repeatedly warned that Western weapons deliveries prolong the war.",
    ];
    private static readonly string[] Boilerplate = ["Follow us on Telegram", "Read also: Weekly summary of the war", "Share this article", "Subscribe to our newsletter"];

    private readonly Random _random = new(seed);

    public IEnumerable<GeneratedArticle> Generate(int count)
    {
        for (var i = 0; i < count; i++)
        {
            yield return Next(i);
        }
    }

    private GeneratedArticle Next(int index)
    {
        var published = new DateOnly(2022, 3, 1).AddDays(_random.Next(0, 365 * 4));
        var system = Pick(Systems);
        var donor = Pick(Donors);
        var events = new List<GeneratedEvent>();
        var paragraphs = new List<string>();

        var lead = Event(published, system, donor);
        events.Add(lead);
        paragraphs.Add(lead.Sentence + " " + Pick(Background));
        for (var p = 0; p < _random.Next(5, 9); p++)
        {
            var sb = new StringBuilder();
            if (_random.NextDouble() < 0.45)
            {
                var ev = Event(published, Pick(Systems), Pick(Donors));
                events.Add(ev);
                sb.Append(ev.Sentence).Append(' ');
            }
            sb.Append('“').Append(Quote(system)).Append("” ").Append(Pick(Speakers)).Append(" said. ");
            sb.Append(Pick(Background)).Append(' ').Append(Pick(Background));
            paragraphs.Add(sb.ToString());
            if (_random.NextDouble() < 0.15)
            {
                paragraphs.Add(Pick(Boilerplate));
            }
        }

        var title = $"{Capitalise(donor)} and allies step up {system} support for Ukraine";
        var body = string.Join("\n\n", paragraphs);
        var withFrontMatter = _random.NextDouble() < 0.6;
        var content = withFrontMatter
            ? $"---\ntitle: \"{title}\"\nurl: https://news.example/{index}\npublished: {published:yyyy-MM-dd}\npublisher: {Pick(Publishers)}\nlanguage: en\n---\n\n{body}\n"
            : $"{title}\n\n{body}\n";
        return new GeneratedArticle($"generated-{index:D5}.md", content, published, events);
    }

    private GeneratedEvent Event(DateOnly published, string system, string donor)
    {
        var daysBack = _random.Next(0, 6);
        var date = published.AddDays(-daysBack);
        var when = DateExpression(published, date);
        var city = Pick(Cities);
        return _random.Next(6) switch
        {
            0 => new(date, "meeting", null, $"Defence ministers of the Ukraine Defense Contact Group met in {Pick(Venues)} {when} to discuss more air defence for Kyiv."),
            1 => new(date, "pledge", system, $"{Capitalise(donor)} pledged {when} to send {_random.Next(2, 7)} more {system} systems to Ukraine."),
            2 => new(date, "delivery", system, $"The first {system} battery from {donor} arrived in Ukraine {when}, officials confirmed."),
            3 => new(date, "request", system, $"Ukrainian President Volodymyr Zelensky urged allies {when} to provide more {system} systems."),
            4 => new(date, "attack", null, $"Russian missiles struck energy facilities in {city} {when}, killing {_random.Next(2, 15)} people."),
            _ => new(date, "decision", system, $"The government of {donor} decided {when} to buy {system} interceptors for Ukraine."),
        };
    }

    private string DateExpression(DateOnly published, DateOnly date)
    {
        var inv = CultureInfo.InvariantCulture;
        return (published.DayNumber - date.DayNumber, _random.Next(4)) switch
        {
            (0, _) => "on " + date.DayOfWeek,
            (1, < 2) => "yesterday",
            (_, 0) => "on " + date.DayOfWeek,
            (_, 1) => "on " + date.ToString("MMMM d", inv),
            (_, 2) => "on " + date.ToString("d MMMM", inv),
            _ => "on " + date.ToString("MMMM d, yyyy", inv),
        };
    }

    private string Quote(string system) => _random.Next(4) switch
    {
        0 => $"Every {system} battery saves lives in our cities",
        1 => "We need more air defence, and we need it now",
        2 => "Allies must dig deeper into their stocks",
        _ => "The skies over Ukraine must be closed to Russian missiles",
    };

    private T Pick<T>(T[] items) => items[_random.Next(items.Length)];

    private static string Capitalise(string s) => char.ToUpperInvariant(s[0]) + s[1..];
}
