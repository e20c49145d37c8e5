using System.Text;
using Summit.Core.Import;

namespace Summit.Tests.Import.Readers;

/// <summary>Schedules as spreadsheet users save them: separators, encodings, quoting and headers as they come.</summary>
public sealed class CsvScheduleReaderTests
{
    private static ImportDocument ReadFixture(string name)
    {
        var read = ScheduleFileReader.Read(ImportFixtures.Bytes(name), name, new ImportLimits());
        Assert.Null(read.Refusal);
        return read.Document!;
    }

    private static ImportRead ReadText(string csv) => ScheduleFileReader.Read(Encoding.UTF8.GetBytes(csv), "schedule.csv", new ImportLimits());

    [Fact]
    public void ACommaSeparatedScheduleIsRead()
    {
        // Act
        var document = ReadFixture("comma.csv");

        // Assert
        Assert.Equal(ImportFormat.Csv, document.Format);
        Assert.Null(document.Event);
        Assert.Empty(document.Skipped);
        var keystone = document.Sessions[0];
        Assert.Equal(
            ("Keystone internals", new DateOnly(2012, 10, 15), new TimeOnly(9, 0), new TimeOnly(9, 40), "Windsor", "Keystone", "How tokens work"),
            (keystone.Title, keystone.Day!.Value, keystone.Start!.Value, keystone.End!.Value, keystone.Room, keystone.Track, keystone.Description));
        Assert.Equal(("line 2", "Dolph Mathews"), (keystone.Where, Assert.Single(keystone.Leads).Name));
    }

    [Fact]
    public void QuotedFieldsKeepTheirCommasAndQuotes()
    {
        // Act
        var nova = ReadFixture("comma.csv").Sessions[1];

        // Assert
        Assert.Equal("Nova, Cinder and you", nova.Title);
        Assert.Equal("Storage, compute, and the \"glue\" between", nova.Description);
        Assert.Equal([new ImportLead("Ann Author", false), new ImportLead("Bob Builder", true)], nova.Leads);
    }

    [Fact]
    public void ARowWithOnlyATitleIsAnUnscheduledSession()
    {
        // Act
        var hallway = ReadFixture("comma.csv").Sessions[2];

        // Assert
        Assert.Equal("Hallway track", hallway.Title);
        Assert.Null(hallway.Day);
        Assert.Null(hallway.Room);
    }

    [Fact]
    public void TwelveHourTimesAndACancelledTitleAreRead()
    {
        // Act
        var old = ReadFixture("comma.csv").Sessions[3];

        // Assert
        Assert.Equal(("Old plans", SessionStatus.Cancelled), (old.Title, old.Status));
        Assert.Equal((new DateOnly(2012, 10, 16), new TimeOnly(14, 30), new TimeOnly(15, 15), "Salon A"), (old.Day!.Value, old.Start!.Value, old.End!.Value, old.Room));
        Assert.Null(old.Track);
    }

    [Fact]
    public void RoomsTracksAndDaysComeFromTheRows()
    {
        // Act
        var document = ReadFixture("comma.csv");

        // Assert
        Assert.Equal(["Windsor", "Salon A"], document.Rooms.Select(r => r.Name));
        Assert.Equal(["Keystone", "Nova"], document.Tracks.Select(t => t.Name));
        Assert.Equal([new DateOnly(2012, 10, 15), new DateOnly(2012, 10, 16)], document.Days.Select(d => d.Date));
    }

    [Fact]
    public void ASemicolonSeparatedFileWithAByteOrderMarkIsRead()
    {
        // Act
        var document = ReadFixture("semicolon-bom.csv");

        // Assert
        Assert.Empty(document.Skipped);
        var welcome = document.Sessions[0];
        Assert.Equal(
            ("Begrüßung", new DateOnly(2012, 10, 15), new TimeOnly(9, 30), new TimeOnly(10, 0), "Großer Saal", "Hallo, und willkommen"),
            (welcome.Title, welcome.Day!.Value, welcome.Start!.Value, welcome.End!.Value, welcome.Room, welcome.Description));
        Assert.Equal([new ImportLead("Anna Schmidt", false), new ImportLead("Ben Braun", true)], document.Sessions[1].Leads);
    }

