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
    public async Task Unknown_type_is_a_usage_error() =>
        await Should.ThrowAsync<UsageException>(() => Export("--format", "csv", "--type", "party"));

    private Task<(int Code, string Output)> Export(params string[] args) => Cli.Export([.. args, "--db", _temp.Db]);
}
