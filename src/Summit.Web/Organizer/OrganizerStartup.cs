using Summit.Organizer;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;
using Summit.Core.Time;

namespace Summit.Web.Organizer;

public static partial class OrganizerStartup
{
    /// <summary>
    /// Makes sure the Organizer role exists and, while nobody holds it, writes a one-time setup link to the log
    /// once the server listens. There is never a default password.
    /// </summary>
    public static async Task PrepareOrganizersAsync(this WebApplication app, bool announceSetupLink, CancellationToken cancellationToken = default)
    {
        await using var scope = app.Services.CreateAsyncScope();
        await EnsureOrganizerRoleAsync(scope.ServiceProvider, cancellationToken);

        var invitations = scope.ServiceProvider.GetRequiredService<InvitationService>();
        if (!announceSetupLink || !await invitations.NeedsSetupAsync(cancellationToken))
        {
            return;
        }

        var code = await invitations.IssueAsync(email: null, createdBy: null, cancellationToken);
        var lifetime = app.Services.GetRequiredService<IOptions<OrganizerAccountOptions>>().Value.SetupLinkLifetime;
        var logger = app.Services.GetRequiredService<ILoggerFactory>().CreateLogger("Summit.Setup");
        app.Lifetime.ApplicationStarted.Register(() =>
        {
            var address = app.Services.GetService<IServer>()?.Features.Get<IServerAddressesFeature>()?.Addresses.FirstOrDefault() ?? "";
            LogSetupLink(logger, $"{address.TrimEnd('/')}/setup?code={code}", DurationText.Describe(lifetime));
        });
    }

    /// <summary>
    /// Creates the Organizer role once, however many instances start at once: under the start-up lock, and checked and
    /// created in one transaction (on SQLite, one writer at a time).
    /// </summary>
    private static async Task EnsureOrganizerRoleAsync(IServiceProvider services, CancellationToken cancellationToken)
    {
        var db = services.GetRequiredService<SummitDbContext>();
        var roles = services.GetRequiredService<RoleManager<IdentityRole>>();
        await using var startupLock = await StartupLock.TakeAsync(db, cancellationToken);
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        if (!await roles.RoleExistsAsync(OrganizerRoles.Organizer))
        {
            await roles.CreateAsync(new IdentityRole(OrganizerRoles.Organizer));
        }

        await transaction.CommitAsync(cancellationToken);
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "No organizer yet. Create the first organizer account at {Link} (works once, for {Lifetime}). Or run: dotnet run --project src/Summit.Web -- add-organizer EMAIL")]
    private static partial void LogSetupLink(ILogger logger, string link, string lifetime);
}
