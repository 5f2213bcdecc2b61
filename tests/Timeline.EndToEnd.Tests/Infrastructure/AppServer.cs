using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Text;
using Microsoft.Data.Sqlite;

namespace Timeline.EndToEnd.Tests.Infrastructure;

/// <summary>
/// The published app running on 127.0.0.1 on a free port, on a database of its own, as a user would start it.
/// </summary>
public sealed class AppServer : IAsyncDisposable
{
    private readonly Process _process;
    private readonly StringBuilder _log = new();
    private Stopwatch _started = null!;

    private AppServer(Process process, string baseUrl, string databasePath)
    {
        _process = process;
        BaseUrl = baseUrl;
        DatabasePath = databasePath;
    }

    public string BaseUrl { get; }
    public string DatabasePath { get; }
    public string Log { get { lock (_log) { return _log.ToString(); } } }

    /// <param name="prepare">Runs on the empty database path before the app starts (e.g. to fill it); null imports seeds/.</param>
    /// <param name="environment">Extra settings, e.g. <c>Timeline__SyntheticEvents</c>.</param>
    public static async Task<AppServer> StartAsync(string? seedPath = null, Action<string>? prepare = null,
        IReadOnlyDictionary<string, string>? environment = null)
    {
        var started = Stopwatch.StartNew();
        var dbPath = Path.Combine(Path.GetTempPath(), $"timeline-e2e-{Guid.NewGuid():N}.db");
        prepare?.Invoke(dbPath);
        var port = FreePort();
        var url = $"http://127.0.0.1:{port}";
        var info = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = PublishedApp.Directory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        info.ArgumentList.Add(Path.Combine(PublishedApp.Directory, "Timeline.Web.dll"));
        info.ArgumentList.Add("--urls");
        info.ArgumentList.Add(url);
        info.Environment["ConnectionStrings__Timeline"] = $"Data Source={dbPath}";
        info.Environment["Timeline__SeedPath"] = seedPath ?? Repo.Seeds;
        info.Environment["ASPNETCORE_ENVIRONMENT"] = "Production";
        foreach (var (key, value) in environment ?? new Dictionary<string, string>())
        {
            info.Environment[key] = value;
        }
        var server = new AppServer(Process.Start(info)!, url, dbPath) { _started = started };
        server._process.OutputDataReceived += (_, e) => server.Append(e.Data);
        server._process.ErrorDataReceived += (_, e) => server.Append(e.Data);
        server._process.BeginOutputReadLine();
        server._process.BeginErrorReadLine();
        await server.WaitUntilHealthyAsync();
        return server;
    }

    /// <summary>
    /// The app process's resident memory in bytes (Linux /proc), for reports; null where there is no /proc. Includes what the
    /// garbage collector has not returned yet, so only differences over many circuits say anything.
    /// </summary>
    public long? ResidentBytes()
    {
        var status = $"/proc/{_process.Id}/status";
        if (!File.Exists(status)) return null;
        var line = File.ReadLines(status).FirstOrDefault(l => l.StartsWith("VmRSS:", StringComparison.Ordinal));
        return line is null ? null : long.Parse(line.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)[1], System.Globalization.CultureInfo.InvariantCulture) * 1024;
    }

    /// <summary>Time since the process was started.</summary>
    public TimeSpan Uptime => _started.Elapsed;

    /// <summary>
    /// Seeding runs in the background after /health is green: polls the CSV export (with an optional query, to keep it
    /// small on big databases) until it has at least <paramref name="minRows"/> data rows. Returns the rows.
    /// </summary>
    public async Task<string[]> WaitForEventsAsync(int minRows = 1, string query = "", TimeSpan? timeout = null)
    {
        using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(30) };
        var deadline = DateTime.UtcNow + (timeout ?? TimeSpan.FromSeconds(120));
        var delay = 100;
        while (true)
        {
            if (_process.HasExited)
            {
                throw new InvalidOperationException($"the app exited with {_process.ExitCode}:\n{Log}");
            }
            try
            {
                var csv = await http.GetStringAsync($"{BaseUrl}/export.csv{query}");
                var rows = csv.Split(["\r\n", "\n"], StringSplitOptions.RemoveEmptyEntries).Skip(1).ToArray();
                if (rows.Length >= minRows)
                {
                    return rows;
                }
            }
            catch (HttpRequestException)
            {
            }
            catch (TaskCanceledException)
            {
            }
            if (DateTime.UtcNow > deadline)
            {
                throw new TimeoutException($"no {minRows} events in {BaseUrl}/export.csv{query} in time:\n{Log}");
            }
            await Task.Delay(delay);
            delay = Math.Min(delay * 2, 1000);
        }
    }

    private void Append(string? line)
    {
        if (line is not null)
        {
            lock (_log) { _log.AppendLine(line); }
        }
    }

    private async Task WaitUntilHealthyAsync()
    {
        using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(5) };
        var deadline = DateTime.UtcNow.AddSeconds(120);
        while (DateTime.UtcNow < deadline)
        {
            if (_process.HasExited)
            {
                throw new InvalidOperationException($"the app exited with {_process.ExitCode}:\n{Log}");
            }
            try
            {
                if ((await http.GetAsync($"{BaseUrl}/health")).StatusCode == HttpStatusCode.OK)
                {
                    return;
                }
            }
            catch (HttpRequestException)
            {
            }
            catch (TaskCanceledException)
            {
            }
            await Task.Delay(250);
        }
        throw new TimeoutException($"the app did not become healthy:\n{Log}");
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    public async ValueTask DisposeAsync()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
            await _process.WaitForExitAsync();
        }
        _process.Dispose();
        SqliteConnection.ClearAllPools();
        foreach (var suffix in new[] { "", "-wal", "-shm" })
        {
            File.Delete(DatabasePath + suffix);
        }
    }
}
