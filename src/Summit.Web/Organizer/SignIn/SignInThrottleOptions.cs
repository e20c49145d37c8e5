namespace Summit.Web.Organizer.SignIn;

/// <summary>
/// Limits on sign-in attempts, bound to the "SignInThrottle" section. Nothing here locks an account: one address is
/// slowed, and an account under attack is closed only to browsers that never signed in to it.
/// </summary>
public sealed class SignInThrottleOptions
{
    public const string Section = "SignInThrottle";

    /// <summary>Attempts (a password or a second-step code) one client address may make per <see cref="AddressWindow"/>.</summary>
    public int AttemptsPerAddress { get; set; } = 10;

    public TimeSpan AddressWindow { get; set; } = TimeSpan.FromMinutes(5);

    /// <summary>
    /// Failed attempts on one email address, from browsers without its trusted-device cookie, per
    /// <see cref="AccountWindow"/>; past it such browsers wait, wherever they are. Counted for unknown addresses too,
    /// so the answer never tells whether an account exists.
    /// </summary>
    public int FailuresPerAccount { get; set; } = 20;

    public TimeSpan AccountWindow { get; set; } = TimeSpan.FromHours(1);

    /// <summary>How long a browser that signed in to an account stays exempt from that account's limit.</summary>
    public TimeSpan TrustedDeviceLifetime { get; set; } = TimeSpan.FromDays(180);
}
