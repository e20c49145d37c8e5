using Summit.Core.Editing;

namespace Summit.Tests.Organizer.EventSettings;

/// <summary>The image origins an organizer lists for session descriptions: https origins only, one per line.</summary>
public sealed class ImageOriginsTests
{
    private static readonly EventDraft Valid = new(
        "OpenStack Summit Fall 2012", null, "San Diego", "America/Los_Angeles", null, null, null);

    [Theory]
    [InlineData("http://images.example.org")]
    [InlineData("https://images.example.org/photos")]
    [InlineData("https://images.example.org/?size=2")]
    [InlineData("https://*.example.org")]
    [InlineData("images.example.org")]
    [InlineData("data:image/png;base64,AAAA")]
    [InlineData("https://user@images.example.org")]
    public void AnythingButAnHttpsOriginIsRefusedAtTheField(string origin)
    {
        // Act
        var errors = EventRules.Validate((Valid with { ImageOrigins = $"https://cdn.example.net\n{origin}" }).Normalized());

        // Assert
        Assert.Equal([$"“{origin}” is not an https origin. Give one per line, such as https://images.example.org (https only, no path)."], errors[EventFields.ImageOrigins]);
    }

    [Fact]
    public void HttpsOriginsOnePerLinePassAndAreKeptTrimmedWithoutBlankLines()
    {
        // Arrange
        var draft = (Valid with { ImageOrigins = "  https://images.example.org \r\n\r\n https://cdn.example.net:8443/ " }).Normalized();

        // Act
        var errors = EventRules.Validate(draft);

        // Assert
        Assert.Empty(errors);
        Assert.Equal("https://images.example.org\nhttps://cdn.example.net:8443/", draft.ImageOrigins);
        Assert.Equal(["https://images.example.org", "https://cdn.example.net:8443"], ImageOrigins.Parse(draft.ImageOrigins));
    }

    [Fact]
    public void AnEmptyListIsStoredAsNone()
    {
        Assert.Null((Valid with { ImageOrigins = " \n " }).Normalized().ImageOrigins);
    }
}
