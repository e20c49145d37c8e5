namespace Summit.Web.Organizer.SignIn;

public enum SignInStatus
{
    SignedIn,

    /// <summary>The password was right and the account asks for a code from its authenticator next.</summary>
    NeedsSecondStep,

    /// <summary>Wrong email, password or code: the same answer whether the account exists or not.</summary>
    Refused,

    /// <summary>Too many attempts from this address: <see cref="SignInOutcome.RetryAfter"/> says how long to wait.</summary>
    AddressThrottled,

    /// <summary>Too many failures on this account from browsers it does not trust.</summary>
    AccountThrottled,

    /// <summary>The second step was opened without a right password first, or too long after it.</summary>
    SecondStepExpired,
}

public sealed record SignInOutcome(SignInStatus Status, TimeSpan RetryAfter = default)
{
    public bool Throttled => Status is SignInStatus.AddressThrottled or SignInStatus.AccountThrottled;

    /// <summary>Whole seconds, rounded up, as the Retry-After header gives them.</summary>
    public int RetryAfterSeconds => (int)Math.Ceiling(RetryAfter.TotalSeconds);
}
