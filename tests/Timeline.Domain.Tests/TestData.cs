using Timeline.Domain.Knowledge;
using Timeline.Domain.Pipeline;

namespace Timeline.Domain.Tests;

internal static class TestData
{
    private static readonly Lazy<KnowledgeBase> Kb = new(KnowledgeBase.LoadDefault);
    private static readonly Lazy<ImportPipeline> DefaultPipeline = new(() => ImportPipeline.CreateDefault(Kb.Value));

    public static KnowledgeBase Knowledge => Kb.Value;
    public static ImportPipeline Pipeline => DefaultPipeline.Value;

    public static string File(string name) => Path.Combine(AppContext.BaseDirectory, "data", name);

    /// <summary>Rows of a tab-separated data file, without blank lines and '#' comments.</summary>
    public static IEnumerable<string[]> Tsv(string name) =>
        System.IO.File.ReadLines(File(name))
            .Where(l => l.Trim().Length > 0 && !l.StartsWith('#'))
            .Select(l => l.Split('\t'));

    public static string RepoRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !System.IO.File.Exists(Path.Combine(dir.FullName, "Timeline.sln"))) dir = dir.Parent;
        return dir?.FullName ?? throw new InvalidOperationException("Timeline.sln not found above " + AppContext.BaseDirectory);
    }
}
