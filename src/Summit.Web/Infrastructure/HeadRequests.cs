using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Primitives;

namespace Summit.Web.Infrastructure;

/// <summary>
/// Answers HEAD wherever GET is answered, with the same status and headers and no body (RFC 9110, section 9.3.2):
/// uptime monitors and link checkers send HEAD, and endpoint routing answers it with 405 unless an endpoint names
/// the method. Static assets and the health check already answer it.
/// </summary>
public static class HeadRequests
{
    /// <summary>
    /// Sends no body in answer to HEAD, whatever the endpoint writes: Kestrel drops it itself, but not every server
    /// does (the test server does not). Compression and the output cache still see the body, so the headers are GET's.
    /// </summary>
    public static IApplicationBuilder UseHeadWithoutBody(this IApplicationBuilder app) =>
        app.Use((context, next) =>
        {
            if (HttpMethods.IsHead(context.Request.Method) && context.Features.Get<IHttpResponseBodyFeature>() is { } body)
            {
                context.Features.Set<IHttpResponseBodyFeature>(new StreamResponseBodyFeature(Stream.Null, body));
            }

            return next(context);
        });

    /// <summary>Adds a HEAD endpoint beside every endpoint that answers GET but not HEAD, whenever it was mapped.</summary>
    public static IEndpointRouteBuilder AnswerHeadWhereGetIsAnswered(this IEndpointRouteBuilder app)
    {
        ArgumentNullException.ThrowIfNull(app);
        app.DataSources.Add(new HeadEndpointDataSource(app.DataSources));
        return app;
    }

    /// <summary>
    /// The HEAD twins of the other sources' GET endpoints: the same route, handler and metadata (caching, rate limits,
    /// authorization), answering HEAD only. Servers send no body for HEAD, and HTTP clients read none.
    /// </summary>
    private sealed class HeadEndpointDataSource(ICollection<EndpointDataSource> all) : EndpointDataSource
    {
        public override IReadOnlyList<Endpoint> Endpoints =>
            [.. Others.SelectMany(s => s.Endpoints).OfType<RouteEndpoint>().Where(AnswersGetButNotHead).Select(HeadTwin)];

        private IEnumerable<EndpointDataSource> Others => all.Where(s => !ReferenceEquals(s, this));

        public override IChangeToken GetChangeToken() => new CompositeChangeToken([.. Others.Select(s => s.GetChangeToken())]);

        private static bool AnswersGetButNotHead(RouteEndpoint endpoint) =>
            endpoint.Metadata.GetMetadata<IHttpMethodMetadata>()?.HttpMethods is { } methods
            && methods.Any(HttpMethods.IsGet)
            && !methods.Any(HttpMethods.IsHead);

        private static RouteEndpoint HeadTwin(RouteEndpoint endpoint)
        {
            // A twin has no name and makes no links: names must be unique, and links go to the GET endpoint anyway.
            var metadata = endpoint.Metadata
                .Where(m => m is not (IHttpMethodMetadata or IEndpointNameMetadata or IRouteNameMetadata))
                .Append(new SuppressLinkGenerationMetadata())
                .Append(new HttpMethodMetadata([HttpMethods.Head]));
            return new RouteEndpoint(endpoint.RequestDelegate!, endpoint.RoutePattern, endpoint.Order, new EndpointMetadataCollection(metadata), $"HEAD {endpoint.DisplayName}");
        }
    }
}
