using System.Net;

namespace Summit.Tests.Organizer.Structure;

public sealed class StructurePageHttpTests(OrganizerAppFactory factory) : IClassFixture<OrganizerAppFactory>
{
    [Fact]
    public async Task OrganizerGetsThePagePrerenderedWithTheSchedulesStructure()
    {
        // Arrange
        var client = await factory.SignedInAsync("planner@example.org", organizer: true);

        // Act
        var response = await client.GetAsync("/organizer/structure", TestContext.Current.CancellationToken);

        // Assert
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var html = WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
        Assert.Contains("Windsor BC", html, StringComparison.Ordinal);
        Assert.Contains("Keystone", html, StringComparison.Ordinal);
        Assert.Contains("Monday, October 15", html, StringComparison.Ordinal);
        Assert.Contains("aria-label=\"Move Windsor BC up\"", html, StringComparison.Ordinal);
    }
}
