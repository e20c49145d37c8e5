using System.Net;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using Summit.Web.Organizer;

namespace Summit.Tests.Organizer;

/// <summary>
/// <c>OrganizerAccounts:MinimumPasswordLength</c> drives every place a password is set and every text that states the
/// length. Each test runs an app of its own with the length raised to 16.
/// </summary>
public sealed partial class PasswordLengthSettingTests : IAsyncLifetime
{
    private const string FourteenCharacters = "fourteen chars";

    private readonly OrganizerAppFactory _app = new() { Settings = { ["OrganizerAccounts:MinimumPasswordLength"] = "16" } };

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public ValueTask InitializeAsync() => _app.InitializeAsync();

    public ValueTask DisposeAsync() => _app.DisposeAsync();

    private static async Task<string> HtmlAsync(HttpResponseMessage response) =>
        WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync(Ct));

    private string SetupPathFromLog()
    {
        _ = _app.Server;
        return _app.LogLines.Select(l => SetupLink().Match(l)).First(m => m.Success).Groups[1].Value;
    }

    [Fact]
    public async Task TheSetupPageStatesTheConfiguredLength()
    {
        // Act
        var html = await _app.Browser().GetStringAsync(SetupPathFromLog(), Ct);

        // Assert
        Assert.Contains("Password (at least 16 characters)", WebUtility.HtmlDecode(html));
    }

    [Fact]
    public async Task TheSetupPageRefusesAPasswordShorterThanTheConfiguredLength()
    {
        // Arrange
        var path = SetupPathFromLog();

        // Act
        var response = await FormPoster.SubmitAsync(_app.Browser(), path, new Dictionary<string, string>
        {
            ["Input.Email"] = "first@example.org",
            ["Input.Password"] = FourteenCharacters,
            ["Input.Confirm"] = FourteenCharacters,
        });

        // Assert
        Assert.Contains("Use at least 16 characters.", await HtmlAsync(response));
        await using var scope = _app.Services.CreateAsyncScope();
        Assert.Null(await scope.ServiceProvider.GetRequiredService<UserManager<OrganizerUser>>().FindByEmailAsync("first@example.org"));
    }

    [Fact]
    public async Task TheAddOrganizerCommandRefusesAPasswordShorterThanTheConfiguredLength()
    {
        // Arrange
        var output = new StringWriter();

        // Act
        var exit = await AddOrganizerCommand.RunAsync(_app.Services, ["add-organizer", "ops@example.org"], new StringReader(FourteenCharacters + "\n"), output);

        // Assert
        Assert.Equal(1, exit);
        Assert.Contains("Passwords must be at least 16 characters.", output.ToString());
    }

    [Fact]
    public async Task ThePasswordPageStatesTheConfiguredLength()
    {
        // Arrange
        var client = await _app.SignedInAsync($"changer-{Guid.NewGuid():N}@example.org", organizer: true);

        // Act
        var html = await client.GetStringAsync("/organizer/account/password", Ct);

        // Assert
        Assert.Contains("New password (at least 16 characters, not a common one)", WebUtility.HtmlDecode(html));
    }

    [GeneratedRegex(@"(?:https?://[^/\s]*)?(/setup\?code=[A-Za-z0-9_-]+)")]
    private static partial Regex SetupLink();
}
