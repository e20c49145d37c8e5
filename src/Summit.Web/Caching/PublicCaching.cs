using System.IO.Compression;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.AspNetCore.ResponseCompression;
using Microsoft.AspNetCore.Routing;
using Microsoft.AspNetCore.StaticAssets;
using Microsoft.Net.Http.Headers;
using Summit.Web.Published;

namespace Summit.Web.Caching;

/// <summary>
/// How public pages and feeds are served fast: output-cached per URL, compression and schedule version, evicted by the
/// change listener after the schedule changes; validated with ETags; compressed. Personal pages and the organizer area take no part.
/// </summary>
public static class PublicCaching
{
    /// <summary>The output cache policy of public pages and feeds.</summary>
    public const string Policy = "public-schedule";

    /// <summary>The limit on pages and feeds rendered at once (requests the output cache could not answer).</summary>
    public const string RenderLimit = "render";

    private const string AssetPolicy = "package-asset";

    private const string Tag = "schedule";

    public static IServiceCollection AddPublicCaching(this IServiceCollection services)
    {
        services.AddOutputCache(options =>
        {
            // Small: the common views (a day, a track, a session) are few, and a flood of made-up filter URLs must not
            // grow the server beyond a small machine's memory; what does not fit is rendered again.
            options.SizeLimit = 48 * 1024 * 1024;
            options.AddPolicy(Policy, policy => policy
                .Tag(Tag)
                // Compressed bodies are cached, one per encoding.
                .SetVaryByHeader(HeaderNames.AcceptEncoding)
                // An entry made from an older snapshot, or before the opening day changed, is never served again.
                .VaryByValue(async (context, _) => new KeyValuePair<string, string>("v", (await context.RequestServices.GetRequiredService<PublicScheduleRequest>().GetPageVersionAsync())?.Key ?? ""))
                .Expire(TimeSpan.FromHours(1)));
            options.AddPolicy(AssetPolicy, policy => policy.SetVaryByHeader(HeaderNames.AcceptEncoding).Expire(TimeSpan.FromDays(1)));
        });

        services.AddRateLimiter(options =>
        {
            // Rendering is CPU work: more renders at once than cores only adds memory (each holds megabytes of
            // render tree at 2,000 sessions) and latency. The rest wait their turn, holding nothing but the request.
            options.AddConcurrencyLimiter(RenderLimit, limiter =>
            {
                limiter.PermitLimit = Environment.ProcessorCount;
                limiter.QueueLimit = 1000;
                limiter.QueueProcessingOrder = System.Threading.RateLimiting.QueueProcessingOrder.OldestFirst;
            });
            options.RejectionStatusCode = StatusCodes.Status503ServiceUnavailable;
            options.OnRejected = (context, _) =>
            {
                context.HttpContext.Response.Headers.RetryAfter = "5";
                return ValueTask.CompletedTask;
            };
        });

        services.AddResponseCompression(options =>
        {
            options.EnableForHttps = true;
            options.Providers.Add<BrotliCompressionProvider>();
            options.Providers.Add<GzipCompressionProvider>();
            options.MimeTypes = ResponseCompressionDefaults.MimeTypes.Append("text/calendar");
        });
        // Optimal: about 3 ms for a 2,000-session day of 930 KB, and most responses are compressed once and then served
        // from the output cache. Brotli's fastest level compresses each small write Blazor makes on its own: 150 KB instead
        // of 56 KB for that day.
        services.Configure<BrotliCompressionProviderOptions>(o => o.Level = CompressionLevel.Optimal);
        services.Configure<GzipCompressionProviderOptions>(o => o.Level = CompressionLevel.Optimal);
        return services;
    }

    /// <summary>Adds validators, the output cache, the render limit and compression, in that order, after authentication.</summary>
    public static WebApplication UsePublicCaching(this WebApplication app)
    {
        app.UseMiddleware<PageValidatorsMiddleware>();
        app.UseOutputCache();
        app.UseRateLimiter();
        app.UseWhen(IsCompressed, compressed => compressed.UseResponseCompression());
        return app;
    }

    /// <summary>Removes every cached public page and feed; the schedule change listener calls it after a change.</summary>
    public static ValueTask EvictAsync(IOutputCacheStore store, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(store);
        return store.EvictByTagAsync(Tag, cancellationToken);
    }

    /// <summary>
    /// Compresses package assets (<c>_content/…</c>) whose fingerprinted address has no precompressed copy. The SDK
    /// gives MudBlazor's 627 KB stylesheet a fingerprinted, year-long-cached address but serves it there uncompressed;
    /// this compresses it once per encoding and keeps the result in the output cache.
    /// </summary>
    public static StaticAssetsEndpointConventionBuilder CompressPackageAssets(this StaticAssetsEndpointConventionBuilder assets)
    {
        ArgumentNullException.ThrowIfNull(assets);
        assets.Add(endpoint =>
        {
            if (endpoint is RouteEndpointBuilder { RoutePattern.RawText: { } route }
                && route.StartsWith("_content/", StringComparison.Ordinal)
                && (route.EndsWith(".css", StringComparison.Ordinal) || route.EndsWith(".js", StringComparison.Ordinal))
                && !endpoint.Metadata.OfType<ContentEncodingMetadata>().Any())
            {
                endpoint.Metadata.Add(new CompressedResponseAttribute());
                endpoint.Metadata.Add(new OutputCacheAttribute { PolicyName = AssetPolicy });
            }
        });
        return assets;
    }

    /// <summary>Marks an endpoint's responses for compression (see <see cref="CompressedResponseAttribute"/>).</summary>
    public static TBuilder Compressed<TBuilder>(this TBuilder builder) where TBuilder : IEndpointConventionBuilder =>
        builder.WithMetadata(new CompressedResponseAttribute());

    private static bool IsCompressed(HttpContext context) =>
        context.GetEndpoint()?.Metadata is { } metadata
        && (metadata.GetMetadata<CompressedResponseAttribute>() is not null || metadata.GetMetadata<PublicPageAttribute>() is not null);
}
