using System.Text.Json;

namespace Timeline.Cli.Tests;

public sealed class EvaluateCommandTests : IDisposable
{
    private readonly TempFolder _temp = new();

    public void Dispose() => _temp.Dispose();

    private const string Article = """
        ---
        published: 2024-06-12
        ---
        Germany pledges more air defence

        Germany pledged two more IRIS-T systems to Ukraine on Monday, the defence ministry said.
        """;

    private string Gold(string date) => Write("gold.json", $$"""
        [
          {"id": "iris-t-pledge", "kind": "core", "date": "{{date}}", "precision": "day", "systems": ["IRIS-T"],
           "actors": ["Germany"], "sources": ["pledge.md"]},
          {"id": "optional-strike", "kind": "optional", "date": "2024-06-09", "precision": "day", "systems": [], "actors": ["Russia"], "sources": ["pledge.md"]}
        ]
        """);

    private string Write(string name, string text)
    {
        var path = _temp.File(name);
        File.WriteAllText(path, text);
        return path;
    }

    [Fact]
    public void Evaluate_prints_the_scores_of_an_import_against_a_gold_timeline()
    {
        var folder = Directory.CreateDirectory(_temp.File("articles")).FullName;
        File.WriteAllText(Path.Combine(folder, "pledge.md"), Article);
        var (code, output) = Cli.Evaluate("--gold", Gold("2024-06-10"), folder);
        code.ShouldBe(0);
        output.ShouldContain("core recall   1.000");
        output.ShouldContain("precision     1.000");
        output.ShouldNotContain("missed");
    }

    [Fact]
    public void Evaluate_names_the_likely_reason_of_a_miss_and_prints_json_for_scripts()
    {
        var folder = Directory.CreateDirectory(_temp.File("articles")).FullName;
        File.WriteAllText(Path.Combine(folder, "pledge.md"), Article);
        var (code, output) = Cli.Evaluate("--gold", Gold("2024-06-11"), folder, "--json");
        code.ShouldBe(0);
        using var json = JsonDocument.Parse(output);
        json.RootElement.GetProperty("core_recall").GetDouble().ShouldBe(0.0);
        var missed = json.RootElement.GetProperty("missed_core").EnumerateArray().ShouldHaveSingleItem();
        missed.GetProperty("id").GetString().ShouldBe("iris-t-pledge");
        missed.GetProperty("reason").GetString().ShouldBe("date off by -1 days (2024-06-10 for 2024-06-11)");
        json.RootElement.GetProperty("extra").EnumerateArray().ShouldHaveSingleItem().GetProperty("reason").GetString()
            .ShouldBe("date off by -1 days (2024-06-10 for 2024-06-11) from iris-t-pledge");
    }

    [Fact]
    public void A_missing_gold_file_is_an_error_with_its_name() =>
        Cli.Evaluate("--gold", _temp.File("none.json"), _temp.Path).Code.ShouldBe(2);

    [Fact]
    public void Evaluate_without_gold_is_a_usage_error() =>
        Cli.Evaluate(_temp.Path).Code.ShouldBe(Entry.UsageError);
}
