using Summit.Testing;
using Summit.Web.Venue;

namespace Summit.Tests.Venue;

public sealed class QrCodeSvgTests
{
    private const string Address = "https://summit.example.org/sessions/quantum-improving-ipv6-support-pluggable-ip-allocation";

    [Fact]
    public void TheCodeDecodesToTheAddress()
    {
        // Act
        var svg = QrCodeSvg.Render(Address, "QR code of the session page").Value;

        // Assert
        Assert.Equal(Address, QrSvgDecoder.Decode(svg));
    }

    [Fact]
    public void TheCodeIsAnImageNamedWithItsAddress()
    {
        // Act
        var svg = QrCodeSvg.Render(Address, "QR code of the session page").Value;

        // Assert
        Assert.StartsWith("<svg ", svg, StringComparison.Ordinal);
        Assert.Contains("role=\"img\"", svg, StringComparison.Ordinal);
        Assert.Contains($"aria-label=\"QR code of the session page: {Address}\"", svg, StringComparison.Ordinal);
        Assert.Contains($"<title>QR code of the session page: {Address}</title>", svg, StringComparison.Ordinal);
    }

    [Fact]
    public void TheCodeOfASiteAddressTakesAFewKilobytes()
    {
        // Act
        var svg = QrCodeSvg.Render(Address, "QR code of the session page").Value;

        // Assert
        Assert.InRange(svg.Length, 1, 8 * 1024);
    }

    [Fact]
    public void MarkupInTheTextOrLabelIsEscaped()
    {
        // Act
        var svg = QrCodeSvg.Render("https://example.org/?a=1&b=\"2\"", "<b>code</b>").Value;

        // Assert
        Assert.DoesNotContain("<b>", svg, StringComparison.Ordinal);
        Assert.Contains("&amp;b=&quot;2&quot;", svg, StringComparison.Ordinal);
    }
}
