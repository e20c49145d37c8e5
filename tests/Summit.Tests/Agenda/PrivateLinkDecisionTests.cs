using Summit.Web.Agenda;

namespace Summit.Tests.Agenda;

public sealed class PrivateLinkDecisionTests
{
    [Theory]
    [InlineData(true, 3, true, PrivateLinkAction.ShowAgenda)]
    [InlineData(false, 0, false, PrivateLinkAction.Adopt)]
    [InlineData(false, 0, true, PrivateLinkAction.ConfirmOpen)]
    [InlineData(false, 1, false, PrivateLinkAction.Choose)]
    [InlineData(false, 1, true, PrivateLinkAction.Choose)]
    public void OnlyABrowserWithNothingToLoseAdoptsALinkItsOwnerOpened(bool holdsThisAgenda, int sessionsHeld, bool fromAnotherSite, PrivateLinkAction expected)
    {
        // Act
        var action = PrivateLinkDecision.Decide(holdsThisAgenda, sessionsHeld, fromAnotherSite);

        // Assert
        Assert.Equal(expected, action);
    }
}
