using System.CommandLine;

namespace Timeline.Cli.Commands;

/// <summary>The positional files and folders of import, evaluate and remove.</summary>
internal static class PathsArgument
{
    public static Argument<string[]> Create(string description, string name = "files or folders")
    {
        var argument = new Argument<string[]>(name) { Description = description, HelpName = name, Arity = ArgumentArity.OneOrMore };
        // The parser takes an unknown "--name" for a path: a mistyped option must not be read as a file that is missing.
        argument.Validators.Add(r =>
        {
            foreach (var t in r.Tokens.Where(t => t.Value.StartsWith("--", StringComparison.Ordinal) && !Path.Exists(t.Value)))
                r.AddError($"unknown option {t.Value}");
        });
        return argument;
    }
}
