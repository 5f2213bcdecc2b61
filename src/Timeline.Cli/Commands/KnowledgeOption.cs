using System.CommandLine;
using Timeline.Domain.Knowledge;

namespace Timeline.Cli.Commands;

internal static class KnowledgeOption
{
    public static Option<string[]> Create() => new("--knowledge")
    {
        Description = "a knowledge file that extends the built-in one (repeatable; else $TIMELINE_KNOWLEDGE)",
        HelpName = "FILE",
        Arity = ArgumentArity.ZeroOrMore,
    };

    /// <summary>The built-in knowledge file, extended by each `--knowledge FILE` (else by $TIMELINE_KNOWLEDGE).</summary>
    public static KnowledgeBase Load(IReadOnlyList<string>? extra) => extra is { Count: > 0 }
        ? KnowledgeBase.Load([Path.Combine(AppContext.BaseDirectory, "Knowledge", "knowledge.json"), .. extra])
        : KnowledgeBase.LoadDefault();
}
