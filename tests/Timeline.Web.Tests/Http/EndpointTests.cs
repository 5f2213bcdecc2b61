using System.Net;
using System.Text.Json;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Timeline.Domain.Export;

namespace Timeline.Web.Tests.Http;

/// <summary>The app over HTTP on its own temp database file, configured the way an end-to-end test would start it.</summary>
public sealed class TimelineAppFactory : WebApplicationFactory<Program>
{
    public string ConnectionString { get; } = TestDatabase.Create(400);

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        // Development, as with `dotnet run`: static web assets (top-level wwwroot, MudBlazor) resolve from the build manifest.
        builder.UseEnvironment("Development");
        builder.UseSetting("ConnectionStrings:Timeline", ConnectionString);
        builder.UseSetting("Timeline:SeedPath", Path.Combine(Path.GetTempPath(), "no-such-seed-folder"));
    }
}

/// <summary>
/// One app for all HTTP tests: two hosts starting in parallel race on Serilog's static bootstrap logger ("already frozen").
/// </summary>
[CollectionDefinition(Name)]
public sealed class AppCollection : ICollectionFixture<TimelineAppFactory>
{
    public const string Name = "app";
}

[Collection(AppCollection.Name)]
public sealed class EndpointTests(TimelineAppFactory factory)
{
    private readonly HttpClient _client = factory.CreateClient();

