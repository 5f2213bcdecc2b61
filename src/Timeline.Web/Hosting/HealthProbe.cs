namespace Timeline.Web.Hosting;

/// <summary>
/// `dotnet Timeline.Web.dll --health-check [URL]`: asks a running instance's /health and exits 0 when it answers healthy,
/// 1 otherwise. The container's HEALTHCHECK uses it, as the runtime image has no curl.
/// </summary>
public static class HealthProbe
{
    public const string Flag = "--health-check";
    public const string DefaultUrl = "http://127.0.0.1:8080/health";

    public static bool IsRequested(string[] args) => args is [Flag, ..];

    public static async Task<int> RunAsync(string[] args, TextWriter? error = null)
    {
        var url = args is [_, var given, ..] ? given : DefaultUrl;
        using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(8) };
        try
        {
            // As "localhost", which AllowedHosts keeps whatever names the deployment adds.
            using var request = new HttpRequestMessage(HttpMethod.Get, url);
            request.Headers.Host = "localhost";
            using var response = await http.SendAsync(request);
            if (response.IsSuccessStatusCode) return 0;
            (error ?? Console.Error).WriteLine($"unhealthy: {url} answered {(int)response.StatusCode}");
            return 1;
        }
        catch (Exception e) when (e is HttpRequestException or TaskCanceledException or InvalidOperationException or UriFormatException)
        {
            (error ?? Console.Error).WriteLine($"unhealthy: {url}: {e.Message}");
            return 1;
        }
    }
}
