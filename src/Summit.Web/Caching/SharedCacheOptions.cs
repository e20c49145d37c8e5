namespace Summit.Web.Caching;

/// <summary>
/// How long a shared cache in front of Summit (nginx's proxy cache, a CDN) may hold public pages and feeds without
/// asking (section <c>Summit:SharedCache</c>): sent only when Summit stands behind a trusted proxy
/// (<c>ForwardedHeaders</c>), since only then is there one to hold them; browsers revalidate every use either way.
/// Checked at start: a value out of range stops the app with a message naming it.
/// </summary>
public sealed class SharedCacheOptions
{
    public const string Section = "Summit:SharedCache";

    public const string MaxAgeProblem = "Summit:SharedCache:MaxAge must be whole seconds from 00:00:00 (shared caching off) to 01:00:00.";

    public const string StaleProblem = "Summit:SharedCache:StaleWhileRevalidate must be whole seconds from 00:00:00 to 01:00:00.";

    /// <summary>
    /// <c>s-maxage</c>: how long a held copy is served without asking. Five seconds: on a keynote morning a proxy then
    /// asks an instance at most once per five seconds per address and encoding, however many visitors there are, and an
    /// organizer's edit still reaches everyone within seconds. 0 turns shared caching off.
    /// </summary>
    public TimeSpan MaxAge { get; set; } = TimeSpan.FromSeconds(5);

    /// <summary>
    /// <c>stale-while-revalidate</c>: how long after that a held copy may still be served while the cache asks for a
    /// fresh one in the background, so that no visitor waits for the revalidation. Ten seconds, twice
    /// <see cref="MaxAge"/>: enough to cover a refresh at any load, short enough that a quiet page is not served far behind.
    /// </summary>
    public TimeSpan StaleWhileRevalidate { get; set; } = TimeSpan.FromSeconds(10);

    public bool Enabled => MaxAge > TimeSpan.Zero;

    public bool IsMaxAgeValid => IsValid(MaxAge);

    public bool IsStaleWhileRevalidateValid => IsValid(StaleWhileRevalidate);

    private static bool IsValid(TimeSpan value) =>
        value >= TimeSpan.Zero && value <= TimeSpan.FromHours(1) && value.Ticks % TimeSpan.TicksPerSecond == 0;
}
