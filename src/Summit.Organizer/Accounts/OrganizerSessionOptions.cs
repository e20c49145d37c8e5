namespace Summit.Organizer.Accounts;

/// <summary>How often signed-in devices are checked and recorded; bound to the "OrganizerSessionOptions" section.</summary>
public sealed class OrganizerSessionOptions
{
    /// <summary>
    /// How often an open organizer page (a live circuit) checks that its sign-in still stands. Saves check at once
    /// whatever this is; this decides how soon an idle page says it was signed out.
    /// </summary>
    public TimeSpan RevalidationInterval { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>A device's "last seen" is written at most this often, not on every request.</summary>
    public TimeSpan LastSeenInterval { get; set; } = TimeSpan.FromMinutes(5);
}
