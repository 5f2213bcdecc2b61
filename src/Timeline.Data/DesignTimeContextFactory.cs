using Microsoft.EntityFrameworkCore.Design;

namespace Timeline.Data;

/// <summary>Lets the EF design-time tools build the context without the web app.</summary>
internal sealed class DesignTimeContextFactory : IDesignTimeDbContextFactory<TimelineDbContext>
{
    public TimelineDbContext CreateDbContext(string[] args) =>
        new(TimelineDatabase.Options(TimelineDatabase.DefaultConnectionString));
}
