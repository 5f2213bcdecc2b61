#pragma warning disable EF1001 // The scaffolding services are "internal" API; dotnet-ef uses the same ones.
using Microsoft.EntityFrameworkCore.Design;
using Microsoft.EntityFrameworkCore.Design.Internal;
using Microsoft.EntityFrameworkCore.Migrations.Design;
using Microsoft.Extensions.DependencyInjection;
using Timeline.Data;

namespace Timeline.Cli.Commands;

/// <summary>
/// Developer command: `migrations add NAME` writes a new EF Core migration into src/Timeline.Data/Migrations.
/// It exists because the dotnet-ef tool is not always installable; it drives the same design-time services.
/// </summary>
internal static class MigrationsCommand
{
    public static int Run(IReadOnlyList<string> args)
    {
        if (args is not ["add", var name])
        {
            Console.Error.WriteLine("usage: timeline migrations add NAME");
            return 2;
        }
        var projectDir = Path.Combine(RepositoryRoot(), "src", "Timeline.Data");
        var assembly = typeof(TimelineDbContext).Assembly;
        var reporter = new OperationReporter(new OperationReportHandler(
            Console.Error.WriteLine, Console.Error.WriteLine, Console.WriteLine, _ => { }));
        using var db = new TimelineDbContext(TimelineDatabase.Options("Data Source=:memory:"));
        var services = new DesignTimeServicesBuilder(assembly, assembly, reporter, []).Build(db);
        var scaffolder = services.GetRequiredService<IMigrationsScaffolder>();
        var migration = scaffolder.ScaffoldMigration(name, "Timeline.Data", "Migrations");
        var files = scaffolder.Save(projectDir, migration, Path.Combine(projectDir, "Migrations"));
        Console.WriteLine($"wrote {files.MigrationFile}");
        return 0;
    }

    private static string RepositoryRoot()
    {
        for (var dir = new DirectoryInfo(Directory.GetCurrentDirectory()); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Timeline.sln")))
            {
                return dir.FullName;
            }
        }
        throw new InvalidOperationException("run this from inside the repository");
    }
}
