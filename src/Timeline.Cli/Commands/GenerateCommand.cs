using Timeline.Cli.Generate;

namespace Timeline.Cli.Commands;

/// <summary>`generate --count N --out DIR [--seed S]`: synthetic articles for benchmarks and tests.</summary>
internal static class GenerateCommand
{
    public static int Run(IReadOnlyList<string> rawArgs, TextWriter stdout)
    {
        var args = CliArgs.Parse(rawArgs, "count", "out", "seed");
        var count = int.TryParse(args.One("count") ?? "2000", out var c) && c > 0 ? c : throw new UsageException("--count takes a positive number");
        var seed = int.TryParse(args.One("seed") ?? "1", out var s) ? s : throw new UsageException("--seed takes a number");
        var dir = args.One("out") ?? throw new UsageException("generate needs --out DIR");
        Directory.CreateDirectory(dir);
        long bytes = 0;
        foreach (var article in new ArticleGenerator(seed).Generate(count))
        {
            File.WriteAllText(Path.Combine(dir, article.FileName), article.Content);
            bytes += article.Content.Length;
        }
        stdout.WriteLine($"wrote {count} articles ({bytes / 1024} KiB) to {dir}");
        return 0;
    }
}