    [Fact]
    public void AQuotedFieldSpansLinesAndTheNextRowKnowsItsLine()
    {
        // Act
        var document = ReadFixture("quoted-newlines.csv");

        // Assert
        Assert.Equal("First paragraph.\n\nSecond paragraph with \"quotes\", and a comma.", document.Sessions[0].Description);
        Assert.Equal(["line 2", "line 5"], document.Sessions.Select(s => s.Where));
        Assert.Equal([new TimeOnly(9, 40), new TimeOnly(11, 30)], document.Sessions.Select(s => s.End!.Value));
    }

    [Fact]
    public void LooseHeadersAreMatchedAndAnUnknownColumnIsReported()
    {
        // Act
        var document = ReadFixture("loose-headers.csv");

        // Assert
        var welcome = document.Sessions[0];
        Assert.Equal(
            ("Welcome", new DateOnly(2012, 10, 15), new TimeOnly(9, 0), new TimeOnly(9, 30), "Main Hall", "Community", "Hello"),
            (welcome.Title, welcome.Day!.Value, welcome.Start!.Value, welcome.End!.Value, welcome.Room, welcome.Track, welcome.Description));
        Assert.Equal([new ImportLead("Ann Author", false), new ImportLead("Bob Builder", true)], welcome.Leads);
        Assert.Equal(
            new ImportIssue("line 1", "The column \"Notes for AV\" is not one Summit reads (title, day, start, end (or duration), room, track, leads, description), so it was left out."),
            Assert.Single(document.Skipped));
    }

    [Fact]
    public void ADurationInMinutesAndAfternoonTimesGiveTheEnd()
    {
        // Act
        var closing = ReadFixture("loose-headers.csv").Sessions[1];

        // Assert
        Assert.Equal((new DateOnly(2012, 10, 16), new TimeOnly(16, 30), new TimeOnly(17, 15)), (closing.Day!.Value, closing.Start!.Value, closing.End!.Value));
        Assert.Equal(["Cy Chair", "Dee Doe"], closing.Leads.Select(l => l.Name));
    }

    [Fact]
    public void MonthFirstDatesAreReadWhenOneOfThemCanOnlyBeMonthFirst()
    {
        // Act
        var document = ReadFixture("us-dates.csv");

        // Assert
        Assert.Equal([new DateOnly(2012, 10, 15), new DateOnly(2012, 10, 3)], document.Sessions.Select(s => s.Day!.Value));
        Assert.Equal((new TimeOnly(14, 30), new TimeOnly(15, 10)), (document.Sessions[1].Start!.Value, document.Sessions[1].End!.Value));
    }

    [Fact]
    public void DatesThatCouldBeDayOrMonthFirstAreRefused()
    {
        // Act
        var read = ScheduleFileReader.Read(ImportFixtures.Bytes("ambiguous-dates.csv"), "schedule.csv", new ImportLimits());

        // Assert
        Assert.Equal("The dates in the day column, such as 03/10/2012, could be day/month/year or month/day/year. Write them as year-month-day (2012-10-15) and import again.", read.Refusal);
    }

    [Fact]
    public void DatesMixingBothOrdersAreRefused()
    {
        // Act
        var read = ReadText("title,day,start,end,room\nA,15/10/2012,09:00,10:00,R\nB,10/16/2012,09:00,10:00,R\n");

        // Assert
        Assert.Equal("The day column mixes day/month/year (15/10/2012) and month/day/year (10/16/2012). Write every date as year-month-day (2012-10-15) and import again.", read.Refusal);
    }

    [Fact]
    public void ARowWithATimeThatCannotBeReadIsUnscheduledAndSaysWhy()
    {
        // Act
        var document = ReadText("title,day,start,end,room\nTalk,2012-10-15,25:00,10:00,\n").Document!;

        // Assert
        Assert.Null(document.Sessions[0].Day);
        Assert.Equal(
            new ImportIssue("line 2", "“Talk” has a start, \"25:00\", that is not a time (such as 09:30 or 2:30 pm), has no room: it was imported unscheduled."),
            Assert.Single(document.Skipped));
    }

