using System.Net.Sockets;
using System.Text;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Summit.Tests.Security;

/// <summary>
/// HTTP/1.0 lets a client leave out the Host header. Over a real socket on Kestrel (the test server always has a host),
/// such a request gets a 400 with a reason, not a 500 and stack traces in the log.
/// </summary>
public sealed class HostRequiredTests : IAsyncLifetime
{
    private readonly OrganizerAppFactory _factory = new();

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public ValueTask InitializeAsync()
    {
        _factory.UseKestrel(0);
        _factory.StartServer();
        return ValueTask.CompletedTask;
    }

    public ValueTask DisposeAsync() => _factory.DisposeAsync();

    private Uri Address => new(_factory.Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>().Addresses.First());

    private async Task<string> SendRawAsync(string request)
    {
        using var client = new TcpClient();
        await client.ConnectAsync("127.0.0.1", Address.Port, Ct);
        await using var stream = client.GetStream();
        await stream.WriteAsync(Encoding.ASCII.GetBytes(request), Ct);
        using var reader = new StreamReader(stream, Encoding.UTF8);
        return await reader.ReadToEndAsync(Ct);
    }

    [Theory]
    [InlineData("/")]
    [InlineData("/sessions/pki-future")]
    [InlineData("/organizer")]
    [InlineData("/no-such-page")]
    public async Task AnHttp10RequestWithoutAHostIsA400WithAReason(string path)
    {
        // Act
        var response = await SendRawAsync($"GET {path} HTTP/1.0\r\n\r\n");

        // Assert
        Assert.StartsWith("HTTP/1.1 400 ", response, StringComparison.Ordinal);
        Assert.EndsWith("A Host header is required.", response, StringComparison.Ordinal);
        ListLoggerProvider.Entry[] log;
        lock (_factory.Log)
        {
            log = [.. _factory.Log];
        }

        Assert.DoesNotContain(log, e => e.Level >= LogLevel.Error);
    }

    [Fact]
    public async Task AnHttp10RequestWithAHostIsServed()
    {
        // Act
        var response = await SendRawAsync($"GET / HTTP/1.0\r\nHost: 127.0.0.1:{Address.Port}\r\n\r\n");

        // Assert
        Assert.StartsWith("HTTP/1.1 200 ", response, StringComparison.Ordinal);
    }
}
