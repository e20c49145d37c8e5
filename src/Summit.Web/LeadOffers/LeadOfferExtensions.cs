using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Summit.Web.LeadOffers;

public static class LeadOfferExtensions
{
    /// <summary>The attendees' offer form's store and its limit per client (<see cref="LeadOfferLimit"/>).</summary>
    public static IHostApplicationBuilder AddLeadOffers(this IHostApplicationBuilder builder)
    {
        builder.Services.AddOptions<LeadOfferOptions>().BindConfiguration(nameof(LeadOfferOptions))
            .ValidateDataAnnotations().ValidateOnStart();
        builder.Services.TryAddSingleton(TimeProvider.System);
        builder.Services.AddScoped<LeadOfferStore>();
        builder.Services.AddOptions<RateLimiterOptions>().Configure(options => options.AddPolicy<string, LeadOfferLimit>(LeadOfferLimit.Name));
        return builder;
    }
}
