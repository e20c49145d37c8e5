using System.Security.Claims;

namespace Summit.Organizer.Accounts;

/// <summary>The claim in the auth cookie that names its sign-in record (<see cref="OrganizerSession"/>).</summary>
public static class SessionClaims
{
    public const string SessionId = "summit:session";

    public static string? SessionIdOf(ClaimsPrincipal? principal) => principal?.FindFirst(SessionId)?.Value;
}
