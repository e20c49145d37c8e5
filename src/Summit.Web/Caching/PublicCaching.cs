using System.IO.Compression;
using Microsoft.AspNetCore.ResponseCompression;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.Net.Http.Headers;

namespace Summit.Web.Caching;

/// <summary>
/// How public pages and feeds are served fast: output-cached per URL, compression and schedule version, evicted the
/// moment the schedule changes; validated with ETags; compressed. Personal pages and the organizer area take no part.
/// </summary>
public static class PublicCaching
{
    /// <summary>The output cache policy of public pages and feeds.</summary>
    public const string Policy = "public-schedule";

    private const string Tag = "schedule";

    public static IServiceCollection AddPublicCaching(this IServiceCollection services)
    {
        services.AddOutputCache(options => options.AddPolicy(Policy, policy => policy
            .Tag(Tag)
            // Compressed bodies are cached, one per encoding.
            .SetVaryByHeader(HeaderNames.AcceptEncoding)
            // An entry made from an older snapshot, or before the opening day changed, is never served again.
            .VaryByValue(async (context, _) => new KeyValuePair<string, string>("v", (await PageVersion.ForAsync(context))?.Key ?? ""))
            .Expire(TimeSpan.FromHours(1))));

        services.AddResponseCompression(options =>
        {
            options.EnableForHttps = true;
            options.Providers.Add<BrotliCompressionProvider>();
            options.Providers.Add<GzipCompressionProvider>();
            options.MimeTypes = ResponseCompressionDefaults.MimeTypes.Append("text/calendar");
        });
        // Fastest: a miss (a new filter, the first request after a change) compresses megabytes at 2,000 sessions, and quality 1 is already a tenth of the size.
        services.Configure<BrotliCompressionProviderOptions>(o => o.Level = CompressionLevel.Fastest);
        services.Configure<GzipCompressionProviderOptions>(o => o.Level = CompressionLevel.Fastest);
        return services;
    }

    /// <summary>Adds validators, the output cache and compression, in that order, after authentication.</summary>
    public static WebApplication UsePublicCaching(this WebApplication app)
    {
        var store = app.Services.GetRequiredService<IOutputCacheStore>();
        // The versioned key already keeps stale entries from being served; eviction frees their memory at once.
        app.Services.GetRequiredService<ScheduleSnapshots>().Invalidated += () =>
            store.EvictByTagAsync(Tag, CancellationToken.None).AsTask().GetAwaiter().GetResult();

        app.UseMiddleware<PageValidatorsMiddleware>();
        app.UseOutputCache();
        app.UseWhen(IsCompressed, compressed => compressed.UseResponseCompression());
        return app;
    }

    /// <summary>Marks an endpoint's responses for compression (see <see cref="CompressedResponseAttribute"/>).</summary>
    public static TBuilder Compressed<TBuilder>(this TBuilder builder) where TBuilder : IEndpointConventionBuilder =>
        builder.WithMetadata(new CompressedResponseAttribute());

    private static bool IsCompressed(HttpContext context) =>
        context.GetEndpoint()?.Metadata is { } metadata
        && (metadata.GetMetadata<CompressedResponseAttribute>() is not null || metadata.GetMetadata<PublicPageAttribute>() is not null);
}
