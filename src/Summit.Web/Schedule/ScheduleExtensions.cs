namespace Summit.Web.Schedule;

public static class ScheduleExtensions
{
    public static IHostApplicationBuilder AddSchedule(this IHostApplicationBuilder builder)
    {
        return builder;
    }
}
