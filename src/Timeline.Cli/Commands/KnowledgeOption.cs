using Timeline.Domain.Knowledge;

namespace Timeline.Cli.Commands;

internal static class KnowledgeOption
{
    /// <summary>The built-in knowledge file, extended by each `--knowledge FILE` (else by $TIMELINE_KNOWLEDGE).</summary>
    public static KnowledgeBase Load(CliArgs args) => args.All("knowledge") is { Count: > 0 } extra
        ? KnowledgeBase.Load([Path.Combine(AppContext.BaseDirectory, "Knowledge", "knowledge.json"), .. extra])
        : KnowledgeBase.LoadDefault();
}
