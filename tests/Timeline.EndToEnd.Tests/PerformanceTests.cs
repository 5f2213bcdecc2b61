using System.Text.Json;
using Microsoft.Playwright;
using Timeline.EndToEnd.Tests.Infrastructure;
using Timeline.EndToEnd.Tests.Pages;
using Xunit.Abstractions;
using static Microsoft.Playwright.Assertions;

namespace Timeline.EndToEnd.Tests;

/// <summary>Zoom-to-picture latency at 100k events: reported, not asserted (this machine's wall time is no contract).</summary>
[Collection(Synthetic100kCollection.Name)]
public sealed class PerformanceTests(Synthetic100kFixture app, ITestOutputHelper output)
{
    private const int Gestures = 24;

    /// <summary>
    /// Arms a MutationObserver on the chart and a capturing wheel listener; resolves with the time from the wheel event
    /// to the first mutation batch after which both the chart's window and the window label have changed.
    /// </summary>
    private const string Arm = """
        () => {
          const chart = document.querySelector('[data-testid="timeline-chart"]');
          const label = document.querySelector('[data-testid="window-label"]');
          const before = { label: label.textContent, from: chart.dataset.from, to: chart.dataset.to };
          let wheelAt = null;
          window.__e2eZoom = new Promise(resolve => {
            const timer = setTimeout(() => { observer.disconnect(); resolve({ ms: -1, label: label.textContent, elements: -1 }); }, 15000);
            const observer = new MutationObserver(() => {
              const c = document.querySelector('[data-testid="timeline-chart"]');
              const l = document.querySelector('[data-testid="window-label"]');
              if (wheelAt === null || !c || !l) return;
              if (l.textContent === before.label || (c.dataset.from === before.from && c.dataset.to === before.to)) return;
              const ms = performance.now() - wheelAt;
              observer.disconnect(); clearTimeout(timer);
              resolve({ ms, label: l.textContent, elements: c.querySelectorAll('[data-testid="timeline-marker"], [data-testid="timeline-cluster"], [data-testid="timeline-bar"]').length });
            });
            observer.observe(chart, { attributes: true, childList: true, subtree: true, characterData: true });
            observer.observe(label, { childList: true, subtree: true, characterData: true });
          });
          window.addEventListener('wheel', () => { if (wheelAt === null) wheelAt = performance.now(); }, { capture: true, once: true });
          return before.label;
        }
        """;

    [Fact]
    public async Task Wheel_zoom_at_100k_events_redraws_every_gesture_with_a_bounded_number_of_elements()
    {
        output.WriteLine($"100k synthetic events: app started and seeded in {app.SeededAfter.TotalSeconds:0.0} s");
        var page = await app.NewPageAsync();
        try
        {
            var timeline = new TimelinePage(page);
            await timeline.GotoAsync();
            await timeline.WaitForChartWidthAsync();
            await Expect(timeline.WindowCount).ToHaveTextAsync("100,000 events");
            (await ElementsAsync(timeline)).ShouldBeLessThan(600);

            var samples = new List<Sample>();
            for (var i = 0; i < Gestures; i++)
            {
                // Zoom in 16 times (from twelve years down to a few weeks), then back out, at varying anchors.
                var zoomIn = i < 16;
                var before = await page.EvaluateAsync<string>(Arm);
                // Anchored over 2022–2025, where the synthetic events are densest.
                await timeline.WheelOverChartAsync(zoomIn ? -240 : 360, xFraction: 0.68 + 0.14 * ((i * 7) % 10) / 10.0);
                var result = await page.EvaluateAsync<JsonElement>("() => window.__e2eZoom");
                var sample = new Sample(i + 1, zoomIn ? "in" : "out", result.GetProperty("ms").GetDouble(), before,
                    result.GetProperty("label").GetString()!, result.GetProperty("elements").GetInt32());
                samples.Add(sample);
                // Let the app's URL round trip finish so one gesture's stale location cannot undo the next.
                await page.WaitForFunctionAsync("() => { const c = document.querySelector('[data-testid=\"timeline-chart\"]'); return new URLSearchParams(location.search).get('from') === c.dataset.from; }");
                output.WriteLine($"#{sample.Gesture,2} {sample.Direction,-3} {sample.Ms,7:0.0} ms  {sample.Elements,4} elements  {sample.Before} → {sample.After}");
            }

            var updated = samples.Where(s => s.Ms >= 0).Select(s => s.Ms).Order().ToList();
            var median = Percentile(updated, 0.5);
            var p95 = Percentile(updated, 0.95);
            var report = new
            {
                events = Synthetic100kFixture.Events,
                seededAfterSeconds = Math.Round(app.SeededAfter.TotalSeconds, 1),
                gestures = samples.Count,
                updated = updated.Count,
                medianMs = Math.Round(median, 1),
                p95Ms = Math.Round(p95, 1),
                minMs = Math.Round(updated.FirstOrDefault(), 1),
                maxMs = Math.Round(updated.LastOrDefault(), 1),
                maxElements = samples.Max(s => s.Elements),
                measuredAt = DateTime.UtcNow,
                machine = $"{Environment.ProcessorCount} cores, {System.Runtime.InteropServices.RuntimeInformation.OSDescription}",
                samples,
            };
            var path = Path.Combine(Directory.GetParent(Repo.Artifacts)!.FullName, "perf-zoom-100k.json");
            await File.WriteAllTextAsync(path, JsonSerializer.Serialize(report, new JsonSerializerOptions { WriteIndented = true, PropertyNamingPolicy = JsonNamingPolicy.CamelCase }));
            output.WriteLine($"zoom-to-picture at 100k events over {updated.Count} gestures: median {median:0.0} ms, p95 {p95:0.0} ms (written to {path})");

            samples.Where(s => s.Ms < 0).ShouldBeEmpty("every wheel gesture redraws the chart and changes the window label");
            samples.ShouldAllBe(s => s.Elements > 0 && s.Elements < 600);
        }
        finally
        {
            await page.Context.CloseAsync();
        }
    }

    private static async Task<int> ElementsAsync(TimelinePage timeline) =>
        await timeline.Markers.CountAsync() + await timeline.Clusters.CountAsync();

    /// <summary>Nearest-rank percentile.</summary>
    private static double Percentile(IReadOnlyList<double> sorted, double p) =>
        sorted.Count == 0 ? double.NaN : sorted[Math.Clamp((int)Math.Ceiling(p * sorted.Count) - 1, 0, sorted.Count - 1)];

    public sealed record Sample(int Gesture, string Direction, double Ms, string Before, string After, int Elements);
}
