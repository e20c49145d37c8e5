namespace Summit.Web.Caching;

/// <summary>
/// The schedule snapshot and the time that one request uses throughout. Its output-cache key, its validators and
/// its content all come from the same snapshot, even when an organizer saves while it is being served; a page
/// rendered from a newer snapshot than its key says would be served, under that key, after the change was undone.
/// </summary>
public sealed record RequestSchedule(ScheduleSnapshot? Snapshot, DateTimeOffset Now)
{
    private static readonly object ItemKey = new();

    public static async ValueTask<RequestSchedule> GetAsync(HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (context.Items.TryGetValue(ItemKey, out var known) && known is RequestSchedule schedule)
        {
            return schedule;
        }

        var snapshot = await context.RequestServices.GetRequiredService<ScheduleSnapshots>().GetAsync(context.RequestAborted);
        schedule = new RequestSchedule(snapshot, context.RequestServices.GetRequiredService<TimeProvider>().GetUtcNow());
        context.Items[ItemKey] = schedule;
        return schedule;
    }
}
