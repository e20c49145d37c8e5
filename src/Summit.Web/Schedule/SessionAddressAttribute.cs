namespace Summit.Web.Schedule;

/// <summary>
/// Marks an endpoint whose <c>{slug}</c> route value is a session's address: a slug the session used to have is
/// answered with a permanent redirect to its current address (see <see cref="FormerSlugRedirects"/>).
/// </summary>
[AttributeUsage(AttributeTargets.Class, Inherited = false)]
public sealed class SessionAddressAttribute : Attribute
{
    /// <summary>The route value that holds the slug.</summary>
    public const string RouteValue = "slug";
}
