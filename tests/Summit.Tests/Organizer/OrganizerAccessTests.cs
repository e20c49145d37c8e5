using Summit.Organizer;
using System.Net;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Summit.Web.Organizer;

namespace Summit.Tests.Organizer;

public sealed class OrganizerAccessTests(OrganizerAppFactory factory) : IClassFixture<OrganizerAppFactory>
{
    /// <summary>Every endpoint under /organizer, found from the app's routing: a new page cannot slip past these tests.</summary>
    private List<string> OrganizerRoutes()
    {
        _ = factory.Server;
        var sources = factory.Services.GetRequiredService<IEnumerable<EndpointDataSource>>();
        var routes = sources.SelectMany(s => s.Endpoints).OfType<RouteEndpoint>()
            .Select(e => "/" + e.RoutePattern.RawText!.TrimStart('/'))
            .Where(r => r.StartsWith("/organizer", StringComparison.OrdinalIgnoreCase))
            .Distinct()
            .ToList();
        Assert.NotEmpty(routes);
        return routes;
    }

    private static string Concrete(string route) =>
        System.Text.RegularExpressions.Regex.Replace(route, @"\{[^}]+\}", "1");

    [Fact]
    public void EveryOrganizerEndpointRequiresTheOrganizerPolicy()
    {
        _ = factory.Server;
        var endpoints = factory.Services.GetRequiredService<IEnumerable<EndpointDataSource>>()
            .SelectMany(s => s.Endpoints).OfType<RouteEndpoint>()
            .Where(e => e.RoutePattern.RawText!.TrimStart('/').StartsWith("organizer", StringComparison.OrdinalIgnoreCase));

        Assert.All(endpoints, e => Assert.Contains(
            e.Metadata.GetOrderedMetadata<IAuthorizeData>(),
            a => a.Policy == OrganizerRoles.Policy));
    }

    [Fact]
    public async Task AnonymousVisitorsAreSentToSignIn()
    {
        var client = factory.Browser();

        foreach (var route in OrganizerRoutes())
        {
            var response = await client.GetAsync(Concrete(route), TestContext.Current.CancellationToken);

            Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
            Assert.StartsWith("/account/login", response.Headers.Location?.PathAndQuery, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task SignedInNonOrganizersGet403()
    {
        var client = await factory.SignedInAsync("attendee@example.org", organizer: false);

        foreach (var route in OrganizerRoutes())
        {
            var response = await client.GetAsync(Concrete(route), TestContext.Current.CancellationToken);

            Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
            Assert.Contains("This page is for organizers", await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
        }
    }

    [Fact]
    public async Task OrganizersReachTheDashboard()
    {
        var client = await factory.SignedInAsync("organizer@example.org", organizer: true);

        var response = await client.GetAsync("/organizer", TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var html = WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
        Assert.Contains("Organizer dashboard", html);
        Assert.Contains("<strong>28</strong> sessions", html);
    }

    [Fact]
    public async Task SignInFormExplainsMissingFields()
    {
        var response = await FormPoster.SubmitAsync(factory.Browser(), "/account/login", new Dictionary<string, string> { ["Input.Email"] = "not-an-email", ["Input.Password"] = "" });
        var html = WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));

        Assert.Contains("Enter an email address such as name@example.org.", html);
        Assert.Contains("Enter your password.", html);
    }

    [Fact]
    public async Task SignOutNeedsTheAntiforgeryToken()
    {
        var client = await factory.SignedInAsync("leaving@example.org", organizer: true);

        var forged = await client.PostAsync("/account/logout", new FormUrlEncodedContent(new Dictionary<string, string>()), TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.BadRequest, forged.StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/organizer", TestContext.Current.CancellationToken)).StatusCode);
    }
}
