using Microsoft.Extensions.Diagnostics.HealthChecks;
using Summit.Core.Filtering;
using Microsoft.Extensions.Options;

namespace Summit.Web.Schedule;

/// <summary>
/// Ready only when the schedule page could be served: it reads the snapshot the public pages read (building it if
/// a save invalidated it) and lays out the default view as the page does. A database that still opens but whose
/// schedule cannot be read, which leaves every public page failing, is not ready. A readiness check (<c>/readyz</c>).
/// </summary>
public sealed class SchedulePathHealthCheck(ScheduleSnapshots snapshots, TimeProvider time, IOptions<ScheduleViewOptions> view) : IHealthCheck
{
    public const string Name = "schedule";

    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        try
        {
            var snapshot = await snapshots.GetAsync(cancellationToken);
            if (snapshot is null)
            {
                return HealthCheckResult.Healthy("No schedule is published yet.");
            }

            var today = snapshot.Clock.DateAt(time.GetUtcNow());
            var page = SchedulePageView.Decide(snapshot.Schedule, snapshot.Index, new ParsedFilter(ScheduleFilter.None, []), today, view.Value.DefaultDayThreshold);
            return HealthCheckResult.Healthy($"The schedule page shows {page.Result.Sessions.Count} sessions on {page.Days.Count} days.");
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            return HealthCheckResult.Unhealthy("the schedule cannot be read: public pages fail.", ex);
        }
    }
}

public static class SchedulePathHealthCheckExtensions
{
    /// <summary>Adds the schedule page's path to <c>/readyz</c>, beside the database connection check.</summary>
    public static IHostApplicationBuilder AddSchedulePathHealthCheck(this IHostApplicationBuilder builder)
    {
        builder.Services.AddHealthChecks().AddCheck<SchedulePathHealthCheck>(SchedulePathHealthCheck.Name);
        return builder;
    }
}
