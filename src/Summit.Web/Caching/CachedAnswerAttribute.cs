namespace Summit.Web.Caching;

/// <summary>
/// Marks an endpoint whose successful answer is the same for every anonymous visitor, given its URL, the encoding the
/// client accepts and the page version: it is kept in <see cref="CachedAnswerStore"/> and served from there.
/// </summary>
[AttributeUsage(AttributeTargets.Class | AttributeTargets.Method, Inherited = false)]
public sealed class CachedAnswerAttribute : Attribute;