    [Fact]
    public void ARowWithoutATitleIsLeftOutAndReported()
    {
        // Act
        var document = ReadText("title,description\nTalk,Hello\n,Nobody named this one\n").Document!;

        // Assert
        Assert.Single(document.Sessions);
        Assert.Equal(new ImportIssue("line 3", "The row has no title, so it was left out."), Assert.Single(document.Skipped));
    }

    [Fact]
    public void ATimeRangeInTheStartColumnGivesStartAndEnd()
    {
        // Act
        var session = ReadText("title,date,time,room\nTalk,2012-10-15,09:30-10:15,Hall\n").Document!.Sessions[0];

        // Assert
        Assert.Equal((new TimeOnly(9, 30), new TimeOnly(10, 15)), (session.Start!.Value, session.End!.Value));
    }

    [Fact]
    public void ALongRunOfSpacesInAFieldIsReadInOneGo()
    {
        // Arrange: spaces that a backtracking pattern would try in every split (quadratic: it would never finish).
        var spaces = new string(' ', 200_000);

        // Act
        var session = ReadText($"title,start,leads\nTalk,9{spaces}x,\"Ann{spaces}Bob{spaces}(x\"\n").Document!.Sessions[0];

        // Assert
        Assert.StartsWith("Ann", Assert.Single(session.Leads).Name, StringComparison.Ordinal);
        Assert.Null(session.Start);
    }

    [Fact]
    public void UnicodeTextWithItsByteOrderMarkIsRead()
    {
        // Arrange: Excel's "Unicode text": UTF-16 with a byte order mark, tab separated.
        var content = Encoding.Unicode.GetPreamble().Concat(Encoding.Unicode.GetBytes("Title\tRoom\nBegrüßung\tGroßer Saal\n")).ToArray();

        // Act
        var read = ScheduleFileReader.Read(content, "schedule.txt", new ImportLimits());

        // Assert
        Assert.Equal(("Begrüßung", null), (read.Document!.Sessions[0].Title, read.Document.Sessions[0].Room));
    }

    [Fact]
    public void AQuoteThatNeverClosesIsRefused()
    {
        // Act
        var read = ReadText("title,room\nTalk,Hall\n\"Broken,Hall\nNext,Hall\n");

        // Assert
        Assert.Equal("Line 3 opens a quoted field (\") that never closes, so the rest of the file cannot be read. Check the quotes on that line.", read.Refusal);
    }

    [Fact]
    public void TextWithoutATitleColumnIsNotASchedule()
    {
        // Act
        var read = ReadText("Dear organizers,\nhere is our schedule.\n");

        // Assert
        Assert.Equal(
            "This is not a schedule Summit can read: as a CSV, its first line must name the columns, one of them the title (title, day, start, end (or duration), room, track, leads, description). Its first line names \"Dear organizers\".",
            read.Refusal);
    }

    [Fact]
    public void AHeaderWithoutRowsIsRefused()
    {
        // Act
        var read = ReadText("title,day,start,end,room\n");

        // Assert
        Assert.Equal("The CSV names its columns but has no sessions under them.", read.Refusal);
    }

    [Fact]
    public void ATextFileInAnotherEncodingIsRefused()
    {
        // Arrange: "Begrüßung" in Windows-1252.
        byte[] content = [.. "title\nBegr"u8, 0xFC, 0xDF, .. "ung\n"u8];

        // Act
        var read = ScheduleFileReader.Read(content, "schedule.csv", new ImportLimits());

        // Assert
        Assert.Equal("The file is not UTF-8 text. Save it as \"CSV UTF-8\" (in Excel: Save As, CSV UTF-8; in LibreOffice: character set Unicode (UTF-8)) and import that.", read.Refusal);
    }

    [Fact]
    public void AJsonNamedFileThatIsNotJsonIsNotGuessedAsCsv()
    {
        // Act
        var read = ScheduleFileReader.Read("title,room\nTalk,Hall\n"u8.ToArray(), "schedule.json", new ImportLimits());

        // Assert
        Assert.Equal("This is not a schedule Summit can read: it takes a schedule.json, a schedule.xml, a CSV or a Summit backup.", read.Refusal);
    }
}
