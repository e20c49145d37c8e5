using System.IO.Compression;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.AspNetCore.Server.Kestrel.Core;
using Microsoft.AspNetCore.ResponseCompression;
using Microsoft.AspNetCore.Routing;
using Microsoft.AspNetCore.StaticAssets;
using Microsoft.Extensions.Options;
using Microsoft.Net.Http.Headers;
using Summit.Web.Published;

namespace Summit.Web.Caching;

/// <summary>
/// How public pages and feeds are served fast: kept per URL, encoding and page version (<see cref="CachedAnswerStore"/>),
/// evicted the moment the schedule changes and served as stored bytes; validated with ETags; compressed. Personal pages and the organizer area take no part.
/// </summary>
public static class PublicCaching
{
    /// <summary>The limit on pages and feeds rendered at once (requests the cache could not answer).</summary>
    public const string RenderLimit = "render";

    private const string AssetPolicy = "package-asset";

    public static IServiceCollection AddPublicCaching(this IServiceCollection services)
    {
        services.AddOptions<PublicCacheOptions>().BindConfiguration(PublicCacheOptions.Section)
            .Validate(o => o.IsValid, PublicCacheOptions.Problem).ValidateOnStart();
        services.AddOptions<SharedCacheOptions>().BindConfiguration(SharedCacheOptions.Section)
            .Validate(o => o.IsMaxAgeValid, SharedCacheOptions.MaxAgeProblem)
            .Validate(o => o.IsStaleWhileRevalidateValid, SharedCacheOptions.StaleProblem).ValidateOnStart();
        services.AddSingleton<PublicCacheControl>();
        services.AddSingleton<CachedAnswerStore>();
        services.AddOptions<KestrelServerOptions>().Configure<IOptions<PublicCacheOptions>>((kestrel, cache) =>
            kestrel.Limits.MaxResponseBufferSize = cache.Value.ResponseBufferKilobytes * 1024L);
        services.AddSingleton<IPublishedScheduleCache>(provider => provider.GetRequiredService<CachedAnswerStore>());

        // Public pages and feeds are kept by CachedAnswerStore; the output cache keeps only compressed package assets.
        services.AddOutputCache(options =>
            options.AddPolicy(AssetPolicy, policy => policy.SetVaryByHeader(HeaderNames.AcceptEncoding).Expire(TimeSpan.FromDays(1))));

        services.AddRateLimiter(options =>
        {
            options.RejectionStatusCode = StatusCodes.Status503ServiceUnavailable;
            options.OnRejected = (context, _) =>
            {
                context.HttpContext.Response.Headers.RetryAfter = "5";
                return ValueTask.CompletedTask;
            };
        });
        services.AddOptions<RateLimiterOptions>().Configure<IOptions<PublicCacheOptions>>((options, cache) =>
            // The rest wait their turn (see PublicCacheOptions.RenderConcurrency), oldest first.
            options.AddConcurrencyLimiter(RenderLimit, limiter =>
            {
                limiter.PermitLimit = cache.Value.EffectiveRenderConcurrency;
                limiter.QueueLimit = cache.Value.RenderQueueLimit;
                limiter.QueueProcessingOrder = System.Threading.RateLimiting.QueueProcessingOrder.OldestFirst;
            }));

        services.AddResponseCompression(options =>
        {
            options.EnableForHttps = true;
            options.Providers.Add<BrotliCompressionProvider>();
            options.Providers.Add<GzipCompressionProvider>();
            options.MimeTypes = ResponseCompressionDefaults.MimeTypes.Append("text/calendar").Append("application/atom+xml");
        });
        // Optimal: about 3 ms for a 2,000-session day of 930 KB, and most responses are compressed once and then served
        // from the output cache. Brotli's fastest level compresses each small write Blazor makes on its own: 150 KB instead
        // of 56 KB for that day.
        services.Configure<BrotliCompressionProviderOptions>(o => o.Level = CompressionLevel.Optimal);
        services.Configure<GzipCompressionProviderOptions>(o => o.Level = CompressionLevel.Optimal);
        return services;
    }

    /// <summary>
    /// Serves cached public answers to clients without cookies, early (see <see cref="EarlyCachedAnswers"/>): call it
    /// after the security headers, forwarded headers and HSTS, before authentication.
    /// </summary>
    public static WebApplication UseEarlyCachedAnswers(this WebApplication app)
    {
        app.UseMiddleware<EarlyCachedAnswers>();
        return app;
    }

    /// <summary>Adds validators, the answer cache, the output cache of assets, the render limit and compression, in that order, after authentication.</summary>
    public static WebApplication UsePublicCaching(this WebApplication app)
    {
        app.UseMiddleware<PageValidatorsMiddleware>();
        app.UseMiddleware<CachedAnswers>();
        app.UseOutputCache();
        app.UseRateLimiter();
        app.UseWhen(IsCompressed, compressed => compressed.UseResponseCompression());
        return app;
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

    /// <summary>Marks an endpoint whose answers are cached (see <see cref="CachedAnswerAttribute"/>).</summary>
    public static TBuilder CacheAnswers<TBuilder>(this TBuilder builder) where TBuilder : IEndpointConventionBuilder =>
        builder.WithMetadata(new CachedAnswerAttribute());

    /// <summary>Marks an endpoint's responses for compression (see <see cref="CompressedResponseAttribute"/>).</summary>
    public static TBuilder Compressed<TBuilder>(this TBuilder builder) where TBuilder : IEndpointConventionBuilder =>
        builder.WithMetadata(new CompressedResponseAttribute());

    private static bool IsCompressed(HttpContext context) =>
        context.GetEndpoint()?.Metadata is { } metadata
        && (metadata.GetMetadata<CompressedResponseAttribute>() is not null || metadata.GetMetadata<PublicPageAttribute>() is not null);
}
