using Microsoft.AspNetCore.Hosting;

namespace Summit.Tests.Configuration;

/// <summary>A setting out of its range stops the app at start with a message that names it, before any request.</summary>
public sealed class InvalidSettingsTests
{
    [Theory]
    [InlineData("CalendarFeeds:RefreshInterval", "00:00:00")]
    [InlineData("OrganizerAccounts:MinimumPasswordLength", "4")]
    [InlineData("OrganizerAccounts:InvitationLifetime", "00:00:00")]
    [InlineData("OrganizerSessionOptions:RevalidationInterval", "00:00:00")]
    [InlineData("OrganizerSessionOptions:SignInLifetime", "-01:00:00")]
    [InlineData("SignInThrottle:AttemptsPerAddress", "0")]
    [InlineData("SignInThrottle:TrustedDeviceLifetime", "500.00:00:00")]
    [InlineData("AgendaOptions:MaxSessions", "0")]
    [InlineData("AgendaOptions:CleanupInterval", "00:00:00")]
    [InlineData("Database:BusyTimeout", "00:00:00")]
    [InlineData("Database:Provider", "Oracle")]
    public async Task AnOutOfRangeSettingStopsStartUpNamingIt(string key, string value)
    {
        // Arrange
        await using var factory = new SummitAppFactory();
        var app = factory.WithWebHostBuilder(b => b.UseSetting(key, value));

        // Act
        var failure = Record.Exception(() => app.CreateClient());

        // Assert
        Assert.NotNull(failure);
        Assert.Contains(key + " must be", failure.ToString(), StringComparison.Ordinal);
    }
}
