namespace Summit.Web.Schedule;

public static class ScheduleExtensions
{
    public static IHostApplicationBuilder AddSchedule(this IHostApplicationBuilder builder)
    {
        builder.Services.AddScoped<ScheduleReader>();
        return builder;
    }
}
