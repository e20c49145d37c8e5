using AngleSharp.Html.Parser;
using Summit.Core.Content;

namespace Summit.Tests.Content;

public sealed class MarkdownRendererTests
{
    [Fact]
    public void ListsAndLinksRender()
    {
        var html = MarkdownRenderer.ToSafeHtml("Other topics:\n\n- one\n- two\n\n1) first\n2) second\n\nSee https://bugs.launchpad.net/quantum/+bug/1046766");

        Assert.Contains("<ul>", html);
        Assert.Contains("<li>one</li>", html);
        Assert.Contains("<ol>", html);
        Assert.Contains("href=\"https://bugs.launchpad.net/quantum/+bug/1046766\"", html);
    }

    [Fact]
    public void ExternalLinksAreMarkedNofollowNoopener()
    {
        var html = MarkdownRenderer.ToSafeHtml("[docs](https://example.org)");

        Assert.Contains("rel=\"nofollow noopener noreferrer\"", html);
    }

    [Theory]
    [InlineData("<script>alert(1)</script>")]
    [InlineData("<img src=x onerror=alert(1)>")]
    [InlineData("<a href=\"javascript:alert(1)\">x</a>")]
    [InlineData("[click](javascript:alert(1))")]
    [InlineData("[click](JaVaScRiPt:alert(1))")]
    [InlineData("![img](data:image/svg+xml;base64,PHN2ZyBvbmxvYWQ9YWxlcnQoMSk+)")]
    [InlineData("<svg onload=alert(1)></svg>")]
    [InlineData("<iframe src=\"https://evil.example\"></iframe>")]
    [InlineData("[x](vbscript:msgbox(1))")]
    public void HostileMarkdownIsNeutralised(string hostile)
    {
        var html = MarkdownRenderer.ToSafeHtml(hostile);

        var document = new HtmlParser().ParseDocument($"<body>{html}</body>");
        var elements = document.Body!.QuerySelectorAll("*");
        var attributes = elements.SelectMany(e => e.Attributes).ToList();
        Assert.DoesNotContain(elements, e => e.LocalName is "script" or "iframe" or "svg" or "math" or "object" or "embed");
        Assert.DoesNotContain(attributes, a => a.Name.StartsWith("on", StringComparison.OrdinalIgnoreCase));
        Assert.DoesNotContain(attributes, a => a.Name is "href" or "src"
            && !a.Value.StartsWith("http://", StringComparison.Ordinal)
            && !a.Value.StartsWith("https://", StringComparison.Ordinal));
    }

    [Fact]
    public void RawHtmlShowsAsTextInsteadOfMarkup()
    {
        var html = MarkdownRenderer.ToSafeHtml("Use <b>bold</b> sparingly");

        Assert.Contains("&lt;b&gt;bold&lt;/b&gt;", html);
    }

    [Fact]
    public void ExcerptSeparatesListItemsAndCutsAtAWord()
    {
        var excerpt = MarkdownRenderer.Excerpt("Gaps:\n\n- no multi_host\n- metadata service\n\nWith this session we conclude a lot of things", 60);

        Assert.Equal("Gaps: no multi_host; metadata service; With this session we…", excerpt);
    }

    [Fact]
    public void ShortExcerptIsTheWholeTextWithoutMarkup()
    {
        Assert.Equal("See the link and the code x()", MarkdownRenderer.Excerpt("See [the link](https://example.org) and the `code x()`"));
    }
}
