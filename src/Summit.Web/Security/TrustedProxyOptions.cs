namespace Summit.Web.Security;

/// <summary>
/// The reverse proxies whose <c>X-Forwarded-For</c> and <c>X-Forwarded-Proto</c> are believed (section
/// <c>ForwardedHeaders</c>). Off while none is listed: from anyone else those headers are a client's claim, and
/// believing them would let any visitor choose the address rate limits see and the scheme cookies follow.
/// </summary>
public sealed class TrustedProxyOptions
{
    public const string Section = "ForwardedHeaders";

    public const string Problem =
        "ForwardedHeaders:KnownProxies must be IP addresses (such as 10.0.0.5) and ForwardedHeaders:KnownNetworks networks in CIDR notation (such as 10.0.0.0/24).";

    /// <summary>Addresses of the proxies, such as <c>10.0.0.5</c> or <c>::1</c>.</summary>
    public string[] KnownProxies { get; set; } = [];

    /// <summary>Networks the proxies are in, in CIDR notation, such as <c>10.0.0.0/24</c>.</summary>
    public string[] KnownNetworks { get; set; } = [];

    public bool Enabled => KnownProxies.Length > 0 || KnownNetworks.Length > 0;

    public bool IsValid =>
        KnownProxies.All(p => System.Net.IPAddress.TryParse(p, out _)) && KnownNetworks.All(n => System.Net.IPNetwork.TryParse(n, out _));
}
