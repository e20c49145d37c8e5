using Summit.Core.Releases;

namespace Summit.Tests.Releases;

public sealed class ReleaseRulesTests
{
    [Fact]
    public void ANameAndCommentAreTrimmedAndAnEmptyNameIsNone()
    {
        // Act
        var draft = new ReleaseDraft("   ", "  Rooms settled.\r\nSee the changelog.  ").Normalized();

        // Assert
        Assert.Equal(new ReleaseDraft(null, "Rooms settled.\nSee the changelog."), draft);
        Assert.Empty(ReleaseRules.Validate(draft));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("  \u0007 ")]
    public void TheCommentIsRequired(string? comment)
    {
        // Act
        var errors = ReleaseRules.Validate(new ReleaseDraft("Final", comment).Normalized());

        // Assert
        Assert.Equal([ReleaseFields.Comment], errors.Keys);
        Assert.StartsWith("Say what changed in this release", errors[ReleaseFields.Comment][0], StringComparison.Ordinal);
    }

    [Fact]
    public void TooLongANameOrCommentIsRefusedAtItsField()
    {
        // Act
        var errors = ReleaseRules.Validate(new ReleaseDraft(new string('n', 101), new string('c', 2001)).Normalized());

        // Assert
        Assert.Contains("100 characters or fewer", errors[ReleaseFields.Name][0], StringComparison.Ordinal);
        Assert.Contains("characters or fewer", errors[ReleaseFields.Comment][0], StringComparison.Ordinal);
    }

    [Fact]
    public void ANameOfTheLongestLengthIsAccepted()
    {
        Assert.Empty(ReleaseRules.Validate(new ReleaseDraft(new string('n', 100), new string('c', 2000)).Normalized()));
    }
}
