using System.Text.Json;

namespace Timeline.Cli.Tests;

public sealed class ExportCommandTests : IDisposable
{
    private readonly TempFolder _temp = new();

    public ExportCommandTests() => Cli.Import(Repo.Seeds, "--db", _temp.Db).Code.ShouldBe(0);

    public void Dispose() => _temp.Dispose();

    [Fact]
    public async Task Csv_export_filtered_by_system_lists_only_events_with_that_system()
    {
        var (code, csv) = await Export("--format", "csv", "--system", "NASAMS");
        code.ShouldBe(0);
        var lines = csv.Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        lines[0].ShouldBe("id,date,end_date,precision,type,title,actors,systems,location,confidence,sources");
        lines.Length.ShouldBeGreaterThan(1);
        lines.Skip(1).ShouldAllBe(l => l.Contains("NASAMS"));
    }

    [Fact]
    public async Task Json_export_of_a_window_has_only_events_in_it_with_their_sources()
    {
        var (code, json) = await Export("--format", "json", "--from", "2024-04", "--to", "2024-04");
        code.ShouldBe(0);
        using var doc = JsonDocument.Parse(json);
        var events = doc.RootElement.GetProperty("events").EnumerateArray().ToList();
        events.ShouldNotBeEmpty();
        events.ShouldAllBe(e => e.GetProperty("date").GetString()!.StartsWith("2024-04"));
        events.ShouldAllBe(e => e.GetProperty("sources").GetArrayLength() > 0);
        events.SelectMany(e => e.GetProperty("sources").EnumerateArray())
            .ShouldAllBe(s => s.GetProperty("file").GetString()!.EndsWith(".txt"));
    }

    [Fact]
    public async Task Export_to_a_file_writes_the_file_and_not_stdout()
    {
        var path = _temp.File("out.csv");
        var (code, stdout) = await Export("--format", "csv", "--out", path);
        code.ShouldBe(0);
        stdout.ShouldBeEmpty();
        File.ReadAllText(path).ShouldStartWith("id,date,");
    }

    [Fact]
    public async Task Unknown_type_is_an_error_line_and_exit_code_2()
    {
        var (code, output, errors) = await Cli.ExportWithErrors("--format", "csv", "--type", "party", "--db", _temp.Db);
        code.ShouldBe(2);
        output.ShouldBeEmpty();
        errors.ShouldStartWith("error: unknown type 'party': use ");
    }

    [Fact]
    public async Task Names_match_in_any_case_and_through_aliases_and_an_unknown_name_or_a_reversed_range_is_an_error()
    {
        Cli.Import(Repo.Seeds, "--db", _temp.Db).Code.ShouldBe(0);
        var exact = await Export("--format", "csv", "--system", "NASAMS");
        exact.Output.Split('\n', StringSplitOptions.RemoveEmptyEntries).Length.ShouldBeGreaterThan(1);

        (await Export("--format", "csv", "--system", "nasams")).Output.ShouldBe(exact.Output);
        (await Export("--format", "csv", "--actor", "nato")).Output.ShouldBe((await Export("--format", "csv", "--actor", "NATO")).Output);
        (await Export("--format", "csv", "--actor", "Stoltenberg")).Output.ShouldBe((await Export("--format", "csv", "--actor", "Jens Stoltenberg")).Output);

        var bogus = await Cli.ExportWithErrors("--format", "csv", "--system", "Bogus", "--db", _temp.Db);
        bogus.Code.ShouldBe(2);
        bogus.Errors.ShouldContain("error: no system 'Bogus' in this timeline");
        var reversed = await Cli.ExportWithErrors("--format", "csv", "--from", "2025", "--to", "2024", "--db", _temp.Db);
        reversed.Code.ShouldBe(2);
        reversed.Errors.ShouldContain("error: from (2025) is later than to (2024)");
    }

    [Fact]
    public async Task A_confidence_bound_keeps_only_events_at_least_that_sure_and_a_bad_one_is_an_error()
    {
        Cli.Import(Repo.Seeds, "--db", _temp.Db).Code.ShouldBe(0);
        var all = JsonDocument.Parse((await Export("--format", "json")).Output).RootElement.GetProperty("events").EnumerateArray()
            .Select(e => e.GetProperty("confidence").GetDouble()).ToList();
        var sure = JsonDocument.Parse((await Export("--format", "json", "--confidence", "80")).Output).RootElement.GetProperty("events").EnumerateArray()
            .Select(e => e.GetProperty("confidence").GetDouble()).ToList();

        sure.ShouldAllBe(c => c >= 0.8);
        sure.Count.ShouldBe(all.Count(c => c >= 0.8));
        sure.Count.ShouldBeLessThan(all.Count, "the seeds have events below 80 %");

        var bad = await Cli.ExportWithErrors("--format", "csv", "--confidence", "high", "--db", _temp.Db);
        bad.Code.ShouldBe(2);
        bad.Errors.ShouldContain("error: confidence takes a percentage from 0 to 100, not 'high'");
    }

    private Task<(int Code, string Output)> Export(params string[] args) => Cli.Export([.. args, "--db", _temp.Db]);
}
