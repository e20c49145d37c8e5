using Summit.Web.Infrastructure;
using Summit.Web.Published;

namespace Summit.Web.Agenda;

public static class AgendaExtensions
{
    public static IHostApplicationBuilder AddAgenda(this IHostApplicationBuilder builder)
    {
        builder.Services.AddScoped<AgendaStore>();
        builder.Services.AddSingleton(TimeProvider.System);
        builder.Services.AddOptions<AgendaOptions>().BindConfiguration(nameof(AgendaOptions))
            .ValidateDataAnnotations().ValidateOnStart();
        builder.Services.AddSingleton<AgendaCreations>();
        builder.Services.AddOptions<AgendaFeedCacheOptions>().BindConfiguration(nameof(AgendaFeedCacheOptions))
            .Validate(o => o.SizeLimit > 0, $"{nameof(AgendaFeedCacheOptions)}:{nameof(AgendaFeedCacheOptions.SizeLimit)} must be a positive number of bytes.")
            .ValidateOnStart();
        builder.Services.AddSingleton<AgendaFeedCache>();
        builder.Services.AddSingleton<IPublishedScheduleCache>(services => services.GetRequiredService<AgendaFeedCache>());
        builder.Services.AddSingleton<EmptyAgendaCleanup>();
        builder.Services.AddHostedService(services => services.GetRequiredService<EmptyAgendaCleanup>());

        // star.js reads a failure's reason from JSON; an error page would leave it nothing to show.
        builder.Services.AddExceptionHandler<ScriptRequestFailures>();
        return builder;
    }

    /// <summary>Answers polls of kept personal feeds early (see <see cref="EarlyAgendaFeeds"/>): call it beside <c>UseEarlyCachedAnswers</c>.</summary>
    public static WebApplication UseEarlyAgendaFeeds(this WebApplication app)
    {
        app.UseMiddleware<EarlyAgendaFeeds>();
        return app;
    }
}
