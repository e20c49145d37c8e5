using System.Globalization;
using System.Net;
using System.Text;
using Microsoft.AspNetCore.Components;
using QRCoder;

namespace Summit.Web.Venue;

/// <summary>
/// A QR code as inline SVG, made on the server so it needs no script and no image request: one path of the dark
/// modules' horizontal runs on a white square that keeps the quiet zone, a few kilobytes for a site address. Screen
/// readers read its label, which names the address it opens.
/// </summary>
public static class QrCodeSvg
{
    /// <summary>
    /// Medium error correction (15 %): a door screen seen at an angle or a phone screen with a glare still reads,
    /// and an address of about a hundred characters stays a code of modest size.
    /// </summary>
    private const QRCodeGenerator.ECCLevel Correction = QRCodeGenerator.ECCLevel.M;

    /// <summary>The size it takes where no stylesheet sizes it: a phone's camera reads it from a screen at arm's length.</summary>
    private const int PixelsPerModule = 4;

    /// <summary>The SVG markup of a QR code for <paramref name="text"/>, with its label and a CSS class.</summary>
    /// <param name="text">What the code holds, usually an absolute address.</param>
    /// <param name="label">What assistive technology reads; the address is added to it.</param>
    /// <param name="cssClass">The class on the <c>svg</c> element, which sizes it.</param>
    public static MarkupString Render(string text, string label, string cssClass = "qr-code")
    {
        ArgumentNullException.ThrowIfNull(text);
        using var generator = new QRCodeGenerator();
        using var data = generator.CreateQrCode(text, Correction);
        var modules = data.ModuleMatrix;
        var size = modules.Count;
        var fullLabel = WebUtility.HtmlEncode($"{label}: {text}");
        var svg = new StringBuilder(size * size);
        svg.Append(CultureInfo.InvariantCulture, $"<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 {size} {size}\" width=\"{size * PixelsPerModule}\" height=\"{size * PixelsPerModule}\" class=\"{WebUtility.HtmlEncode(cssClass)}\" role=\"img\" aria-label=\"{fullLabel}\" shape-rendering=\"crispEdges\">");
        svg.Append(CultureInfo.InvariantCulture, $"<title>{fullLabel}</title><rect width=\"{size}\" height=\"{size}\" fill=\"#fff\"/><path fill=\"#000\" d=\"");
        for (var y = 0; y < size; y++)
        {
            var row = modules[y];
            var x = 0;
            while (x < size)
            {
                if (!row[x])
                {
                    x++;
                    continue;
                }

                var start = x;
                while (x < size && row[x])
                {
                    x++;
                }

                svg.Append(CultureInfo.InvariantCulture, $"M{start} {y}h{x - start}v1h-{x - start}z");
            }
        }

        svg.Append("\"/></svg>");
        return new MarkupString(svg.ToString());
    }
}
