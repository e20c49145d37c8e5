using Summit.Core.Filtering;

namespace Summit.Tests.Filtering;

public sealed class TextNormalizerTests
{
    [Fact]
    public void WordsAreFoldedToLowerCaseWithoutAccents()
    {
        Assert.Equal(["cafe", "ipv6", "ready", "resume"], TextNormalizer.Words("Café IPv6-ready RÉSUMÉ"));
    }

    [Fact]
    public void PunctuationSeparatesWords()
    {
        Assert.Equal(["tenant", "id", "project", "id"], TextNormalizer.Words("tenant_id/project-id"));
    }
}
