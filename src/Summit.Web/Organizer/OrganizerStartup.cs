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
        var roles = scope.ServiceProvider.GetRequiredService<RoleManager<IdentityRole>>();
        if (!await roles.RoleExistsAsync(OrganizerRoles.Organizer))
        {
            await roles.CreateAsync(new IdentityRole(OrganizerRoles.Organizer));
        }

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

    [LoggerMessage(Level = LogLevel.Warning, Message = "No organizer yet. Create the first organizer account at {Link} (works once, for {Lifetime}). Or run: dotnet run --project src/Summit.Web -- add-organizer EMAIL")]
    private static partial void LogSetupLink(ILogger logger, string link, string lifetime);
}
