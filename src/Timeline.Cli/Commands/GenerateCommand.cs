using System.CommandLine;
using Timeline.Cli.Generate;

namespace Timeline.Cli.Commands;

/// <summary>`generate --count N --out DIR [--seed S]`: synthetic articles for benchmarks and tests.</summary>
internal static class GenerateCommand
{
    public static Command Definition(CliConsole io)
    {
        var count = new Option<int>("--count") { Description = "how many articles", HelpName = "N", DefaultValueFactory = _ => 2000 };
        // Read from the token: a value that is not a number already has its own error.
        count.Validators.Add(r => { if (r.Tokens is [.., var t] && int.TryParse(t.Value, out var n) && n <= 0) r.AddError("--count takes a positive number"); });
        var output = new Option<string>("--out") { Description = "the folder to write them to", HelpName = "DIR", Required = true };
        var seed = new Option<int>("--seed") { Description = "the random seed (the same seed writes the same articles)", HelpName = "S", DefaultValueFactory = _ => 1 };
        var command = new Command("generate", "Write realistic synthetic articles, for tests and the benchmark") { count, output, seed };
        command.SetAction(r => Run(r.GetValue(count), r.GetValue(output)!, r.GetValue(seed), io.Out));
        return command;
    }

    public static int Run(int count, string dir, int seed, TextWriter stdout)
    {
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
