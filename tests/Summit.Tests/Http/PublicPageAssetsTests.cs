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

    [Fact]
    public async Task AFirstVisitToTheScheduleIsAtMostSixtyKilobytesAsSent()
    {
        // Arrange: a phone asks for compressed answers and fetches what the page links and its star script asks for
        var client = factory.CreateClient();
        client.DefaultRequestHeaders.AcceptEncoding.ParseAdd("gzip, deflate, br");
        var ct = TestContext.Current.CancellationToken;
        var page = await client.GetAsync("/", ct);
        var html = await ReadDecodedAsync(page, ct);
        var addresses = Asset().Matches(html).Select(m => m.Groups[1].Value)
            .Concat(Icon().Matches(html).Select(m => m.Groups[1].Value))
            .Append("agenda/state")
            .Select(a => "/" + a.TrimStart('/'))
            .Distinct()
            .ToList();

        // Act
        var sizes = new List<(string Address, long Bytes)> { ("/", await SentBytesAsync(page, ct)) };
        foreach (var address in addresses)
        {
            using var response = await client.GetAsync(address, ct);
            Assert.True(response.IsSuccessStatusCode, $"{address}: {(int)response.StatusCode}");
            sizes.Add((address, await SentBytesAsync(response, ct)));
        }

        // Assert: bodies as sent plus their headers, the way a phone on conference Wi-Fi pays for them
        var total = sizes.Sum(s => s.Bytes);
        var listing = string.Join('\n', sizes.Select(s => $"{s.Bytes,8:N0} {s.Address}"));
        Assert.True(total <= 60 * 1024, $"{total:N0} bytes:\n{listing}");
        Assert.Contains(sizes, s => s.Address.StartsWith("/app.", StringComparison.Ordinal));
    }

    // Each text body counts as its gzip copy: a built app sends its static files precompressed (gzip, and Brotli when
    // published, smaller still) and compresses pages, while the test host's answers may come as they are.
    private static async Task<long> SentBytesAsync(HttpResponseMessage response, CancellationToken ct)
    {
        var body = await response.Content.ReadAsByteArrayAsync(ct);
        if (body is [0x1f, 0x8b, ..])
        {
            using var decoded = new MemoryStream();
            await using (var gunzip = new System.IO.Compression.GZipStream(new MemoryStream(body), System.IO.Compression.CompressionMode.Decompress))
            {
                await gunzip.CopyToAsync(decoded, ct);
            }

            body = decoded.ToArray();
        }
        else if (response.Content.Headers.ContentEncoding.Contains("br"))
        {
            using var decoded = new MemoryStream();
            await using (var unbrotli = new System.IO.Compression.BrotliStream(new MemoryStream(body), System.IO.Compression.CompressionMode.Decompress))
            {
                await unbrotli.CopyToAsync(decoded, ct);
            }

            body = decoded.ToArray();
        }

        var type = response.Content.Headers.ContentType?.MediaType ?? "";
        if (type.StartsWith("text/", StringComparison.Ordinal) || type.Contains("javascript", StringComparison.Ordinal)
            || type.Contains("json", StringComparison.Ordinal) || type.Contains("svg", StringComparison.Ordinal))
        {
            using var compressed = new MemoryStream();
            await using (var gzip = new System.IO.Compression.GZipStream(compressed, System.IO.Compression.CompressionLevel.Optimal, leaveOpen: true))
            {
                await gzip.WriteAsync(body, ct);
            }

            body = compressed.ToArray();
        }

        var headers = response.Headers.Concat(response.Content.Headers)
            .Sum(h => h.Key.Length + 4 + string.Join(", ", h.Value).Length);
        return body.Length + headers + 17;
    }

    private static async Task<string> ReadDecodedAsync(HttpResponseMessage response, CancellationToken ct)
    {
        var body = await response.Content.ReadAsStreamAsync(ct);
        Stream decoded = response.Content.Headers.ContentEncoding.FirstOrDefault() switch
        {
            "br" => new System.IO.Compression.BrotliStream(body, System.IO.Compression.CompressionMode.Decompress),
            "gzip" => new System.IO.Compression.GZipStream(body, System.IO.Compression.CompressionMode.Decompress),
            _ => body,
        };
        using var reader = new StreamReader(decoded);
        return await reader.ReadToEndAsync(ct);
    }

    [GeneratedRegex("""<(?:link rel="stylesheet"|script) (?:href|src)="([^"]+)""")]
    private static partial Regex Asset();

    [GeneratedRegex("""<link rel="(?:icon|apple-touch-icon|manifest)"[^>]* href="([^"]+)""")]
    private static partial Regex Icon();
}
