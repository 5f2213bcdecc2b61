using Microsoft.EntityFrameworkCore;

namespace Timeline.Data;

/// <summary>
/// The same model as <see cref="TimelineDbContext"/>, for PostgreSQL's migration set (Migrations/Postgres) alone: EF finds a
/// context's migrations by the context type they name, so SQLite's and PostgreSQL's sets live side by side in this assembly.
/// Only the design-time tools and the script test build it; what runs is the SQL in Migrations/Postgres/Sql.
/// </summary>
public sealed class PostgresMigrationsContext(DbContextOptions<PostgresMigrationsContext> options) : TimelineDbContext(options)
{
    /// <summary>No server is contacted: generating migrations and their scripts needs the provider, not a database.</summary>
    public static PostgresMigrationsContext ForScripts(Action<Npgsql.EntityFrameworkCore.PostgreSQL.Infrastructure.NpgsqlDbContextOptionsBuilder>? npgsql = null) =>
        new(new DbContextOptionsBuilder<PostgresMigrationsContext>().UseNpgsql("Host=localhost", o => npgsql?.Invoke(o)).Options);
}
