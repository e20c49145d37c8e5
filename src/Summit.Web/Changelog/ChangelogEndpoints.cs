using Microsoft.AspNetCore.Http.HttpResults;
using Summit.Web.Caching;
using Summit.Web.Calendar;
using Summit.Web.Published;

namespace Summit.Web.Changelog;

/// <summary>The changelog's feed: <c>/changelog.atom</c>.</summary>
public static class ChangelogEndpoints
{
    public static IEndpointRouteBuilder MapChangelog(this IEndpointRouteBuilder app)
    {
        app.MapGet("/changelog.atom", FeedAsync).WithName("ChangelogFeed").CacheAnswers().RequireRateLimiting(PublicCaching.RenderLimit).Compressed();
        return app;
    }

    public static async Task<Results<ValidatedBody, ProblemHttpResult>> FeedAsync(PublicScheduleRequest published)
    {
        if (await published.GetSnapshotAsync() is not { } snapshot)
        {
            return TypedResults.Problem("No schedule has been published yet.", statusCode: StatusCodes.Status404NotFound);
        }

        var body = AtomWriter.WriteUtf8(ChangelogFeed.For(snapshot, published.SiteBase));
        var newest = snapshot.Releases.Count > 0 ? snapshot.Releases[0].Info.ReleasedUtc : DateTime.UnixEpoch;
        return new ValidatedBody(body, FeedValidators.Of(body, newest), AtomWriter.ContentType);
    }
}
