using System.Security.Claims;
using Microsoft.AspNetCore.Components.Authorization;
using Summit.Organizer.Sessions;

namespace Summit.Organizer.Accounts;

/// <summary>
/// Asked by the organizer pages' services before every write: is this circuit's organizer still signed in? An open
/// page keeps its circuit after its sign-in ended (signed out, revoked from another device, a new password, removed),
/// so the answer comes from the database, not from the state the page opened with. A "no" also switches the circuit
/// to signed out at once, so the page says so. Scoped: one per circuit; a scope that serves no visitor (no
/// authentication state was ever set: a command, start-up) is not checked.
/// </summary>
public sealed class OrganizerAccess(AuthenticationStateProvider authentication, OrganizerSessionStore sessions)
{
    public const string SignedOutField = "SignedOut";

    public const string SignedOutMessage = "You were signed out, so nothing was saved. Anything you typed is still on this page: copy it, then sign in again.";

    private static readonly AuthenticationState SignedOut = new(new ClaimsPrincipal(new ClaimsIdentity()));

    /// <summary>What every refused write returns.</summary>
    public static SaveOutcome SignedOutOutcome => SaveOutcome.Invalid(SignedOutField, SignedOutMessage);

    public async Task<bool> CanWriteAsync(CancellationToken cancellationToken)
    {
        AuthenticationState state;
        try
        {
            state = await authentication.GetAuthenticationStateAsync();
        }
        catch (InvalidOperationException)
        {
            // Every circuit and every page request is given its authentication state before any component runs; a
            // scope without one serves no visitor (a command, start-up, a test), so there is no sign-in to have ended.
            return true;
        }

        if (state.User.Identity?.IsAuthenticated != true)
        {
            return false;
        }

        if (await sessions.IsActiveAsync(state.User, requireOrganizer: true, cancellationToken))
        {
            return true;
        }

        if (authentication is IHostEnvironmentAuthenticationStateProvider circuit)
        {
            circuit.SetAuthenticationState(Task.FromResult(SignedOut));
        }

        return false;
    }
}

/// <summary>The one line each editing service starts its writes with.</summary>
public static class OrganizerAccessCheck
{
    /// <summary>
    /// The refusal to return when the organizer was signed out, else null. Services made without an access check
    /// (tests of their rules, which sign nobody in) are not checked; the app always registers one.
    /// </summary>
    public static async Task<SaveOutcome?> RefusalAsync(this OrganizerAccess? access, CancellationToken cancellationToken) =>
        access is null || await access.CanWriteAsync(cancellationToken) ? null : OrganizerAccess.SignedOutOutcome;
}
