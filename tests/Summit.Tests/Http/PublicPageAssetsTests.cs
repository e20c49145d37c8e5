using System.Text.RegularExpressions;

namespace Summit.Tests.Http;

/// <summary>Public pages are static: they link Summit's own small stylesheet and scripts, not MudBlazor's or Blazor's.</summary>
public sealed partial class PublicPageAssetsTests(SummitAppFactory factory) : IClassFixture<SummitAppFactory>
{
    [Theory]
    [InlineData("/")]
    [InlineData("/?day=all")]
    [InlineData("/grid")]
    [InlineData("/sessions/improving-quantum-firewalling")]
    [InlineData("/agenda")]
    [InlineData("/changelog")]
    [InlineData("/api")]
    [InlineData("/account/login")]
    [InlineData("/no-such-page")]
    public async Task PublicPagesLoadNeitherMudBlazorNorBlazorsScript(string path)
    {
        // Act
        var response = await factory.CreateClient().GetAsync(path, TestContext.Current.CancellationToken);
        var html = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
        var assets = Asset().Matches(html).Select(m => m.Groups[1].Value).ToList();

        // Assert
        Assert.Contains(assets, a => a.StartsWith("site.", StringComparison.Ordinal));
        Assert.DoesNotContain(assets, a => a.Contains("MudBlazor", StringComparison.Ordinal));
        Assert.DoesNotContain(assets, a => a.Contains("blazor.web", StringComparison.Ordinal));
        Assert.DoesNotContain("mud-", html, StringComparison.Ordinal);
    }

    [GeneratedRegex("""<(?:link rel="stylesheet"|script) (?:href|src)="([^"]+)""")]
    private static partial Regex Asset();
}
