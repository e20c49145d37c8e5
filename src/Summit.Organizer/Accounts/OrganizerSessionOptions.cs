using System.ComponentModel.DataAnnotations;

namespace Summit.Organizer.Accounts;

/// <summary>How long sign-ins last and how often they are checked and recorded; bound to the "OrganizerSessionOptions" section.</summary>
public sealed class OrganizerSessionOptions
{
    /// <summary>
    /// How often an open organizer page (a live circuit) checks that its sign-in still stands. Saves check at once
    /// whatever this is; this decides how soon an idle page says it was signed out. Defaults to 30 seconds.
    /// </summary>
    [Range(typeof(TimeSpan), "00:00:00.001", "01:00:00",
        ErrorMessage = "OrganizerSessionOptions:RevalidationInterval must be more than 0 and at most 01:00:00 (an hour).")]
    public TimeSpan RevalidationInterval { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>A device's "last seen" is written at most this often, not on every request. Defaults to 5 minutes.</summary>
    [Range(typeof(TimeSpan), "00:00:00", "1.00:00:00",
        ErrorMessage = "OrganizerSessionOptions:LastSeenInterval must be between 00:00:00 and 1.00:00:00 (a day).")]
    public TimeSpan LastSeenInterval { get; set; } = TimeSpan.FromMinutes(5);

    /// <summary>How long a sign-in lasts without use; the auth cookie's sliding lifetime is the same. Defaults to 12 hours.</summary>
    [Range(typeof(TimeSpan), "00:05:00", "30.00:00:00",
        ErrorMessage = "OrganizerSessionOptions:SignInLifetime must be between 00:05:00 (5 minutes) and 30.00:00:00 (30 days).")]
    public TimeSpan SignInLifetime { get; set; } = TimeSpan.FromHours(12);

    /// <summary>
    /// How often an auth cookie is checked against its account's security stamp and its claims renewed (a new
    /// password or a removal renews the stamp). Defaults to a minute.
    /// </summary>
    [Range(typeof(TimeSpan), "00:00:01", "01:00:00",
        ErrorMessage = "OrganizerSessionOptions:SecurityStampInterval must be between 00:00:01 (a second) and 01:00:00 (an hour).")]
    public TimeSpan SecurityStampInterval { get; set; } = TimeSpan.FromMinutes(1);

    /// <summary>Ended sign-in records are kept this long, then deleted when their account next signs in. Defaults to 30 days.</summary>
    [Range(typeof(TimeSpan), "00:00:00", "3650.00:00:00",
        ErrorMessage = "OrganizerSessionOptions:EndedSessionsKept must be between 00:00:00 and 3650.00:00:00 (10 years).")]
    public TimeSpan EndedSessionsKept { get; set; } = TimeSpan.FromDays(30);

    /// <summary>
    /// The longest another browser keeps an ended sign-in: a request checks at once, an open page within
    /// <see cref="RevalidationInterval"/>, a cookie's claims within <see cref="SecurityStampInterval"/>.
    /// </summary>
    public TimeSpan SignOutDelay => RevalidationInterval > SecurityStampInterval ? RevalidationInterval : SecurityStampInterval;
}
