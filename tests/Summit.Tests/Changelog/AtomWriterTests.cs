using System.ServiceModel.Syndication;
using System.Text;
using System.Xml;
using Summit.Web.Changelog;

namespace Summit.Tests.Changelog;

public sealed class AtomWriterTests
{
    private static readonly DateTimeOffset Released = new(2012, 10, 16, 9, 30, 15, 250, TimeSpan.FromHours(-7));

    private static AtomFeed Feed(params AtomEntry[] entries) => new(
        "OpenStack Summit Fall 2012: changes",
        AtomIds.Tag("summit.example.org", new DateOnly(2012, 10, 1), "changelog"),
        Released,
        new Uri("https://summit.example.org/changelog.atom"),
        new Uri("https://summit.example.org/changelog"),
        "OpenStack Summit Fall 2012",
        entries);

    private static AtomEntry Entry(AtomContent content) => new(
        AtomIds.Tag("summit.example.org", new DateOnly(2012, 10, 1), "changelog/release-4"),
        "Release 4 (Final)",
        Released,
        new Uri("https://summit.example.org/changelog#release-4"),
        content);

    private static SyndicationFeed Read(byte[] bytes)
    {
        using var reader = XmlReader.Create(new MemoryStream(bytes));
        return SyndicationFeed.Load(reader);
    }

    [Fact]
    public void AFeedReadsBackWithItsEntry()
    {
        // Arrange
        var feed = Feed(Entry(AtomContent.Text("Moved from Tue 16 Oct 11:00am to Wed 17 Oct 2:40pm")));

        // Act
        var read = Read(AtomWriter.WriteUtf8(feed));

        // Assert
        Assert.Equal("OpenStack Summit Fall 2012: changes", read.Title.Text);
        Assert.Equal("tag:summit.example.org,2012-10-01:changelog", read.Id);
        Assert.Equal(new DateTimeOffset(2012, 10, 16, 16, 30, 15, TimeSpan.Zero), read.LastUpdatedTime);
        Assert.Contains(read.Links, l => l.RelationshipType == "self" && l.Uri.AbsoluteUri == "https://summit.example.org/changelog.atom");
        var item = Assert.Single(read.Items);
        Assert.Equal("Release 4 (Final)", item.Title.Text);
        Assert.Equal("tag:summit.example.org,2012-10-01:changelog/release-4", item.Id);
        Assert.Equal("https://summit.example.org/changelog#release-4", Assert.Single(item.Links).Uri.AbsoluteUri);
        Assert.Equal("Moved from Tue 16 Oct 11:00am to Wed 17 Oct 2:40pm", Assert.IsType<TextSyndicationContent>(item.Content).Text);
    }

    [Fact]
    public void HtmlContentIsEscapedIntoTheDocumentAndReadsBackAsMarkup()
    {
        // Arrange
        const string html = "<ul><li><a href=\"https://summit.example.org/sessions/a\">Q&amp;A</a> cancelled</li></ul>";

        // Act
        var bytes = AtomWriter.WriteUtf8(Feed(Entry(AtomContent.Html(html))));

        // Assert
        var text = Encoding.UTF8.GetString(bytes);
        Assert.Contains("<content type=\"html\">&lt;ul&gt;", text);
        var content = Assert.IsType<TextSyndicationContent>(Assert.Single(Read(bytes).Items).Content);
        Assert.Equal("html", content.Type);
        Assert.Equal(html, content.Text);
    }

    [Fact]
    public void TheDocumentIsUtf8WithoutAByteOrderMark()
    {
        var bytes = AtomWriter.WriteUtf8(Feed(Entry(AtomContent.Text("Café à Sankt Gallen"))));

        Assert.Equal((byte)'<', bytes[0]);
        Assert.StartsWith("<?xml version=\"1.0\" encoding=\"utf-8\"?>", Encoding.UTF8.GetString(bytes));
        Assert.Equal("Café à Sankt Gallen", Assert.IsType<TextSyndicationContent>(Assert.Single(Read(bytes).Items).Content).Text);
    }

    [Fact]
    public void AUuidIdIsAUrn()
    {
        Assert.Equal("urn:uuid:60a76c80-d399-11d9-b93c-0003939e0af6", AtomIds.Uuid(Guid.Parse("60a76c80-d399-11d9-b93c-0003939e0af6")));
    }

    [Fact]
    public void ATagIdRefusesSpaces()
    {
        Assert.Throws<ArgumentException>(() => AtomIds.Tag("summit.example.org", new DateOnly(2012, 10, 1), "release 4"));
    }
}
