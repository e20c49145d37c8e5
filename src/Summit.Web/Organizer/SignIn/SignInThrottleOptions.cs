using System.ComponentModel.DataAnnotations;

namespace Summit.Web.Organizer.SignIn;

/// <summary>
/// Limits on sign-in attempts, bound to the "SignInThrottle" section. Nothing here locks an account: one address is
/// slowed, and an account under attack is closed only to browsers that never signed in to it.
/// </summary>
public sealed class SignInThrottleOptions
{
    public const string Section = "SignInThrottle";

    /// <summary>Attempts (a password or a second-step code) one client address may make per <see cref="AddressWindow"/>. Defaults to 10.</summary>
    [Range(1, 10_000, ErrorMessage = "SignInThrottle:AttemptsPerAddress must be between 1 and 10000.")]
    public int AttemptsPerAddress { get; set; } = 10;

    /// <summary>Defaults to 5 minutes.</summary>
    [Range(typeof(TimeSpan), "00:00:01", "1.00:00:00",
        ErrorMessage = "SignInThrottle:AddressWindow must be between 00:00:01 (a second) and 1.00:00:00 (a day).")]
    public TimeSpan AddressWindow { get; set; } = TimeSpan.FromMinutes(5);

    /// <summary>
    /// Failed attempts on one email address, from browsers without its trusted-device cookie, per
    /// <see cref="AccountWindow"/>; past it such browsers wait, wherever they are. Counted for unknown addresses too,
    /// so the answer never tells whether an account exists. Defaults to 20.
    /// </summary>
    [Range(1, 10_000, ErrorMessage = "SignInThrottle:FailuresPerAccount must be between 1 and 10000.")]
    public int FailuresPerAccount { get; set; } = 20;

    /// <summary>Defaults to an hour.</summary>
    [Range(typeof(TimeSpan), "00:00:01", "7.00:00:00",
        ErrorMessage = "SignInThrottle:AccountWindow must be between 00:00:01 (a second) and 7.00:00:00 (7 days).")]
    public TimeSpan AccountWindow { get; set; } = TimeSpan.FromHours(1);

    /// <summary>How long a browser that signed in to an account stays exempt from that account's limit. Defaults to 180 days.</summary>
    [Range(typeof(TimeSpan), "01:00:00", "400.00:00:00",
        ErrorMessage = "SignInThrottle:TrustedDeviceLifetime must be between 01:00:00 (an hour) and 400.00:00:00 (400 days, the most browsers keep a cookie).")]
    public TimeSpan TrustedDeviceLifetime { get; set; } = TimeSpan.FromDays(180);
}
