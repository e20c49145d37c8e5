using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Summit.Data.Releases;
using Summit.Organizer.Releases;

namespace Summit.Tests.Infrastructure;

/// <summary>The release services the app registers, for component tests of the organizer pages that read or make releases.</summary>
public static class ReleaseServices
{
    /// <summary>Adds them over the context factory and clock already registered (the clock defaults to the system's).</summary>
    public static IServiceCollection AddReleaseServices(this IServiceCollection services)
    {
        services.AddSingleton(TimeProvider.System);
        services.AddSingleton(Options.Create(new ReleaseOptions()));
        services.AddSingleton<ScheduleChangeSignal>();
        services.AddSingleton<ReleaseStore>();
        services.AddSingleton<ReleaseWriter>();
        services.AddSingleton<ScheduleSnapshots>();
        services.AddScoped<ReleaseDesk>();
        return services;
    }
}
