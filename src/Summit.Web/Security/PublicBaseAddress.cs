namespace Summit.Web.Security;

/// <summary>
/// Makes the configured public origin the request's scheme and host, so everything that builds an absolute address
/// from the request (feeds, calendar links, redirects, the navigation manager) writes the public one, and
/// <see cref="HttpRequest.IsHttps"/> (Secure cookies, HSTS) follows the public scheme.
/// </summary>
public sealed class PublicBaseAddress(RequestDelegate next, Uri publicBase)
{
    private readonly HostString _host = new(publicBase.IsDefaultPort ? publicBase.IdnHost : $"{publicBase.IdnHost}:{publicBase.Port}");

    public Task InvokeAsync(HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        context.Request.Scheme = publicBase.Scheme;
        context.Request.Host = _host;
        return next(context);
    }
}
