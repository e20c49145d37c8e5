using Summit.Core.Editing;

namespace Summit.Tests.Organizer.EventSettings;

public sealed class EventRulesTests
{
    private static readonly EventDraft Valid = new(
        "OpenStack Summit Fall 2012", "Grizzly Design Summit", "San Diego", "America/Los_Angeles",
        "Whether you want to build the software…", "Register now!", "https://openstacksummitfall2012.eventbrite.com");

    [Fact]
    public void ACompleteEventPasses()
    {
        Assert.Empty(EventRules.Validate(Valid.Normalized()));
    }

    [Fact]
    public void NameAndVenueAreRequiredAtTheirFields()
    {
        var errors = EventRules.Validate((Valid with { Name = "  ", Venue = "" }).Normalized());

        Assert.Equal(["Give the event a name."], errors[EventFields.Name]);
        Assert.Equal(["Say where the event takes place, such as “Manchester Grand Hyatt, San Diego”."], errors[EventFields.Venue]);
    }

    [Theory]
    [InlineData("Pacific Time")]
    [InlineData("America/San_Diego")]
    [InlineData("PST8PDTX")]
    public void AZoneOutsideTheTzDatabaseIsRefused(string zone)
    {
        var errors = EventRules.Validate((Valid with { TimeZoneId = zone }).Normalized());

        Assert.Equal([$"“{zone}” is not a time zone. Choose one from the list, such as America/Los_Angeles."], errors[EventFields.TimeZoneId]);
    }

    [Theory]
    [InlineData("javascript:alert(1)")]
    [InlineData("data:text/html,<b>hi</b>")]
    [InlineData("ftp://example.org/register")]
    [InlineData("example.org/register")]
    [InlineData("/register")]
    public void OnlyWebAddressesAreAcceptedForTheBannerLink(string url)
    {
        var errors = EventRules.Validate((Valid with { BannerLinkUrl = url }).Normalized());

        Assert.Equal(["Give a web address that starts with https:// or http://, such as https://example.org/register."], errors[EventFields.BannerLinkUrl]);
    }

    [Fact]
    public void ALinkLabelWithoutAnAddressIsRefusedAtTheAddress()
    {
        var errors = EventRules.Validate((Valid with { BannerLinkUrl = " " }).Normalized());

        Assert.Equal(["Give the address the label links to, or clear the label."], errors[EventFields.BannerLinkUrl]);
    }

    [Fact]
    public void TooLongTextsAreRefusedWithTheirLimit()
    {
        var errors = EventRules.Validate((Valid with { Name = new string('n', 201), BannerText = new string('b', 2001) }).Normalized());

        Assert.Equal(["Keep the name to 200 characters or fewer."], errors[EventFields.Name]);
        Assert.Equal(["Keep the banner text to 2,000 characters or fewer."], errors[EventFields.BannerText]);
    }
}
