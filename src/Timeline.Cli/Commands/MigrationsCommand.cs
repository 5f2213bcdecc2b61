#pragma warning disable EF1001 // The scaffolding services are "internal" API; dotnet-ef uses the same ones.
using System.CommandLine;
using System.Reflection;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;
using Microsoft.EntityFrameworkCore.Design.Internal;
using Microsoft.EntityFrameworkCore.Migrations.Design;
using Microsoft.Extensions.DependencyInjection;
using Timeline.Data;

namespace Timeline.Cli.Commands;

/// <summary>
/// Developer command: `migrations add NAME` writes a new EF Core migration into src/Timeline.Data/Migrations.
/// It exists because the dotnet-ef tool is not always installable; it drives the same design-time services. It also writes
/// the SQL scripts the app applies at runtime (<see cref="MigrationScripts"/>), the new migration's among them.
/// </summary>
internal static class MigrationsCommand
{
    public static Command Definition()
    {
        var name = new Argument<string>("name") { Description = "the migration's name, e.g. AddCurationNotes" };
        var add = new Command("add", "Write a new EF Core migration and its SQL script (for developers)") { name };
        add.SetAction(r => Run(r.GetValue(name)!));
        var command = new Command("migrations", "Database migrations (for developers)");
        command.Subcommands.Add(add);
        return command;
    }

    public static int Run(string name)
    {
        var projectDir = Path.Combine(RepositoryRoot(), "src", "Timeline.Data");
        var migrationsDir = Path.Combine(projectDir, "Migrations");
        var assembly = typeof(TimelineDbContext).Assembly;
        var reporter = new OperationReporter(new OperationReportHandler(
            Console.Error.WriteLine, Console.Error.WriteLine, Console.WriteLine, _ => { }));
        using var db = new TimelineDbContext(TimelineDatabase.Options("Data Source=:memory:"));
        var services = new DesignTimeServicesBuilder(assembly, assembly, reporter, []).Build(db);
        var scaffolder = services.GetRequiredService<IMigrationsScaffolder>();
        var migration = scaffolder.ScaffoldMigration(name, "Timeline.Data", "Migrations");
        var files = scaffolder.Save(projectDir, migration, migrationsDir);
        Console.WriteLine($"wrote {files.MigrationFile}");

        // The new migration is not compiled into this process: compile the migrations folder as it is now and let EF script
        // every migration in that assembly.
        var compiled = Compile(Directory.GetFiles(migrationsDir, "*.cs"));
        using var withNew = new TimelineDbContext(new DbContextOptionsBuilder<TimelineDbContext>()
            .UseSqlite("Data Source=:memory:", o => o.MigrationsAssembly(compiled)).Options);
        var scriptsDir = Directory.CreateDirectory(Path.Combine(migrationsDir, "Sql")).FullName;
        foreach (var (id, sql) in MigrationScripts.Generate(withNew))
        {
            File.WriteAllText(Path.Combine(scriptsDir, $"{id}.sql"), sql);
        }
        Console.WriteLine($"wrote the scripts in {scriptsDir}");
        return 0;
    }

    private static Assembly Compile(IEnumerable<string> sourceFiles)
    {
        // Everything this process can load, Timeline.Data and EF included. The sources redeclare the migrations Timeline.Data
        // already holds (warning CS0436: the source wins), which is what makes the new assembly complete on its own.
        var references = ((string)AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES")!)
            .Split(Path.PathSeparator)
            .Select(path => MetadataReference.CreateFromFile(path));
        var compilation = CSharpCompilation.Create(
            "Timeline.Data.ScaffoldedMigrations",
            sourceFiles.Select(file => CSharpSyntaxTree.ParseText(File.ReadAllText(file), path: file)),
            references,
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary));
        using var image = new MemoryStream();
        var result = compilation.Emit(image);
        if (!result.Success)
        {
            throw new InvalidOperationException("the migrations do not compile:\n" +
                string.Join('\n', result.Diagnostics.Where(d => d.Severity == DiagnosticSeverity.Error)));
        }
        return Assembly.Load(image.ToArray());
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
