using System.Text;
using QRCoder;

namespace Summit.Organizer.AccountSettings;

/// <summary>How an authenticator key is shown to be typed or scanned into an authenticator app.</summary>
public static class AuthenticatorKey
{
    public const string Issuer = "Summit";

    /// <summary>The key in groups of four, lower case, easier to type than one long string.</summary>
    public static string Format(string key)
    {
        var text = new StringBuilder();
        for (var i = 0; i < key.Length; i += 4)
        {
            text.Append(text.Length > 0 ? " " : "").Append(key.AsSpan(i, Math.Min(4, key.Length - i)));
        }

        return text.ToString().ToLowerInvariant();
    }

    /// <summary>The Key URI format authenticator apps read: a TOTP of six digits every 30 seconds, SHA-1.</summary>
    public static string Uri(string email, string key) =>
        $"otpauth://totp/{System.Uri.EscapeDataString(Issuer)}:{System.Uri.EscapeDataString(email)}?secret={key}&issuer={System.Uri.EscapeDataString(Issuer)}&digits=6";

    /// <summary>The link as an SVG QR code for the app's camera; made on the server, so it needs no script.</summary>
    public static string QrSvg(string uri)
    {
        using var generator = new QRCodeGenerator();
        using var data = generator.CreateQrCode(uri, QRCodeGenerator.ECCLevel.M);
        using var svg = new SvgQRCode(data);
        return svg.GetGraphic(4);
    }
}
