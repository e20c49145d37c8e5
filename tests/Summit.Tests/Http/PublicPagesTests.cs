using System.Net;

namespace Summit.Tests.Http;

public sealed class PublicPagesTests(SummitAppFactory factory) : IClassFixture<SummitAppFactory>
{
    [Fact]
    public async Task HomeShowsAllTwentyEightSessionsUnderFourDays()
    {
        // Arrange
        var client = factory.CreateClient();

        // Act
        var response = await client.GetAsync("/", TestContext.Current.CancellationToken);
        var html = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);

        // Assert
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal(28, Count(html, "class=\"session-card"));
        Assert.Contains("Monday, October 15", html);
        Assert.Contains("Thursday, October 18", html);
        Assert.Contains("<time datetime=\"2012-10-15T09:50-07:00\">9:50am</time> <span class=\"event-zone\">PDT</span>", html);
        Assert.Contains("Register now!", html);
    }

    [Fact]
    public async Task SessionPageShowsTheWholeSplitSession()
    {
        var client = factory.CreateClient();

        var response = await client.GetAsync("/sessions/improving-quantum-firewalling", TestContext.Current.CancellationToken);
        var html = WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("<h1", html);
        Assert.Contains("<time datetime=\"2012-10-17T15:40-07:00\">3:40pm</time>", html);
        html = System.Text.RegularExpressions.Regex.Replace(html, "<[^>]+>", "");
        Assert.Contains("Packet Filter API and its drivers", html);
        Assert.Contains("Firewall API for quantum", html);
        Assert.Contains("API for stateful firewall at the gateway.", html);
        Assert.Contains("Wednesday, October 17, 3:40pm – 4:20pm PDT", html);
    }

    [Fact]
    public async Task UnknownSessionGetsAFriendly404Page()
    {
        var client = factory.CreateClient();

        var response = await client.GetAsync("/sessions/no-such-session", TestContext.Current.CancellationToken);
        var html = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Contains("We could not find that page", html);
        Assert.Contains("href=\"/\"", html);
    }

    [Fact]
    public async Task UnknownPathGetsTheSame404Page()
    {
        var client = factory.CreateClient();

        var response = await client.GetAsync("/no/such/page", TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Contains("We could not find that page", await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
    }

    [Fact]
    public async Task HealthzAnswersOkWhenTheDatabaseIsReachable()
    {
        var client = factory.CreateClient();

        var response = await client.GetAsync("/healthz", TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("Healthy", await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
    }

    private static int Count(string text, string value)
    {
        var count = 0;
        for (var i = text.IndexOf(value, StringComparison.Ordinal); i >= 0; i = text.IndexOf(value, i + value.Length, StringComparison.Ordinal))
        {
            count++;
        }

        return count;
    }
}
