using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace Timeline.Data;

/// <summary>
/// The EF migrations (src/Timeline.Data/Migrations) are the source of truth; what runs is the SQL EF generates for each of
/// them, embedded as Migrations/Sql/&lt;MigrationId&gt;.sql. `timeline migrations add` writes them and a test checks they
/// still equal what EF generates, so they cannot drift from the migrations. PostgreSQL has a set of its own
/// (Migrations/Postgres, for <see cref="PostgresMigrationsContext"/>), embedded as PostgresMigrations.&lt;MigrationId&gt;.sql.
/// </summary>
public static class MigrationScripts
{
    private const string Suffix = ".sql";

    private static string Prefix(DatabaseEngine engine) => engine == DatabaseEngine.Postgres ? "PostgresMigrations." : "Migrations.";

    /// <summary>What EF generates for each migration of the context's migrations assembly, oldest first.</summary>
    public static IEnumerable<(string Id, string Sql)> Generate(TimelineDbContext db)
    {
        var migrator = db.GetService<IMigrator>();
        var previous = Migration.InitialDatabase;
        foreach (var id in db.Database.GetMigrations())
        {
            // From the initial database the script also creates the history table; later ones only add their rows.
            yield return (id, migrator.GenerateScript(previous, id));
            previous = id;
        }
    }

    /// <summary>The scripts this assembly carries, oldest first (migration ids start with their timestamp).</summary>
    public static IReadOnlyList<(string Id, string Sql)> Embedded(DatabaseEngine engine)
    {
        var assembly = typeof(MigrationScripts).Assembly;
        var prefix = Prefix(engine);
        return assembly.GetManifestResourceNames()
            .Where(n => n.StartsWith(prefix, StringComparison.Ordinal) && n.EndsWith(Suffix, StringComparison.Ordinal))
            .Order(StringComparer.Ordinal)
            .Select(n =>
            {
                using var reader = new StreamReader(assembly.GetManifestResourceStream(n)!);
                return (n[prefix.Length..^Suffix.Length], reader.ReadToEnd());
            })
            .ToList();
    }
}
