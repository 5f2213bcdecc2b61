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
    public static async Task<AppServer> StartAsync(string? seedPath = null, Action<string>? prepare = null)
    {
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
        var server = new AppServer(Process.Start(info)!, url, dbPath);
        server._process.OutputDataReceived += (_, e) => server.Append(e.Data);
        server._process.ErrorDataReceived += (_, e) => server.Append(e.Data);
        server._process.BeginOutputReadLine();
        server._process.BeginErrorReadLine();
        await server.WaitUntilHealthyAsync();
        return server;
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
