using System.Text;
using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace Summit.Web.Health;

/// <summary>
/// What a process supervisor and a load balancer ask. <c>/healthz</c>: the process is alive and answers (no database
/// work, so a slow or unreachable database never gets a live process restarted). <c>/readyz</c>: every registered
/// check passes (the database is reachable and the published schedule's snapshot is built), so requests may be
/// sent here; otherwise 503 with a short reason in plain text. Neither answer is cached.
/// </summary>
public static class HealthEndpoints
{
    public const string LivenessPath = "/healthz";

    public const string ReadinessPath = "/readyz";

    /// <summary>The database connection check's name (registered with the database).</summary>
    private const string DatabaseCheckName = "database";

    public static WebApplication MapHealth(this WebApplication app)
    {
        app.MapHealthChecks(LivenessPath, new HealthCheckOptions { Predicate = _ => false });
        app.MapHealthChecks(ReadinessPath, new HealthCheckOptions { ResponseWriter = WriteReadinessAsync });
        return app;
    }

    /// <summary>"Ready", or "Not ready:" and what failed, one check a line; exception texts stay in the log.</summary>
    private static Task WriteReadinessAsync(HttpContext context, HealthReport report)
    {
        context.Response.ContentType = "text/plain; charset=utf-8";
        if (report.Status == HealthStatus.Healthy)
        {
            return context.Response.WriteAsync("Ready", context.RequestAborted);
        }

        var text = new StringBuilder("Not ready:");
        foreach (var (name, entry) in report.Entries.Where(e => e.Value.Status != HealthStatus.Healthy).OrderBy(e => e.Key, StringComparer.Ordinal))
        {
            text.Append('\n').Append(name).Append(": ").Append(entry.Description ?? DefaultReason(name));
        }

        return context.Response.WriteAsync(text.ToString(), context.RequestAborted);
    }

    private static string DefaultReason(string check) => check == DatabaseCheckName
        ? "the database cannot be reached (see ConnectionStrings:Summit and the log)."
        : "failed (see the log).";
}
