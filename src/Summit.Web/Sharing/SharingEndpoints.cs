using System.Text;
using Microsoft.AspNetCore.Http.HttpResults;
using Summit.Core.Sharing;
using Summit.Web.Caching;
using Summit.Web.Calendar;
using Summit.Web.Published;

namespace Summit.Web.Sharing;

/// <summary>
/// What search engines read besides the pages: <c>/sitemap.xml</c> (every public page with its last change) and
/// <c>/robots.txt</c> pointing at it. Cached and validated like the schedule exports.
/// </summary>
public static class SharingEndpoints
{
    public const string SitemapPath = "/sitemap.xml";
    public const string RobotsPath = "/robots.txt";

    public static IEndpointRouteBuilder MapSharing(this IEndpointRouteBuilder app)
    {
        app.MapGet(SitemapPath, SitemapAsync).WithName("Sitemap").CacheAnswers().RequireRateLimiting(PublicCaching.RenderLimit).Compressed();
        app.MapGet(RobotsPath, Robots).WithName("Robots").CacheAnswers().RequireRateLimiting(PublicCaching.RenderLimit);
        return app;
    }

    public static async Task<Results<ValidatedBody, ProblemHttpResult>> SitemapAsync(PublicScheduleRequest published)
    {
        var snapshot = await published.GetSnapshotAsync();
        if (snapshot is null || !snapshot.IsPublished)
        {
            return TypedResults.Problem("No schedule has been published yet.", statusCode: StatusCodes.Status404NotFound);
        }

        var body = SitemapWriter.WriteUtf8(Entries(snapshot, published.SiteBase));
        return new ValidatedBody(body, FeedValidators.Of(body, snapshot.LastModifiedUtc), "application/xml; charset=utf-8");
    }

    /// <summary>The schedule, its grid, every session, the changelog and each release, the API's page.</summary>
    public static IReadOnlyList<SitemapEntry> Entries(ScheduleSnapshot snapshot, Uri siteBase)
    {
        ArgumentNullException.ThrowIfNull(snapshot);
        ArgumentNullException.ThrowIfNull(siteBase);
        var changed = snapshot.LastModifiedUtc;
        var released = snapshot.Release?.ReleasedUtc ?? changed;
        var entries = new List<SitemapEntry>
        {
            new(siteBase, changed),
            new(new Uri(siteBase, "grid"), changed),
        };
        entries.AddRange(snapshot.Schedule.Sessions.Select(s =>
            new SitemapEntry(new Uri(siteBase, "sessions/" + Uri.EscapeDataString(s.Slug)), s.LastModifiedUtc)));
        entries.Add(new SitemapEntry(new Uri(siteBase, "changelog"), released));
        entries.AddRange(snapshot.Releases.Select(r =>
            new SitemapEntry(new Uri(siteBase, $"releases/{r.Info.Version}"), r.Info.ReleasedUtc)));
        entries.Add(new SitemapEntry(new Uri(siteBase, "api"), changed));
        return entries;
    }

    public static IResult Robots(PublicScheduleRequest published)
    {
        // Personal pages (agendas, private links) and the organizers' area are of no use in search results.
        var text = $"""
            User-agent: *
            Disallow: /agenda
            Disallow: /organizer
            Disallow: /account
            Disallow: /preview
            Sitemap: {new Uri(published.SiteBase, "sitemap.xml").AbsoluteUri}

            """;
        var body = Encoding.UTF8.GetBytes(text);
        return new ValidatedBody(body, FeedValidators.Of(body, AppBuild.TimeUtc), "text/plain; charset=utf-8");
    }
}
