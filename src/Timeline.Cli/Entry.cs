using System.CommandLine;
using System.CommandLine.Help;
using Timeline.Cli.Commands;

namespace Timeline.Cli;

/// <summary>
/// The command line: each command declares its options and arguments (System.CommandLine parses them and writes
/// `--help`); what cannot be used is an `error:` line on stderr and exit code 2, never a stack trace.
/// </summary>
public static class Entry
{
    /// <summary>Exit code of a command line the program cannot use (an unknown option, an invalid knowledge file).</summary>
    public const int UsageError = 2;

    internal static Command Build(CliConsole io)
    {
        // A plain command named "timeline", not RootCommand: its name would be the host's ("testhost" under a test runner).
        var root = new Command("timeline", "Timeline: a sourced timeline of NATO / Ukraine air defence from news articles.\n" +
            "The default database is ~/.local/share/timeline/timeline.db, the same file the web app uses.")
        {
            ImportCommand.Definition(io),
            RemoveCommand.Definition(io),
            ExportCommand.Definition(io),
            EvaluateCommand.Definition(io),
            GenerateCommand.Definition(io),
            UsersCommand.Definition(io),
            MigrationsCommand.Definition(),
        };
        root.Options.Add(new HelpOption { Recursive = true });
        return root;
    }

    public static Task<int> RunAsync(string[] args, TextWriter output, TextWriter error) =>
        RunAsync(args, new CliConsole(Console.In, output, error, Console.OpenStandardOutput));

    internal static async Task<int> RunAsync(IReadOnlyList<string> args, CliConsole io)
    {
        // "timeline help" is a question, as "timeline --help" is.
        if (args is ["help"]) args = ["--help"];
        var parsed = Build(io).Parse(args);
        if (parsed.Errors.Count > 0 && parsed.Action is not HelpAction)
        {
            foreach (var problem in parsed.Errors) io.Error.WriteLine($"error: {problem.Message}");
            var path = string.Join(' ', CommandPath(parsed.CommandResult));
            io.Error.WriteLine($"see '{path} --help'");
            return UsageError;
        }
        try
        {
            return await StorageFaults.Guard(
                () => parsed.InvokeAsync(new InvocationConfiguration { Output = io.Out, Error = io.Error, EnableDefaultExceptionHandler = false }), io.Error);
        }
        catch (UsageException e)
        {
            io.Error.WriteLine($"error: {e.Message}");
            return UsageError;
        }
        catch (InvalidDataException e)
        {
            // A knowledge or language file the user gave that cannot be read: its name and why, on one line.
            io.Error.WriteLine($"error: {e.Message.ReplaceLineEndings(" ")}");
            return UsageError;
        }
    }

    private static IEnumerable<string> CommandPath(System.CommandLine.Parsing.CommandResult result) =>
        result.Parent is System.CommandLine.Parsing.CommandResult parent ? [.. CommandPath(parent), result.Command.Name] : [result.Command.Name];
}
