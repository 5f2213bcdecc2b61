using System.Diagnostics;
using System.Text.RegularExpressions;

namespace Timeline.EndToEnd.Tests.Infrastructure;

/// <summary>
/// The app as it ships: published with the very command the Dockerfile runs (read from the Dockerfile, so the
/// two cannot drift), once per test run.
/// </summary>
internal static partial class PublishedApp
{
    private static readonly Lazy<string> Folder = new(Publish, LazyThreadSafetyMode.ExecutionAndPublication);

    /// <summary>The folder holding Timeline.Web.dll and its wwwroot.</summary>
    public static string Directory => Folder.Value;

    /// <summary>The `dotnet publish ...` line of the Dockerfile's build stage.</summary>
    public static string DockerfilePublishCommand()
    {
        var dockerfile = File.ReadAllText(Path.Combine(Repo.Root, "Dockerfile"));
        var match = PublishLine().Match(dockerfile);
        return match.Success ? match.Groups[1].Value.Trim() : throw new InvalidOperationException("no 'RUN dotnet publish' in the Dockerfile");
    }

    private static string Publish()
    {
        // Local iteration only: TIMELINE_E2E_PUBLISHED names a folder already published with the same command.
        if (Environment.GetEnvironmentVariable("TIMELINE_E2E_PUBLISHED") is { Length: > 0 } reuse
            && File.Exists(Path.Combine(reuse, "Timeline.Web.dll")))
        {
            return reuse;
        }
        var output = Path.Combine(Path.GetTempPath(), $"timeline-publish-{Environment.ProcessId}");
        // Same command, same arguments; only the output folder is moved out of the image's /app/publish.
        var command = OutputOption().Replace(DockerfilePublishCommand(), $"-o \"{output}\"");
        var args = command["dotnet ".Length..];
        var info = new ProcessStartInfo("dotnet", args)
        {
            WorkingDirectory = Repo.Root,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        using var process = Process.Start(info)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(TimeSpan.FromMinutes(8)))
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException("dotnet publish took longer than 8 minutes");
        }
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"{command} failed:\n{stdout.Result}\n{stderr.Result}");
        }
        return output;
    }

    [GeneratedRegex(@"^RUN\s+(dotnet publish .+)$", RegexOptions.Multiline)]
    private static partial Regex PublishLine();

    [GeneratedRegex(@"-o\s+\S+")]
    private static partial Regex OutputOption();
}
