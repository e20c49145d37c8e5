using System.Text;
using Summit.Core.Import;

namespace Summit.Tests.Import.Readers;

/// <summary>Files that are not schedules, are broken, or are made to harm: refused with a message a user can act on.</summary>
public sealed class HostileFileTests
{
    private const string DoctypeRefusal =
        "The file declares a DOCTYPE. A schedule.xml needs none, and Summit never reads DTDs or entities from an imported file, so it refuses the file. Remove the DOCTYPE (and any entities it defines) and import again.";

    private static ImportRead Read(byte[] content, string fileName, ImportLimits? limits = null) =>
        ScheduleFileReader.Read(content, fileName, limits ?? new ImportLimits());

    [Fact]
    public void AnXmlFileWithAnExternalEntityIsRefused()
    {
        // Act
        var read = Read(ImportFixtures.Bytes("xxe.xml"), "schedule.xml");

        // Assert
        Assert.Equal(DoctypeRefusal, read.Refusal);
    }

    [Fact]
    public void AnExternalEntityIsNeverResolved()
    {
        // Arrange: an entity naming a file that exists, with a marker that would show if it were read.
        var folder = Directory.CreateTempSubdirectory("summit-xxe-");
        try
        {
            var secret = Path.Combine(folder.FullName, "secret.txt");
            File.WriteAllText(secret, "TOP-SECRET-MARKER");
            var xml = $"""
                <?xml version="1.0"?>
                <!DOCTYPE schedule [<!ENTITY secret SYSTEM "{new Uri(secret).AbsoluteUri}">]>
                <schedule><version>1</version><conference><title>&secret;</title></conference>
                <day date="2025-05-03"><room name="Hall"><event guid="7e1d0b4a-0000-5000-8000-000000000001" id="1">
                <title>&secret;</title><date>2025-05-03T10:00:00+02:00</date><duration>0:30</duration></event></room></day></schedule>
                """;

            // Act
            var read = Read(Encoding.UTF8.GetBytes(xml), "schedule.xml");

            // Assert
            Assert.Equal(DoctypeRefusal, read.Refusal);
            Assert.Null(read.Document);
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }

    [Fact]
    public void AnEntityWithoutADoctypeIsNotWellFormed()
    {
        // Arrange
        var xml = "<schedule>\n<conference><title>&secret;</title></conference></schedule>"u8.ToArray();

        // Act
        var read = Read(xml, "schedule.xml");

        // Assert
        Assert.Equal("The file is not well-formed XML: there is an error at line 2, position 21. Download or save it again, or check it in an XML validator.", read.Refusal);
    }

    [Fact]
    public void ABillionLaughsIsRefusedWithoutExpandingIt()
    {
        // Act
        var read = Read(ImportFixtures.Bytes("billion-laughs.xml"), "schedule.xml");

        // Assert
        Assert.Equal(DoctypeRefusal, read.Refusal);
    }

    [Fact]
    public void AWebPageIsRefusedAsAWebPage()
    {
        // Act
        var read = Read(ImportFixtures.Bytes("web-page.html"), "schedule.html");

        // Assert
        Assert.Equal("This is a web page (HTML), not a schedule.xml. Download the schedule.xml file itself (its address usually ends in /schedule.xml) and import that.", read.Refusal);
    }

    [Fact]
    public void AnotherXmlFileIsNotASchedule()
    {
        // Act
        var read = Read("<?xml version=\"1.0\"?><rss version=\"2.0\"><channel/></rss>"u8.ToArray(), "feed.xml");

        // Assert
        Assert.Equal("This XML file is not a schedule.xml: it starts with <rss>, where a schedule.xml starts with <schedule>.", read.Refusal);
    }

    [Fact]
    public void DeeplyNestedXmlIsRefused()
    {
        // Arrange
        var xml = "<schedule>" + string.Concat(Enumerable.Repeat("<a>", 200)) + string.Concat(Enumerable.Repeat("</a>", 200)) + "</schedule>";

        // Act
        var read = Read(Encoding.UTF8.GetBytes(xml), "schedule.xml");

        // Assert
        Assert.Equal("The file nests more than 64 levels deep (line 1); a schedule.xml needs fewer than 10, so Summit does not read it.", read.Refusal);
    }

    [Fact]
    public void DeeplyNestedJsonIsRefused()
    {
        // Arrange
        var json = "{\"schedule\":\n" + new string('[', 200) + new string(']', 200) + "}";

        // Act
        var read = C3vocJsonReader.Read(Encoding.UTF8.GetBytes(json), new ImportLimits());

        // Assert
        Assert.Equal("The file nests more than 64 levels deep (line 2); a schedule needs fewer than 10, so Summit does not read it.", read.Refusal);
    }

    [Fact]
    public void ACutOffJsonFileIsRefused()
    {
        // Act
        var read = C3vocJsonReader.Read(ImportFixtures.Bytes("truncated.json"), new ImportLimits());

        // Assert
        Assert.Equal("The file ends before its JSON does: it looks cut off. Download or save it again and import the whole file.", read.Refusal);
    }

    [Fact]
    public void BrokenJsonIsRefusedWithWhereItBreaks()
    {
        // Act
        var read = C3vocJsonReader.Read("{\"schedule\": {\n  \"conference\": }\n}"u8.ToArray(), new ImportLimits());

        // Assert
        Assert.Equal("The file is not valid JSON: there is an error at line 2, position 17. Download or save it again, or check it in a JSON validator.", read.Refusal);
    }

    [Fact]
    public void JsonThatIsNotAScheduleIsRefused()
    {
        // Act
        var read = C3vocJsonReader.Read(ImportFixtures.Bytes("not-a-schedule.json"), new ImportLimits());

        // Assert
        Assert.Equal(
            "This JSON file is not a schedule.json: it has no \"schedule\" object with a \"conference\" in it. Summit reads the c3voc/frab schedule.json that Pretalx and frab publish.",
            read.Refusal);
    }

    [Fact]
    public void AScheduleWithoutDaysIsRefused()
    {
        // Act
        var read = C3vocJsonReader.Read("""{"schedule": {"version": "1", "conference": {"title": "E"}}}"""u8.ToArray(), new ImportLimits());

        // Assert
        Assert.Equal("This schedule.json has no days ($.schedule.conference.days), so there are no sessions in it to import.", read.Refusal);
    }

    [Fact]
    public void AnImageIsRefusedAsNotText()
    {
        // Act
        var read = Read(ImportFixtures.Bytes("image.png"), "schedule.png");

        // Assert
        Assert.Equal("The file is not a text file (it holds binary data). Save the spreadsheet as CSV (comma or semicolon separated, UTF-8) and import that.", read.Refusal);
    }

    [Fact]
    public void ABinaryFileThatStartsLikeJsonIsRefused()
    {
        // Act
        var read = C3vocJsonReader.Read(new byte[] { (byte)'{', 0x00, 0xFF, 0x10, 0x80 }, new ImportLimits());

        // Assert
        Assert.StartsWith("The file is not valid JSON: there is an error at line 1", read.Refusal);
    }

    [Fact]
    public void AFileOverTheSizeLimitIsRefusedUnread()
    {
        // Arrange
        var content = new byte[33 * 1024 * 1024];
        content[0] = (byte)'{';

        // Act
        var read = Read(content, "schedule.json");

        // Assert
        Assert.Equal("The file is 33 MB; an import takes at most 32 MB.", read.Refusal);
    }

    [Fact]
    public void AScheduleJsonWithMoreSessionsThanTheLimitIsRefused()
    {
        // Act
        var read = C3vocJsonReader.Read(ImportFixtures.Bytes("pretalx-schedule.json"), new ImportLimits { MaxSessions = 2 });

        // Assert
        Assert.Equal("The file holds more than 2 sessions, the most one import takes. Split it into smaller files.", read.Refusal);
    }

    [Theory]
    [InlineData("frab-schedule.xml", "schedule.xml")]
    [InlineData("comma.csv", "schedule.csv")]
    public void AFileWithMoreSessionsThanTheLimitIsRefused(string fixture, string fileName)
    {
        // Act
        var read = Read(ImportFixtures.Bytes(fixture), fileName, new ImportLimits { MaxSessions = 2 });

        // Assert
        Assert.Equal("The file holds more than 2 sessions, the most one import takes. Split it into smaller files.", read.Refusal);
    }
}
