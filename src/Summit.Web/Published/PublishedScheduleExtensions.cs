using Summit.Core.Filtering;
using Summit.Web.Caching;

namespace Summit.Web.Published;

public static class PublishedScheduleExtensions
{
    /// <summary>
    /// Registers the read side's owner: the per-request view of the published schedule, the listener that evicts and
    /// warms after a change, and how the schedule opens (<see cref="ScheduleViewOptions"/>).
    /// </summary>
    public static IHostApplicationBuilder AddPublishedSchedule(this IHostApplicationBuilder builder)
    {
        var services = builder.Services;
        services.AddOptions<ScheduleViewOptions>().BindConfiguration(ScheduleViewOptions.Section)
            .Validate(o => o.IsValid, ScheduleViewOptions.Problem).ValidateOnStart();
        services.AddHttpContextAccessor();
        services.AddScoped<PublicScheduleRequest>();
        services.AddSingleton<Preview.PreviewSnapshots>();
        services.AddSingleton<PageVersions>();
        services.AddHostedService<ScheduleChangeListener>();
        return builder;
    }
}
