namespace Summit.Tests.Infrastructure;

/// <summary>A clock stopped at one instant, for pages whose content depends on the date.</summary>
public sealed class FixedTimeProvider(DateTimeOffset now) : TimeProvider
{
    public override DateTimeOffset GetUtcNow() => now;
}
