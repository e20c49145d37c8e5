using System.Net;
using System.Text;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace Summit.Tests.Http;

/// <summary>
/// Forms beyond the server's limits are the sender's mistake: every endpoint that reads a form answers 400 or 413
/// with a reason, never a 500.
/// </summary>
public sealed class OverLimitFormTests(SummitAppFactory factory) : IClassFixture<SummitAppFactory>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public static TheoryData<string, string> EndpointsAndForms()
    {
        var data = new TheoryData<string, string>();
        foreach (var path in new[] { "/agenda/star", "/agenda/open", "/account/logout", "/setup", "/account/reset-password", "/account/login" })
        {
            foreach (var shape in new[] { "long-value", "many-fields" })
            {
                data.Add(path, shape);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(EndpointsAndForms))]
    public async Task OverLimitFormIsRefusedWithAReason(string path, string shape)
    {
        // Arrange
        var client = factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        using var request = new HttpRequestMessage(HttpMethod.Post, path) { Content = Form(shape) };
        request.Headers.Add("Sec-Fetch-Site", "same-origin");

        // Act
        var response = await client.SendAsync(request, Ct);

        // Assert
        var body = await response.Content.ReadAsStringAsync(Ct);
        Assert.True(response.StatusCode is HttpStatusCode.BadRequest or HttpStatusCode.RequestEntityTooLarge, $"{(int)response.StatusCode}: {body[..Math.Min(body.Length, 2000)]}");
        Assert.Contains("too large", body, StringComparison.OrdinalIgnoreCase);
    }

    [Theory]
    [InlineData("/agenda/star")]
    [InlineData("/account/logout")]
    public async Task BodyLargerThanTheServerTakesIs413(string path)
    {
        // Arrange: the real server, whose request body limit (30 MB) the test server does not have.
        await using var server = new SummitAppFactory();
        server.UseKestrel(0);
        server.StartServer();
        var address = server.Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>().Addresses.First();
        // The client waits for the server's go-ahead (Expect: 100-continue, below) as long as the server takes to answer:
        // with the default one second, a busy machine starts the upload anyway and reads a closed connection, not the answer.
        using var client = new HttpClient(new SocketsHttpHandler { AllowAutoRedirect = false, Expect100ContinueTimeout = TimeSpan.FromMinutes(1) })
        {
            BaseAddress = new Uri(address.Replace("[::]", "127.0.0.1", StringComparison.Ordinal).Replace("0.0.0.0", "127.0.0.1", StringComparison.Ordinal)),
        };
        var fields = string.Join('&', Enumerable.Range(0, 20).Select(i => $"f{i}=" + new string('a', 2 * 1024 * 1024)));
        using var request = new HttpRequestMessage(HttpMethod.Post, path)
        {
            Content = new StringContent("session=pki-future&starred=true&" + fields, Encoding.UTF8, "application/x-www-form-urlencoded"),
        };
        request.Headers.Add("Sec-Fetch-Site", "same-origin");

        // A client that waits for the server's go-ahead reads the answer rather than a connection closed mid-upload.
        request.Headers.ExpectContinue = true;

        // Act
        var response = await client.SendAsync(request, Ct);

        // Assert
        var body = await response.Content.ReadAsStringAsync(Ct);
        Assert.True(response.StatusCode == HttpStatusCode.RequestEntityTooLarge, $"{(int)response.StatusCode}: {body[..Math.Min(body.Length, 2000)]}");
        Assert.Contains("too large", body, StringComparison.OrdinalIgnoreCase);
    }

    private static StringContent Form(string shape)
    {
        var text = shape switch
        {
            "long-value" => "session=" + new string('a', 5 * 1024 * 1024) + "&starred=true",
            _ => "session=pki-future&starred=true&" + string.Join('&', Enumerable.Range(0, 1100).Select(i => $"f{i}=x")),
        };
        return new StringContent(text, Encoding.UTF8, "application/x-www-form-urlencoded");
    }
}
