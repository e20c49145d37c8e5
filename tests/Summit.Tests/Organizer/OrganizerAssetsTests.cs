using System.IO.Compression;
using System.Text.RegularExpressions;

namespace Summit.Tests.Organizer;

/// <summary>MudBlazor's stylesheet, which only the organizer area loads, as a browser gets it there.</summary>
public sealed partial class OrganizerAssetsTests : IAsyncLifetime
{
    private readonly OrganizerAppFactory _factory = new();

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public ValueTask InitializeAsync() => ValueTask.CompletedTask;

    public ValueTask DisposeAsync() => _factory.DisposeAsync();

    [Fact]
    public async Task MudBlazorsStylesheetIsCompressedAtItsFingerprintedAddress()
    {
        // Arrange: the SDK serves a package's fingerprinted asset without its precompressed copies (627 KB)
        var organizer = await _factory.SignedInAsync("ada@example.org", organizer: true);
        var html = await organizer.GetStringAsync("/organizer", Ct);
        var href = Stylesheet().Matches(html).Select(m => m.Groups[1].Value).Single(h => h.StartsWith("_content/MudBlazor/", StringComparison.Ordinal));
        var plain = await _factory.Browser().GetByteArrayAsync("/" + href, Ct);
        var client = _factory.Browser();
        client.DefaultRequestHeaders.AcceptEncoding.ParseAdd("br");

        // Act
        var response = await client.GetAsync("/" + href, Ct);
        var body = await response.Content.ReadAsByteArrayAsync(Ct);

        // Assert
        Assert.Equal(["br"], response.Content.Headers.ContentEncoding);
        Assert.True(body.Length * 5 < plain.Length, $"{body.Length:N0} of {plain.Length:N0} bytes");
        using var decoder = new BrotliStream(new MemoryStream(body), CompressionMode.Decompress);
        using var decoded = new MemoryStream();
        await decoder.CopyToAsync(decoded, Ct);
        Assert.Equal(plain, decoded.ToArray());
    }

    [GeneratedRegex("<link rel=\"stylesheet\" href=\"([^\"]+)\"")]
    private static partial Regex Stylesheet();
}
