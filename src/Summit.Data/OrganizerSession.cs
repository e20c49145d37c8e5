namespace Summit.Data;

/// <summary>
/// One sign-in of an account on one device, from the sign-in until it is signed out, revoked or expires. The auth
/// cookie names its record, so a cookie whose record has ended is refused wherever it was copied to.
/// </summary>
public class OrganizerSession
{
    public const int MaxDevice = 100;

    public const int MaxAddress = 64;

    /// <summary>128 random bits, URL-safe; carried in the auth cookie.</summary>
    public required string Id { get; set; }

    public required string UserId { get; set; }

    /// <summary>The account's security stamp at sign-in: a new password or a removal renews the account's stamp and so ends the session.</summary>
    public string? SecurityStamp { get; set; }

    public DateTime CreatedUtc { get; set; }

    /// <summary>Updated at most every few minutes, not per request.</summary>
    public DateTime LastSeenUtc { get; set; }

    /// <summary>Browser and system, from the user agent ("Firefox on Windows").</summary>
    public string? Device { get; set; }

    public string? Address { get; set; }

    public DateTime? RevokedUtc { get; set; }
}
