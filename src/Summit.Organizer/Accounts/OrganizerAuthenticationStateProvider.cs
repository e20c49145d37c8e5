using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.AspNetCore.Components.Server;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Summit.Organizer.Accounts;

/// <summary>
/// An open organizer page re-checks its sign-in every <see cref="OrganizerSessionOptions.RevalidationInterval"/>: the
/// record still stands, the security stamp is unchanged and the account is still an organizer. Otherwise the circuit
/// becomes signed out and its pages say so.
/// </summary>
public sealed class OrganizerAuthenticationStateProvider(
    ILoggerFactory loggerFactory, OrganizerSessionStore sessions, IOptions<OrganizerSessionOptions> options)
    : RevalidatingServerAuthenticationStateProvider(loggerFactory)
{
    protected override TimeSpan RevalidationInterval => options.Value.RevalidationInterval;

    protected override Task<bool> ValidateAuthenticationStateAsync(AuthenticationState authenticationState, CancellationToken cancellationToken) =>
        sessions.IsActiveAsync(authenticationState.User, requireOrganizer: true, cancellationToken);
}
