using System.Net;
using System.Text.Json;
using System.Text.RegularExpressions;
using System.Xml.Linq;
using AngleSharp.Html.Parser;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.EntityFrameworkCore;
using Summit.Core.Sharing;

namespace Summit.Tests.Sharing;

/// <summary>What search engines and link previews read: session pages' meta tags and JSON-LD, the sitemap, robots.txt.</summary>
public sealed class SharingHttpTests(SummitAppFactory factory) : IClassFixture<SummitAppFactory>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static async Task<AngleSharp.Html.Dom.IHtmlDocument> PageAsync(HttpClient client, string path)
    {
        var html = await client.GetStringAsync(path, Ct);
        return new HtmlParser().ParseDocument(html);
    }

    private static string? Meta(AngleSharp.Html.Dom.IHtmlDocument page, string selector) =>
        page.QuerySelector(selector)?.GetAttribute("content");

    private static JsonElement JsonLd(AngleSharp.Html.Dom.IHtmlDocument page)
    {
        var script = page.QuerySelectorAll("script[type='application/ld+json']").Single();
        return JsonDocument.Parse(script.TextContent).RootElement.Clone();
    }

    private static async Task ChangeSessionAsync(SummitAppFactory app, string slug, Action<Summit.Core.Schedule.Session> change)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<SummitDbContext>();
        var session = await db.Sessions.SingleAsync(s => s.Slug == slug, Ct);
        change(session);
        session.LastModifiedUtc = DateTime.UtcNow;
        await db.SaveChangesAsync(Ct);
    }

    [Fact]
    public async Task ASessionPageCarriesItsDescriptionAndOpenGraphTags()
    {
        // Act
        var page = await PageAsync(factory.CreateClient(), "/sessions/closing-quantum-nova-gaps");

        // Assert
        var description = Meta(page, "meta[name=description]");
        Assert.StartsWith("With Folsom, there were a couple key gaps around Quantum/Nova integration", description);
        Assert.InRange(description!.Length, 1, SharingTexts.DescriptionLength + 1);
        Assert.Equal("Closing quantum/nova gaps", Meta(page, "meta[property='og:title']"));
        Assert.Equal(description, Meta(page, "meta[property='og:description']"));
        Assert.Equal("article", Meta(page, "meta[property='og:type']"));
        Assert.Equal("http://localhost/sessions/closing-quantum-nova-gaps", Meta(page, "meta[property='og:url']"));
    }

    [Fact]
    public async Task ASessionPageDescribesItselfAsAScheduledEvent()
    {
        // Act
        var json = JsonLd(await PageAsync(factory.CreateClient(), "/sessions/closing-quantum-nova-gaps"));

        // Assert
        Assert.Equal("Event", json.GetProperty("@type").GetString());
        Assert.Equal("Closing quantum/nova gaps", json.GetProperty("name").GetString());
        Assert.Equal("2012-10-15T09:50-07:00", json.GetProperty("startDate").GetString());
        Assert.Equal("2012-10-15T10:30-07:00", json.GetProperty("endDate").GetString());
        Assert.Equal("Windsor BC", json.GetProperty("location").GetProperty("name").GetString());
        Assert.Equal("https://schema.org/EventScheduled", json.GetProperty("eventStatus").GetString());
    }

    [Fact]
    public async Task WithoutScriptTheShareLinkIsTheSessionsPermanentAddress()
    {
        // Act
        var page = await PageAsync(factory.CreateClient(), "/sessions/closing-quantum-nova-gaps");

        // Assert
        var link = page.QuerySelector("a[data-share-link]");
        Assert.Equal("Share this session", link?.TextContent);
        Assert.Equal("http://localhost/sessions/closing-quantum-nova-gaps", link?.GetAttribute("href"));
    }

    [Theory]
    [InlineData("/")]
    [InlineData("/grid")]
    public async Task TheScheduleViewsHaveAMetaDescription(string path)
    {
        // Act
        var page = await PageAsync(factory.CreateClient(), path);

        // Assert
        Assert.Contains("28 sessions", Meta(page, "meta[name=description]"));
    }

    [Fact]
    public async Task ACancelledSessionIsACancelledEvent()
    {
        // Arrange
        await using var app = new SummitAppFactory();
        await ChangeSessionAsync(app, "closing-quantum-nova-gaps", s => s.Status = Summit.Core.Schedule.SessionStatus.Cancelled);

        // Act
        var json = JsonLd(await PageAsync(app.CreateClient(), "/sessions/closing-quantum-nova-gaps"));

        // Assert
        Assert.Equal("https://schema.org/EventCancelled", json.GetProperty("eventStatus").GetString());
    }

    [Fact]
    public async Task AHostileTitleStaysInsideTheJsonLd()
    {
        // Arrange
        const string hostile = "</script><script>alert('x')</script><!--";
        await using var app = new SummitAppFactory();
        await ChangeSessionAsync(app, "closing-quantum-nova-gaps", s => s.Title = hostile);

        // Act
        var html = await app.CreateClient().GetStringAsync("/sessions/closing-quantum-nova-gaps", Ct);
        var page = new HtmlParser().ParseDocument(html);

        // Assert: one data block, no script the title opened, and the title read back whole
        Assert.Equal(hostile, JsonLd(page).GetProperty("name").GetString());
        Assert.DoesNotContain(page.Scripts, s => s.TextContent.Contains("alert", StringComparison.Ordinal) && s.Type != "application/ld+json");
        Assert.Equal(hostile, Meta(page, "meta[property='og:title']"));
    }

    [Fact]
    public async Task TheSitemapListsEveryPublicPageWithItsLastChange()
    {
        // Act
        var response = await factory.CreateClient().GetAsync("/sitemap.xml", Ct);
        var xml = XDocument.Parse(await response.Content.ReadAsStringAsync(Ct));

        // Assert
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/xml", response.Content.Headers.ContentType?.MediaType);
        Assert.NotNull(response.Headers.ETag);
        XNamespace ns = SitemapWriter.Namespace;
        var urls = xml.Root!.Elements(ns + "url").ToList();
        var locations = urls.Select(u => u.Element(ns + "loc")!.Value).ToHashSet();
        Assert.Contains("http://localhost/", locations);
        Assert.Contains("http://localhost/grid", locations);
        Assert.Contains("http://localhost/changelog", locations);
        Assert.Contains("http://localhost/api", locations);
        Assert.Contains("http://localhost/releases/1", locations);
        Assert.Equal(28, locations.Count(l => l.StartsWith("http://localhost/sessions/", StringComparison.Ordinal)));
        Assert.Contains("http://localhost/sessions/closing-quantum-nova-gaps", locations);
        Assert.All(urls, u => Assert.Matches(new Regex(@"^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ$"), u.Element(ns + "lastmod")!.Value));
    }

    [Fact]
    public async Task AnUnchangedSitemapIsNotSentAgain()
    {
        // Arrange
        var client = factory.CreateClient();
        var first = await client.GetAsync("/sitemap.xml", Ct);

        // Act
        using var again = new HttpRequestMessage(HttpMethod.Get, "/sitemap.xml");
        again.Headers.IfNoneMatch.Add(first.Headers.ETag!);
        var response = await client.SendAsync(again, Ct);

        // Assert
        Assert.Equal(HttpStatusCode.NotModified, response.StatusCode);
    }

    [Fact]
    public async Task RobotsTxtPointsAtTheSitemap()
    {
        // Act
        var text = await factory.CreateClient().GetStringAsync("/robots.txt", Ct);

        // Assert
        Assert.Contains("Sitemap: http://localhost/sitemap.xml", text);
        Assert.Contains("Disallow: /organizer", text);
    }
}
