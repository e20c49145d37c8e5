namespace Summit.Web.Caching;

/// <summary>
/// Marks a page whose HTML is the same for every visitor and made only from the published schedule (and its URL):
/// it gets validators and 304s from <see cref="PageValidatorsMiddleware"/>, and is compressed.
/// </summary>
[AttributeUsage(AttributeTargets.Class, Inherited = false)]
public sealed class PublicPageAttribute : Attribute;
