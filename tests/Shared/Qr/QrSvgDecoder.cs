using System.Globalization;
using System.Text.RegularExpressions;
using ZXing;
using ZXing.Common;
using ZXing.QrCode;

namespace Summit.Testing;

/// <summary>
/// Reads back what a QR code drawn as Summit's inline SVG holds, as a phone's camera would: its path's dark runs are
/// painted into a grey image, which ZXing binarizes and decodes. A code that is malformed or drawn wrong decodes to
/// nothing, and the test fails.
/// </summary>
public static partial class QrSvgDecoder
{
    private const int PixelsPerModule = 4;

    /// <summary>The text of the first QR code SVG in <paramref name="markup"/>.</summary>
    public static string Decode(string markup)
    {
        var svg = Svg().Match(markup);
        if (!svg.Success)
        {
            throw new InvalidOperationException("The markup holds no QR code SVG.");
        }

        var modules = int.Parse(svg.Groups["size"].Value, CultureInfo.InvariantCulture);
        var side = modules * PixelsPerModule;
        var pixels = new byte[side * side];
        Array.Fill(pixels, (byte)255);
        foreach (Match run in Run().Matches(svg.Groups["path"].Value))
        {
            var x = int.Parse(run.Groups["x"].Value, CultureInfo.InvariantCulture);
            var y = int.Parse(run.Groups["y"].Value, CultureInfo.InvariantCulture);
            var length = int.Parse(run.Groups["length"].Value, CultureInfo.InvariantCulture);
            for (var row = y * PixelsPerModule; row < (y + 1) * PixelsPerModule; row++)
            {
                Array.Fill(pixels, (byte)0, (row * side) + (x * PixelsPerModule), length * PixelsPerModule);
            }
        }

        var image = new BinaryBitmap(new HybridBinarizer(new RGBLuminanceSource(pixels, side, side, RGBLuminanceSource.BitmapFormat.Gray8)));
        var result = new QRCodeReader().decode(image, new Dictionary<DecodeHintType, object> { [DecodeHintType.PURE_BARCODE] = true })
            ?? throw new InvalidOperationException("The QR code did not decode.");
        return result.Text;
    }

    [GeneratedRegex(@"<svg[^>]*viewBox=""0 0 (?<size>\d+) \d+""[^>]*>.*?<path[^>]*\sd=""(?<path>[^""]*)""", RegexOptions.Singleline)]
    private static partial Regex Svg();

    [GeneratedRegex(@"M(?<x>\d+) (?<y>\d+)h(?<length>\d+)v1h-\d+z")]
    private static partial Regex Run();
}
