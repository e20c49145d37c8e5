using Summit.Data.Instances;

namespace Summit.Web.Instances;

public static class InstancesExtensions
{
    /// <summary>
    /// Registers how this instance learns of changes other instances save on the same database: the stored version
    /// poll always, PostgreSQL's notifications too when that is the database (<see cref="InstancesOptions"/>).
    /// </summary>
    public static IHostApplicationBuilder AddInstances(this IHostApplicationBuilder builder)
    {
        var services = builder.Services;
        services.AddOptions<InstancesOptions>().BindConfiguration(InstancesOptions.Section)
            .ValidateDataAnnotations().ValidateOnStart();
        services.AddSingleton<AgendaChangeFollower>();
        services.AddSingleton<StoredVersionPoll>();
        services.AddSingleton<IScheduleChangeSource>(s => s.GetRequiredService<StoredVersionPoll>());
        // Whether they do anything is decided when first resolved, once the provider's setting is known.
        services.AddSingleton<ChangeNotifications>();
        services.AddSingleton<IChangeBroadcast>(s => s.GetRequiredService<ChangeNotifications>());
        return builder;
    }
}
