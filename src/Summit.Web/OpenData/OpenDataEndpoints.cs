using Microsoft.AspNetCore.Http.HttpResults;
using Summit.Core.Filtering;
using Summit.Core.OpenData;
using Summit.Web.Api;
using Summit.Web.Caching;
using Summit.Web.Calendar;
using Summit.Web.Published;

namespace Summit.Web.OpenData;

/// <summary>
/// The schedule for conference apps, room screens and recording pipelines: <c>/schedule.json</c> and
/// <c>/schedule.xml</c> in the c3voc/frab format, with the filters of <c>/</c>. Cached and validated like the calendar
/// feeds; docs/open-data.md describes the mapping.
/// </summary>
public static class OpenDataEndpoints
{
    public const string JsonPath = "/schedule.json";
    public const string XmlPath = "/schedule.xml";
    public const string JsonContentType = "application/json; charset=utf-8";
    public const string XmlContentType = "application/xml; charset=utf-8";

    public static IEndpointRouteBuilder MapOpenData(this IEndpointRouteBuilder app)
    {
        // Open to any origin like the API: web-based conference apps and room screens read these files from their own.
        app.MapGet(JsonPath, ScheduleJsonAsync).WithName("ScheduleJson").RequireCors(ApiExtensions.CorsPolicy).CacheAnswers().RequireRateLimiting(PublicCaching.RenderLimit).Compressed();
        app.MapGet(XmlPath, ScheduleXmlAsync).WithName("ScheduleXml").RequireCors(ApiExtensions.CorsPolicy).CacheAnswers().RequireRateLimiting(PublicCaching.RenderLimit).Compressed();
        return app;
    }

    public static Task<Results<ValidatedBody, ProblemHttpResult>> ScheduleJsonAsync(HttpContext context, PublicScheduleRequest published) =>
        ExportAsync(context, published, JsonPath, ScheduleJsonWriter.WriteUtf8, JsonContentType);

    public static Task<Results<ValidatedBody, ProblemHttpResult>> ScheduleXmlAsync(HttpContext context, PublicScheduleRequest published) =>
        ExportAsync(context, published, XmlPath, ScheduleXmlWriter.WriteUtf8, XmlContentType);

    private static async Task<Results<ValidatedBody, ProblemHttpResult>> ExportAsync(
        HttpContext context, PublicScheduleRequest published, string path, Func<ScheduleExport, byte[]> write, string contentType)
    {
        var snapshot = await published.GetSnapshotAsync();
        if (snapshot is null || !snapshot.IsPublished)
        {
            // The format has no empty schedule (the XML needs a day): apps keep what they have and ask again later.
            return TypedResults.Problem("No schedule has been published yet.", statusCode: StatusCodes.Status404NotFound);
        }

        var parsed = FilterQuery.Parse(name => context.Request.Query[name], snapshot.Index);
        if (parsed.Problems.Count > 0)
        {
            // As with the calendar feeds: an app has nowhere to show a warning, and a wrong address must not quietly give more.
            return TypedResults.Problem(
                string.Join(" ", parsed.Problems.Select(p => p.Message)),
                statusCode: StatusCodes.Status400BadRequest,
                title: "Some filters of this schedule address are not valid.");
        }

        var sessions = snapshot.Index.Apply(parsed.Filter).Sessions;
        var self = new Uri(published.SiteBase, path.TrimStart('/') + FilterQuery.ToQueryString(parsed.Filter)).AbsoluteUri;
        var export = ScheduleExportBuilder.Build(snapshot.Schedule, sessions, snapshot.Clock, ExportVersion.Of(snapshot.Release), published.SiteBase, self);
        var body = write(export);
        return new ValidatedBody(body, FeedValidators.Of(body, snapshot.LastModifiedUtc), contentType);
    }
}
