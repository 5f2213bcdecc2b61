namespace Timeline.Cli.Tests;

internal static class Repo
{
    /// <summary>The repository root: the folder with Timeline.sln above the test binaries.</summary>
    public static string Root { get; } = Find();

    public static string Seeds => Path.Combine(Root, "seeds");

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
