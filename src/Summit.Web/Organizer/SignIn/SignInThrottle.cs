using Microsoft.Extensions.Options;

namespace Summit.Web.Organizer.SignIn;

/// <summary>The counters behind sign-in throttling, kept in memory for the life of the process (one per app instance).</summary>
public sealed class SignInThrottle(IOptions<SignInThrottleOptions> options, TimeProvider clock)
{
    private readonly SlidingWindowLog _addresses = new(clock, options.Value.AttemptsPerAddress, options.Value.AddressWindow);
    private readonly SlidingWindowLog _accounts = new(clock, options.Value.FailuresPerAccount, options.Value.AccountWindow);

    /// <summary>Counts an attempt from this client; the wait when its address has used up its attempts.</summary>
    public TimeSpan? TryAttempt(HttpContext context) => _addresses.TryRecord(ClientAddress.Of(context));

    /// <summary>The wait before browsers the account does not trust may try it again, or null.</summary>
    public TimeSpan? AccountWait(string email) => _accounts.Wait(AccountKey(email));

    public void RecordAccountFailure(string email) => _accounts.Record(AccountKey(email));

    /// <summary>The same key for every spelling Identity treats as the same address, known account or not.</summary>
    public static string AccountKey(string email) => email.Trim().ToUpperInvariant();
}