    [Fact]
    public async Task Export_urls_read_names_in_any_case_and_refuse_what_they_cannot_read_with_a_reason()
    {
        var exact = await _client.GetStringAsync("/export.csv?system=Patriot");
        exact.Split('\n', StringSplitOptions.RemoveEmptyEntries).Length.ShouldBeGreaterThan(1);
        (await _client.GetStringAsync("/export.csv?system=patriot")).ShouldBe(exact);
        (await _client.GetStringAsync("/export.csv?system=Patriots")).ShouldBe(exact, "the knowledge file's plural is an alias");

        var bogus = await _client.GetAsync("/export.csv?system=Bogus");
        bogus.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await bogus.Content.ReadAsStringAsync()).ShouldContain("no system 'Bogus' in this timeline");
        var reversed = await _client.GetAsync("/export.json?from=2025&to=2024");
        reversed.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await reversed.Content.ReadAsStringAsync()).ShouldContain("from (2025) is later than to (2024)");
        (await _client.GetAsync("/export.csv?type=party")).StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        var unsure = await _client.GetAsync("/export.csv?confidence=high");
        unsure.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await unsure.Content.ReadAsStringAsync()).ShouldContain("confidence takes a percentage from 0 to 100, not 'high'");
    }

    [Fact]
    public async Task Exports_read_the_page_address_after_a_zoom_and_are_named_after_their_filter()
    {
        // After a zoom the page writes whole hours: the exports read them as the days they touch.
        var zoomed = await _client.GetAsync("/export.csv?system=patriot&from=2024-01-01T06&to=2024-12-31T18");
        zoomed.StatusCode.ShouldBe(HttpStatusCode.OK);
        zoomed.Content.Headers.ContentDisposition!.FileName!.Trim('"').ShouldBe("timeline-patriot-2024.csv");
        (await zoomed.Content.ReadAsStringAsync()).ShouldBe(await _client.GetStringAsync("/export.csv?system=patriot&from=2024-01-01&to=2024-12-31"));

        var json = await _client.GetAsync("/export.json?type=pledge&from=2023-03-01&to=2023-03-31");
        json.Content.Headers.ContentDisposition!.FileName!.Trim('"').ShouldBe("timeline-pledge-2023-03.json");
        (await _client.GetAsync("/export.svg?width=NaN")).StatusCode.ShouldBe(HttpStatusCode.OK);
    }

    [Fact]
    public async Task The_svg_export_is_a_picture_of_the_filtered_window_named_after_it_with_its_caption()
    {
        var response = await _client.GetAsync("/export.svg?system=patriot&from=2024-01-01&to=2024-12-31&lanes=actor&width=900");

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        response.Content.Headers.ContentType!.MediaType.ShouldBe("image/svg+xml");
        response.Content.Headers.ContentDisposition!.FileName!.Trim('"').ShouldBe("timeline-patriot-2024.svg");
        var svg = System.Xml.Linq.XDocument.Parse(await response.Content.ReadAsStringAsync());
        var texts = svg.Descendants().Where(e => e.Name.LocalName == "text").Select(e => e.Value).ToList();
        texts.ShouldContain("1 Jan 2024 – 31 Dec 2024");
        texts.ShouldContain("System: Patriot", "the name as the timeline spells it, not as the address did");
        using var json = JsonDocument.Parse(await _client.GetStringAsync("/export.json?system=Patriot&from=2024-01-01&to=2024-12-31"));
        var patriot2024 = json.RootElement.GetProperty("events").GetArrayLength();
        patriot2024.ShouldBeGreaterThan(1);
        texts.ShouldContain(t => t.StartsWith($"Timeline — {patriot2024.ToString("N0", System.Globalization.CultureInfo.InvariantCulture)} events from ", StringComparison.Ordinal));
        svg.Root!.Attribute("width")!.Value.ShouldBe("940", "the chart's width and the margins");

        (await _client.GetAsync("/export.svg?system=Bogus")).StatusCode.ShouldBe(HttpStatusCode.BadRequest);
    }

    [Fact]
    public async Task A_confidence_bound_in_an_export_url_keeps_only_events_at_least_that_sure()
    {
        static List<double> Confidences(string json) =>
            [.. System.Text.Json.JsonDocument.Parse(json).RootElement.GetProperty("events").EnumerateArray().Select(e => e.GetProperty("confidence").GetDouble())];
        var all = Confidences(await _client.GetStringAsync("/export.json"));
        var sure = Confidences(await _client.GetStringAsync("/export.json?confidence=80"));

        sure.ShouldAllBe(c => c >= 0.8);
        sure.Count.ShouldBe(all.Count(c => c >= 0.8));
        sure.Count.ShouldBeLessThan(all.Count);
    }

    [Fact]
    public async Task Health_answers_200_when_the_database_is_reachable()
    {
        var response = await _client.GetAsync("/health");
        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await response.Content.ReadAsStringAsync()).ShouldBe("Healthy");
    }

    [Theory]
    [InlineData("/")]
    [InlineData("/sources")]
    [InlineData("/export.csv")]
    [InlineData("/export.json")]
    [InlineData("/health")]
    public async Task Head_answers_wherever_get_does(string url)
    {
        var response = await _client.SendAsync(new HttpRequestMessage(HttpMethod.Head, url));
        response.StatusCode.ShouldBe(HttpStatusCode.OK);
    }

    [Fact]
    public async Task A_request_naming_another_host_is_refused()
    {
        var request = new HttpRequestMessage(HttpMethod.Get, "/");
        request.Headers.Host = "evil.example";
        var response = await _client.SendAsync(request);
        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await _client.GetAsync("/")).StatusCode.ShouldBe(HttpStatusCode.OK);
    }

    [Fact]
    public async Task A_source_that_does_not_exist_is_a_404()
    {
        var response = await _client.GetAsync("/sources/999999");
        response.StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task Responses_carry_security_headers()
    {
        var response = await _client.GetAsync("/");
        response.Headers.GetValues("X-Content-Type-Options").ShouldBe(["nosniff"]);
        response.Headers.Contains("Referrer-Policy").ShouldBeTrue();
        response.Headers.Contains("Permissions-Policy").ShouldBeTrue();
        response.Headers.GetValues("Content-Security-Policy").Single().ShouldContain("default-src 'self'");
    }

    [Theory]
    [InlineData("/export.csv?to=9999-12-31")]
    [InlineData("/export.csv?from=0001-01-01")]
    [InlineData("/export.json?from=0001-01-01&to=9999-12-31")]
    [InlineData("/export.json?from=9999-12-31")]
    [InlineData("/?from=0001-01-01&to=9999-12-31")]
    [InlineData("/?to=9999-12-31T23:59")]
    public async Task Bounds_at_the_calendars_ends_are_clamped_not_a_server_error(string url)
    {
        var response = await _client.GetAsync(url);
        response.StatusCode.ShouldBe(HttpStatusCode.OK);
    }

    [Fact]
    public async Task Csv_export_streams_exactly_the_filtered_window()
    {
        var response = await _client.GetAsync("/export.csv?system=Patriot&type=pledge&type=delivery&from=2023-01-01&to=2024-12-31");
        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        response.Content.Headers.ContentType!.MediaType.ShouldBe("text/csv");
        var lines = (await response.Content.ReadAsStringAsync()).Split("\r\n", StringSplitOptions.RemoveEmptyEntries);

        lines[0].ShouldBe(CsvExport.Header);
        lines.Length.ShouldBeGreaterThan(1);
        foreach (var line in lines.Skip(1))
        {
            line.ShouldContain("Patriot");
            line.ShouldMatch(",(pledge|delivery),");
        }
    }

    [Fact]
    public async Task Json_export_applies_actor_text_and_window()
    {
        var json = await _client.GetStringAsync("/export.json?actor=Germany&q=germany&from=2022-01-01&to=2026-12-31");
        using var doc = JsonDocument.Parse(json);
        var events = doc.RootElement.GetProperty("events").EnumerateArray().ToList();

        events.ShouldNotBeEmpty();
        events.ShouldAllBe(e => e.GetProperty("actors").EnumerateArray().Any(a => a.GetString() == "Germany"));
        events.ShouldAllBe(e => string.CompareOrdinal(e.GetProperty("date").GetString(), "2027") < 0);
        events[0].GetProperty("sources").GetArrayLength().ShouldBeGreaterThan(0);
    }

    [Fact]
    public async Task Exports_agree_with_each_other_and_with_no_filter_contain_everything()
    {
        var csv = (await _client.GetStringAsync("/export.csv")).Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        using var doc = JsonDocument.Parse(await _client.GetStringAsync("/export.json"));
        csv.Length.ShouldBe(400 + 1);
        doc.RootElement.GetProperty("events").GetArrayLength().ShouldBe(400);
    }

    [Fact]
    public async Task Csv_cells_that_look_like_formulas_are_defused() =>
        CsvExport.Cell("=HYPERLINK(\"x\")").ShouldStartWith("\"'=");

    [Fact]
    public async Task The_timeline_page_prerenders_markers_and_rows_with_event_ids()
    {
        var html = await _client.GetStringAsync("/?from=2024-01-01&to=2024-01-31");
        html.ShouldContain("data-testid=\"timeline-chart\"");
        html.ShouldContain("data-testid=\"event-row\"");
        html.ShouldContain("data-event-id=");
    }

    [Fact]
    public async Task Static_files_come_from_the_top_level_wwwroot()
    {
        (await _client.GetAsync("/js/timeline.js")).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await _client.GetAsync("/css/app.css")).StatusCode.ShouldBe(HttpStatusCode.OK);
    }
}

[Collection(AppCollection.Name)]
public sealed class LaneModeTests(TimelineAppFactory factory)
{
    [Theory]
    [InlineData("/?from=2024-03-04&to=2024-03-10&lanes=system")]
    [InlineData("/?from=2024-03-04&to=2024-03-10&lanes=actor")]
    [InlineData("/?lanes=system")]
    public async Task Lanes_per_system_or_actor_render_in_detail_and_cluster_mode(string url)
    {
        var html = await factory.CreateClient().GetStringAsync(url);
        html.ShouldContain("tl-band-label");
    }
}
