using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Summit.Web.Organizer.SignIn;

public static class SignInExtensions
{
    public static IServiceCollection AddOrganizerSignIn(this IServiceCollection services)
    {
        services.AddOptions<SignInThrottleOptions>().BindConfiguration(SignInThrottleOptions.Section)
            .ValidateDataAnnotations().ValidateOnStart();
        services.TryAddSingleton(TimeProvider.System);
        services.AddSingleton<SignInThrottle>();
        services.AddSingleton<TrustedDevices>();
        services.AddSingleton<UnknownAccountPassword>();
        services.AddScoped<OrganizerSignIn>();
        return services;
    }
}
