using Timeline.Cli.Commands;

namespace Timeline.Cli;

/// <summary>The command line: which command runs, help, and the errors a user can fix as messages with an exit code.</summary>
public static class Entry
{
    public const string Usage = """
        usage:
          timeline import <files or folders>... [--db FILE] [--knowledge FILE]...
          timeline remove <file|url|article id>... [--db FILE] [--knowledge FILE]...
          timeline export --format csv|json [--actor NAME]... [--system NAME]... [--type TYPE]... [--q TEXT]
                          [--from DATE] [--to DATE] [--confidence PERCENT] [--out FILE] [--db FILE]
          timeline evaluate --gold GOLD.json <files or folders>... [--json] [--knowledge FILE]...
          timeline generate --count N --out DIR [--seed S]
          timeline users add NAME --role editor|admin [--db FILE]   (reads the password from stdin)
          timeline users list|remove NAME [--db FILE]
          timeline migrations add NAME
        The default database is ~/.local/share/timeline/timeline.db, the same file the web app uses.
        """;

    /// <summary>Exit code of a command line the program cannot use (an unknown option, an invalid knowledge file).</summary>
    public const int UsageError = 2;

    public static async Task<int> RunAsync(string[] args, TextWriter output, TextWriter error)
    {
        // "timeline import --help" is a question, not a mistake.
        if (args.Any(a => a is "--help" or "-h") || args is ["help"])
        {
            output.WriteLine(Usage);
            return 0;
        }
        try
        {
            return await StorageFaults.Guard(async () => args switch
            {
                ["import", .. var rest] => ImportCommand.Run(rest, output),
                ["remove", .. var rest] => RemoveCommand.Run(rest, output, error),
                ["export", .. var rest] => await ExportCommand.RunAsync(rest, Console.OpenStandardOutput()),
                ["evaluate", .. var rest] => EvaluateCommand.Run(rest, output),
                ["generate", .. var rest] => GenerateCommand.Run(rest, output),
                ["users", .. var rest] => await UsersCommand.RunAsync(rest, Console.In, output, error),
                ["migrations", .. var rest] => MigrationsCommand.Run(rest),
                _ => PrintUsage(error, UsageError),
            }, error);
        }
        catch (UsageException e)
        {
            error.WriteLine($"error: {e.Message}");
            return PrintUsage(error, UsageError);
        }
        catch (InvalidDataException e)
        {
            // A knowledge or language file the user gave that cannot be read: its name and why, on one line.
            error.WriteLine($"error: {e.Message.ReplaceLineEndings(" ")}");
            return UsageError;
        }
    }

    private static int PrintUsage(TextWriter to, int code)
    {
        to.WriteLine(Usage);
        return code;
    }
}
