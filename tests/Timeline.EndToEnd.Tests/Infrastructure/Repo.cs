namespace Timeline.EndToEnd.Tests.Infrastructure;

internal static class Repo
{
    public static string Root { get; } = Find();

    public static string Seeds => Path.Combine(Root, "seeds");

    /// <summary>Screenshots are kept as test artefacts here (ignored by git).</summary>
    public static string Artifacts => Directory.CreateDirectory(Path.Combine(Root, "artifacts", "screenshots")).FullName;

    private static string Find()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Timeline.sln")))
            {
                return dir.FullName;
            }
        }
        throw new InvalidOperationException("Timeline.sln not found above " + AppContext.BaseDirectory);
    }
}
