using System.CommandLine;
using Timeline.Domain.Knowledge;

namespace Timeline.Cli.Commands;

internal static class KnowledgeOption
{
    public static Option<string[]> Create()
    {
        var option = new Option<string[]>("--knowledge")
        {
            Description = "a knowledge file that extends the built-in one (repeatable; else $TIMELINE_KNOWLEDGE)",
            HelpName = "FILE",
            Arity = ArgumentArity.ZeroOrMore,
        };
        // A mistyped path is the user's to fix (exit 2), not a storage fault: said before anything is opened or written.
        option.Validators.Add(r =>
        {
            foreach (var t in r.Tokens.Where(t => !File.Exists(t.Value)))
                r.AddError(Directory.Exists(t.Value) ? $"--knowledge takes a file, not the folder '{t.Value}'" : $"no knowledge file '{t.Value}'");
        });
        return option;
    }

    /// <summary>The built-in knowledge file, extended by each `--knowledge FILE` (else by $TIMELINE_KNOWLEDGE).</summary>
    public static KnowledgeBase Load(IReadOnlyList<string>? extra) => extra is { Count: > 0 }
        ? KnowledgeBase.Load([Path.Combine(AppContext.BaseDirectory, "Knowledge", "knowledge.json"), .. extra])
        : KnowledgeBase.LoadDefault();
}
