using System.Net;
using System.Net.Http.Headers;
using System.Security.Cryptography;
using System.Text;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Mvc.Testing;
using static Summit.Tests.Agenda.AgendaRequests;

namespace Summit.Tests.Security;

/// <summary>The headers every response carries, whether rendered, served from the output cache or revalidated. Reads only.</summary>
public sealed partial class SecurityHeadersTests(SummitAppFactory factory) : IClassFixture<SummitAppFactory>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private HttpClient Client() => factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });

    private static string Header(HttpResponseMessage response, string name) =>
        response.Headers.TryGetValues(name, out var values) ? string.Join(", ", values) : "";

    private static string Directive(HttpResponseMessage response, string directive) =>
        Header(response, "Content-Security-Policy").Split(';', StringSplitOptions.TrimEntries)
            .SingleOrDefault(d => d.StartsWith(directive + " ", StringComparison.Ordinal)) ?? "";

    private static void AssertSecurityHeaders(HttpResponseMessage response, string referrerPolicy = "strict-origin-when-cross-origin")
    {
        Assert.Equal("nosniff", Header(response, "X-Content-Type-Options"));
        Assert.Equal(referrerPolicy, Header(response, "Referrer-Policy"));
        Assert.Contains("camera=()", Header(response, "Permissions-Policy"), StringComparison.Ordinal);
        Assert.Equal("frame-ancestors 'none'", Directive(response, "frame-ancestors"));
        Assert.StartsWith("script-src 'self'", Directive(response, "script-src"), StringComparison.Ordinal);
        Assert.DoesNotContain("unsafe", Directive(response, "script-src"), StringComparison.Ordinal);
        Assert.Equal("connect-src 'self'", Directive(response, "connect-src"));
        Assert.Equal("object-src 'none'", Directive(response, "object-src"));
    }

    [Theory]
    [InlineData("/")]
    [InlineData("/?track=keystone")]
    [InlineData("/sessions/improving-quantum-firewalling")]
    [InlineData("/agenda")]
    [InlineData("/account/login")]
    [InlineData("/sessions/no-such-session")]
    public async Task PagesCarryTheSecurityHeaders(string path)
    {
        // Act
        var response = await Client().GetAsync(path, Ct);

        // Assert
        AssertSecurityHeaders(response, path == "/agenda" ? "no-referrer" : "strict-origin-when-cross-origin");
    }

    [Fact]
    public async Task APageFromTheOutputCacheAndItsRevalidationCarryTheSameHeaders()
    {
        // Arrange
        const string path = "/?day=2012-10-16";
        var client = Client();
        var rendered = await client.GetAsync(path, Ct);

        // Act
        var cached = await client.GetAsync(path, Ct);
        using var revalidation = new HttpRequestMessage(HttpMethod.Get, path);
        revalidation.Headers.IfNoneMatch.Add(rendered.Headers.ETag!);
        var notModified = await client.SendAsync(revalidation, Ct);

        // Assert
        Assert.Equal(HttpStatusCode.OK, cached.StatusCode);
        Assert.Equal(HttpStatusCode.NotModified, notModified.StatusCode);
        AssertSecurityHeaders(cached);
        AssertSecurityHeaders(notModified);
        Assert.Equal(Header(rendered, "Content-Security-Policy"), Header(cached, "Content-Security-Policy"));
        Assert.Equal(Header(rendered, "Content-Security-Policy"), Header(notModified, "Content-Security-Policy"));
    }

    [Theory]
    [InlineData("/calendar.ics")]
    [InlineData("/sessions/improving-quantum-firewalling/calendar.ics")]
    public async Task FeedsCarryTheSecurityHeaders(string path)
    {
        // Act
        var response = await Client().GetAsync(path, Ct);

        // Assert
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        AssertSecurityHeaders(response);
    }

    [Fact]
    public async Task TheScriptPolicyAllowsExactlyThePagesImportMapAndNoInlineCode()
    {
        // Act
        var response = await Client().GetAsync("/", Ct);
        var html = await response.Content.ReadAsStringAsync(Ct);

        // Assert: the one inline script is the import map, allowed by its hash; every other script is a file.
        var importMap = ImportMap().Match(html);
        Assert.True(importMap.Success);
        var hash = Convert.ToBase64String(SHA256.HashData(Encoding.UTF8.GetBytes(importMap.Groups["json"].Value)));
        Assert.Equal($"script-src 'self' 'sha256-{hash}'", Directive(response, "script-src"));
        Assert.All(Scripts().Matches(html), script => Assert.True(
            script.Value.Contains(" src=", StringComparison.Ordinal) || script.Value.Contains("type=\"importmap\"", StringComparison.Ordinal), script.Value));
        Assert.DoesNotMatch(InlineHandler(), html);
    }

    [Fact]
    public async Task PlainHttpGetsNoHsts()
    {
        // Act
        var response = await Client().GetAsync("/", Ct);

        // Assert
        Assert.False(response.Headers.Contains("Strict-Transport-Security"));
    }

    [Fact]
    public async Task ThePrivateLinkKeepsNoReferrerOverTheDefault()
    {
        // Arrange
        var laptop = Client();
        var token = TokenOf(await StarAsync(laptop, "pki-future"));
        var phone = Client();
        await StarAsync(phone, "keystone-internals");

        // Act
        var response = await NavigateAsync(phone, $"/agenda/{token}");

        // Assert
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        AssertSecurityHeaders(response, "no-referrer");
    }

    [GeneratedRegex("<script type=\"importmap\">(?<json>.*?)</script>", RegexOptions.Singleline)]
    private static partial Regex ImportMap();

    [GeneratedRegex("<script[^>]*>")]
    private static partial Regex Scripts();

    [GeneratedRegex("<[a-z][^>]*\\son[a-z]+=", RegexOptions.IgnoreCase)]
    private static partial Regex InlineHandler();
}
