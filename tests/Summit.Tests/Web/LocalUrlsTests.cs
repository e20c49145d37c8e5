using Summit.Web;

namespace Summit.Tests.Web;

public sealed class LocalUrlsTests
{
    [Theory]
    [InlineData("/")]
    [InlineData("/?track=keystone#pki-future")]
    [InlineData("/agenda")]
    public void PathsOnThisSiteAreKept(string url) => Assert.Equal(url, LocalUrls.OrDefault(url, "/fallback"));

    [Theory]
    [InlineData("//evil.example")]
    [InlineData("/\\evil.example")]
    [InlineData("/\t/evil.example")]
    [InlineData("/\n/evil.example")]
    [InlineData("https://evil.example")]
    [InlineData("evil.example")]
    [InlineData("/ça")]
    [InlineData("")]
    [InlineData(null)]
    public void AnythingABrowserCouldReadAsAnotherHostFallsBack(string? url) => Assert.Equal("/fallback", LocalUrls.OrDefault(url, "/fallback"));
}
