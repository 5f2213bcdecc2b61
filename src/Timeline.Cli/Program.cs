using Timeline.Cli;
using Timeline.Cli.Commands;

const string Usage = """
    usage:
      timeline import <files or folders>... [--db FILE] [--knowledge FILE]...
      timeline remove <file|url|article id>... [--db FILE] [--knowledge FILE]...
      timeline export --format csv|json [--actor NAME]... [--system NAME]... [--type TYPE]... [--q TEXT]
                      [--from DATE] [--to DATE] [--out FILE] [--db FILE]
      timeline evaluate --gold GOLD.json <files or folders>... [--json] [--knowledge FILE]...
      timeline generate --count N --out DIR [--seed S]
      timeline users add NAME --role editor|admin [--db FILE]   (reads the password from stdin)
      timeline users list|remove NAME [--db FILE]
      timeline migrations add NAME
    The default database is ~/.local/share/timeline/timeline.db, the same file the web app uses.
    """;

// Before any pattern is made: none may run longer than this on one text.
Timeline.Domain.Pipeline.ImportPipeline.LimitPatternTime();

try
{
    return await StorageFaults.Guard(async () => args switch
    {
        ["import", .. var rest] => ImportCommand.Run(rest, Console.Out),
        ["remove", .. var rest] => RemoveCommand.Run(rest, Console.Out, Console.Error),
        ["export", .. var rest] => await ExportCommand.RunAsync(rest, Console.OpenStandardOutput()),
        ["evaluate", .. var rest] => EvaluateCommand.Run(rest, Console.Out),
        ["generate", .. var rest] => GenerateCommand.Run(rest, Console.Out),
        ["users", .. var rest] => await UsersCommand.RunAsync(rest, Console.In, Console.Out, Console.Error),
        ["migrations", .. var rest] => MigrationsCommand.Run(rest),
        ["--help" or "-h" or "help"] => PrintUsage(Console.Out, 0),
        _ => PrintUsage(Console.Error, 2),
    }, Console.Error);
}
catch (UsageException e)
{
    Console.Error.WriteLine($"error: {e.Message}");
    return PrintUsage(Console.Error, 2);
}

static int PrintUsage(TextWriter to, int code)
{
    to.WriteLine(Usage);
    return code;
}
