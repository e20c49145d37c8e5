namespace Summit.Web.Calendar;

public static class CalendarExtensions
{
    public static IHostApplicationBuilder AddCalendar(this IHostApplicationBuilder builder)
    {
        builder.Services.AddOptions<CalendarFeedOptions>().BindConfiguration(CalendarFeedOptions.Section)
            .ValidateDataAnnotations().ValidateOnStart();
        return builder;
    }
}
