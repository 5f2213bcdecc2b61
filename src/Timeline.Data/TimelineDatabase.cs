using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace Timeline.Data;

/// <summary>Where the database lives and how a context is opened: shared by the web app and the CLI.</summary>
public static class TimelineDatabase
{
    /// <summary>The default database file, relative to the working directory (the repository root for `dotnet run`).</summary>
    public const string DefaultConnectionString = "Data Source=timeline.db";

    public static string ConnectionStringForFile(string path) =>
        new SqliteConnectionStringBuilder { DataSource = path }.ToString();

    public static void Configure(DbContextOptionsBuilder options, string connectionString) =>
        options.UseSqlite(connectionString, o => o.CommandTimeout(60));

    public static DbContextOptions<TimelineDbContext> Options(string connectionString)
    {
        var builder = new DbContextOptionsBuilder<TimelineDbContext>();
        Configure(builder, connectionString);
        return builder.Options;
    }

    /// <summary>Applies migrations and sets WAL so the web app can read while the CLI imports.</summary>
    public static void Migrate(TimelineDbContext db)
    {
        db.Database.Migrate();
        db.Database.ExecuteSqlRaw("PRAGMA journal_mode=WAL;");
    }
}
