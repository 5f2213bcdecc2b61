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
/// Developer command: `migrations add NAME` writes a new EF Core migration into src/Timeline.Data/Migrations (SQLite) and
/// src/Timeline.Data/Migrations/Postgres (PostgreSQL).
/// It exists because the dotnet-ef tool is not always installable; it drives the same design-time services. It also writes
/// the SQL scripts the app applies at runtime (<see cref="MigrationScripts"/>), the new migration's among them.
/// </summary>
internal static class MigrationsCommand
{
    public static Command Definition()
    {
        var name = new Argument<string>("name") { Description = "the migration's name, e.g. AddCurationNotes" };
        var engine = new Option<string?>("--engine")
        {
            Description = "only this engine's migration set: sqlite or postgres (default: both, so the sets keep the same schema)",
            HelpName = "ENGINE",
        };
        engine.AcceptOnlyFromAmong("sqlite", "postgres");
        var add = new Command("add", "Write a new EF Core migration and its SQL script for each engine (for developers)") { name, engine };
        add.SetAction(r => Run(r.GetValue(name)!, r.GetValue(engine)));
        var command = new Command("migrations", "Database migrations (for developers)");
        command.Subcommands.Add(add);
        return command;
    }

    public static int Run(string name, string? engine = null)
    {
        var projectDir = Path.Combine(RepositoryRoot(), "src", "Timeline.Data");
        foreach (var set in MigrationSet.All.Where(s => engine is null || s.Engine.ToString().Equals(engine, StringComparison.OrdinalIgnoreCase)))
        {
            Add(projectDir, name, set);
        }
        return 0;
    }

    /// <summary>An engine's migrations: their folder (and namespace below Timeline.Data) and a context to scaffold and script them with.</summary>
    private sealed record MigrationSet(DatabaseEngine Engine, string Folder, Func<Assembly?, TimelineDbContext> Context)
    {
        public static readonly MigrationSet[] All =
        [
            new(DatabaseEngine.Sqlite, "Migrations", compiled => new TimelineDbContext(compiled is null
                ? TimelineDatabase.Options("Data Source=:memory:")
                : new DbContextOptionsBuilder<TimelineDbContext>().UseSqlite("Data Source=:memory:", o => o.MigrationsAssembly(compiled)).Options)),
            new(DatabaseEngine.Postgres, Path.Combine("Migrations", "Postgres"), compiled => PostgresMigrationsContext.ForScripts(o =>
            {
                if (compiled is not null) o.MigrationsAssembly(compiled);
            })),
        ];
    }

    private static void Add(string projectDir, string name, MigrationSet set)
    {
        var migrationsDir = Path.Combine(projectDir, set.Folder);
        var assembly = typeof(TimelineDbContext).Assembly;
        var reporter = new OperationReporter(new OperationReportHandler(
            Console.Error.WriteLine, Console.Error.WriteLine, Console.WriteLine, _ => { }));
        using var db = set.Context(null);
        var services = new DesignTimeServicesBuilder(assembly, assembly, reporter, []).Build(db);
        var scaffolder = services.GetRequiredService<IMigrationsScaffolder>();
        var migration = scaffolder.ScaffoldMigration(name, "Timeline.Data", set.Folder.Replace(Path.DirectorySeparatorChar, '.'));
        var files = scaffolder.Save(projectDir, migration, migrationsDir);
        Console.WriteLine($"wrote {files.MigrationFile}");

        // The new migration is not compiled into this process: compile the migrations folder as it is now and let EF script
        // every migration in that assembly.
        var compiled = Compile(Directory.GetFiles(migrationsDir, "*.cs"));
        using var withNew = set.Context(compiled);
        var scriptsDir = Directory.CreateDirectory(Path.Combine(migrationsDir, "Sql")).FullName;
        foreach (var (id, sql) in MigrationScripts.Generate(withNew))
        {
            File.WriteAllText(Path.Combine(scriptsDir, $"{id}.sql"), sql);
        }
        Console.WriteLine($"wrote the scripts in {scriptsDir}");
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
