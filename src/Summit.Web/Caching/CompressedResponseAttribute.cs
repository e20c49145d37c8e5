namespace Summit.Web.Caching;

/// <summary>
/// Marks an endpoint whose responses are compressed. Compression is opt-in because a compressed page that holds
/// a secret (an antiforgery token) beside text an attacker chose can leak it (BREACH); public pages and feeds hold none.
/// </summary>
[AttributeUsage(AttributeTargets.Class | AttributeTargets.Method, Inherited = false)]
public sealed class CompressedResponseAttribute : Attribute;
