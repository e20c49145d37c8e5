using System.IO.Compression;
using System.Net;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Summit.Web.Caching;

namespace Summit.Tests.Http;

/// <summary>Cached public answers over HTTP: sent with their length, one entry per encoding, sized by configuration.</summary>
public sealed class CachedAnswerHttpTests : IAsyncLifetime
{
    private readonly SummitAppFactory _factory = new();

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public ValueTask InitializeAsync() => ValueTask.CompletedTask;

    public ValueTask DisposeAsync() => _factory.DisposeAsync();

    private HttpClient Client(string? acceptEncoding = null)
    {
        var client = _factory.CreateClient(new() { AllowAutoRedirect = false });
        if (acceptEncoding is not null)
        {
            client.DefaultRequestHeaders.AcceptEncoding.ParseAdd(acceptEncoding);
        }

        return client;
    }

    [Theory]
    [InlineData("/")]
    [InlineData("/sessions/improving-quantum-firewalling")]
    [InlineData("/calendar.ics")]
    [InlineData("/calendar.ics?track=keystone")]
    public async Task ACachedAnswerIsSentWithItsContentLengthNotChunked(string path)
    {
        // Arrange
        var client = Client();
        _ = await client.GetAsync(path, Ct);

        // Act
        var cached = await client.GetAsync(path, Ct);
        var body = await cached.Content.ReadAsByteArrayAsync(Ct);

        // Assert
        Assert.Equal(HttpStatusCode.OK, cached.StatusCode);
        Assert.NotNull(cached.Headers.Age);
        Assert.Equal(body.Length, cached.Content.Headers.ContentLength);
        Assert.NotEqual(true, cached.Headers.TransferEncodingChunked);
    }

    [Fact]
    public async Task EachEncodingIsStoredOnceAndServedAsStored()
    {
        // Arrange
        const string path = "/?track=quantum&day=2012-10-16";
        var store = _factory.Services.GetRequiredService<CachedAnswerStore>();
        var plain = await Client().GetByteArrayAsync(path, Ct);
        var before = store.Count;

        // Act
        var answers = new Dictionary<string, HttpResponseMessage>();
        foreach (var encoding in new[] { "br", "gzip" })
        {
            _ = await Client(encoding).GetAsync(path, Ct);
            answers[encoding] = await Client(encoding).GetAsync(path, Ct);
        }

        _ = await Client().GetAsync(path, Ct);

        // Assert: one more entry per encoding, none for a repeated request
        Assert.Equal(before + 2, store.Count);
        foreach (var (encoding, answer) in answers)
        {
            var body = await answer.Content.ReadAsByteArrayAsync(Ct);
            Assert.NotNull(answer.Headers.Age);
            Assert.Equal([encoding], answer.Content.Headers.ContentEncoding);
            Assert.Equal(body.Length, answer.Content.Headers.ContentLength);
            Assert.Equal(plain, Decompress(encoding, body));
        }
    }

    [Fact]
    public async Task ARequestWithAnAuthorizationHeaderIsNeitherServedFromNorStoredInTheCache()
    {
        // Arrange
        const string path = "/?day=2012-10-17";
        var store = _factory.Services.GetRequiredService<CachedAnswerStore>();
        var before = store.Count;
        var client = Client();
        client.DefaultRequestHeaders.Authorization = new("Bearer", "anything");

        // Act
        _ = await client.GetAsync(path, Ct);
        var second = await client.GetAsync(path, Ct);

        // Assert
        Assert.Equal(HttpStatusCode.OK, second.StatusCode);
        Assert.Null(second.Headers.Age);
        Assert.Equal(before, store.Count);
    }

    [Fact]
    public async Task TheCacheSizeComesFromConfiguration()
    {
        // Arrange
        await using var app = _factory.WithWebHostBuilder(b => b.UseSetting("Summit:PublicCache:SizeLimitMegabytes", "3"));

        // Act
        var store = app.Services.GetRequiredService<CachedAnswerStore>();

        // Assert
        Assert.Equal(3 * 1024 * 1024, store.SizeLimit);
    }

    [Theory]
    [InlineData("Summit:PublicCache:SizeLimitMegabytes", "0")]
    [InlineData("Summit:PublicCache:RenderConcurrency", "-1")]
    [InlineData("Summit:PublicCache:RenderQueueLimit", "-5")]
    public void AnOutOfRangeCacheSettingStopsTheStartWithAMessageNamingIt(string setting, string value)
    {
        // Arrange
        using var app = _factory.WithWebHostBuilder(b => b.UseSetting(setting, value));

        // Act
        var failure = Assert.ThrowsAny<Exception>(() => app.CreateClient());

        // Assert
        Assert.Contains("Summit:PublicCache", failure.ToString(), StringComparison.Ordinal);
    }

    private static byte[] Decompress(string encoding, byte[] body)
    {
        using var input = new MemoryStream(body);
        using Stream decoder = encoding == "br" ? new BrotliStream(input, CompressionMode.Decompress) : new GZipStream(input, CompressionMode.Decompress);
        using var output = new MemoryStream();
        decoder.CopyTo(output);
        return output.ToArray();
    }
}
