using System.Globalization;
using System.Threading.RateLimiting;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Options;
using Summit.Web.Organizer.SignIn;

namespace Summit.Web.LeadOffers;

/// <summary>
/// The limit on offers sent per client address (an IPv6 client's /64). Only posts count: opening the form is free. A
/// client over the limit is answered 429 with Retry-After and a sentence saying when to try again.
/// </summary>
public sealed class LeadOfferLimit(IOptions<LeadOfferOptions> options) : IRateLimiterPolicy<string>
{
    public const string Name = "lead-offer";

    public Func<OnRejectedContext, CancellationToken, ValueTask>? OnRejected => RejectAsync;

    public RateLimitPartition<string> GetPartition(HttpContext httpContext)
    {
        ArgumentNullException.ThrowIfNull(httpContext);
        if (!HttpMethods.IsPost(httpContext.Request.Method))
        {
            return RateLimitPartition.GetNoLimiter("");
        }

        var limits = options.Value;
        return RateLimitPartition.GetFixedWindowLimiter(ClientAddress.Of(httpContext), _ => new FixedWindowRateLimiterOptions
        {
            PermitLimit = limits.PermitLimit,
            Window = limits.Window,
            QueueLimit = 0,
        });
    }

    private static async ValueTask RejectAsync(OnRejectedContext context, CancellationToken cancellationToken)
    {
        var response = context.HttpContext.Response;
        var seconds = context.Lease.TryGetMetadata(MetadataName.RetryAfter, out var retryAfter)
            ? Math.Max(1, (int)Math.Ceiling(retryAfter.TotalSeconds))
            : 60;

        // The global handler's answer is for an overloaded server (503); this one is the client's own limit.
        response.StatusCode = StatusCodes.Status429TooManyRequests;
        response.Headers.RetryAfter = seconds.ToString(CultureInfo.InvariantCulture);
        if (context.HttpContext.Features.Get<IStatusCodePagesFeature>() is { } statusPages)
        {
            statusPages.Enabled = false;
        }

        response.ContentType = "text/plain; charset=utf-8";
        await response.WriteAsync(
            $"You have sent several offers to lead sessions in a short time. Wait {Wait(seconds)} and send it again.",
            cancellationToken);
    }

    private static string Wait(int seconds) => seconds switch
    {
        <= 1 => "a second",
        < 60 => $"{seconds} seconds",
        < 120 => "a minute",
        _ => $"{(int)Math.Ceiling(seconds / 60.0)} minutes",
    };
}
