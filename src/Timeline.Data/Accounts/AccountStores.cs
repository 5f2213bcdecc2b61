using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;

namespace Timeline.Data.Accounts;

public static class AccountStores
{
    /// <summary>
    /// Accounts without the web's sign-in (cookies): what the command line needs to create and list them. The web app adds
    /// Identity with cookies itself and then <see cref="AddTimelineAccountStores"/>.
    /// </summary>
    public static IServiceCollection AddTimelineAccountsCore(this IServiceCollection services, string connectionString)
    {
        services.AddLogging();
        services.AddDbContext<TimelineDbContext>(o => TimelineDatabase.Configure(o, connectionString));
        services.AddIdentityCore<IdentityUser>(AccountRules.Apply).AddTimelineAccountStores();
        return services;
    }

    public static IdentityBuilder AddTimelineAccountStores(this IdentityBuilder builder)
    {
        if (builder.RoleType is null) builder.AddRoles<IdentityRole>();
        builder.AddEntityFrameworkStores<TimelineDbContext>();
        builder.Services.AddScoped<AccountAdmin>();
        return builder;
    }
}
