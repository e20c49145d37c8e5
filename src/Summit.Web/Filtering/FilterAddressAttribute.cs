namespace Summit.Web.Filtering;

/// <summary>
/// Marks a page whose query string is a schedule filter: a room, track or day named by a slug or date it had before an
/// organizer changed it is answered with a permanent redirect to the filter's current address (see
/// <see cref="FormerFilterRedirects"/>).
/// </summary>
[AttributeUsage(AttributeTargets.Class, Inherited = false)]
public sealed class FilterAddressAttribute : Attribute;
