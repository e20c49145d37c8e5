using Summit.Core.Import.Reading;

namespace Summit.Tests.Import.Readers;

/// <summary>The spellings of times, durations, dates and headers the readers accept.</summary>
public sealed class ReadingHelpersTests
{
    [Theory]
    [InlineData("09:30", 9, 30)]
    [InlineData("9:30", 9, 30)]
    [InlineData("9.30", 9, 30)]
    [InlineData("14h30", 14, 30)]
    [InlineData("09:30:00", 9, 30)]
    [InlineData("2:30 pm", 14, 30)]
    [InlineData("2:30PM", 14, 30)]
    [InlineData("2pm", 14, 0)]
    [InlineData("12:15 a.m.", 0, 15)]
    [InlineData("12 pm", 12, 0)]
    public void ClockTimesAreReadInTheirUsualSpellings(string text, int hour, int minute)
    {
        // Act
        var read = TimeText.TryParseClock(text, out var time);

        // Assert
        Assert.True(read);
        Assert.Equal(new TimeOnly(hour, minute), time);
    }

    [Theory]
    [InlineData("9")]
    [InlineData("25:00")]
    [InlineData("9:75")]
    [InlineData("13 pm")]
    [InlineData("noon")]
    [InlineData("")]
    public void WhatIsNotAClockTimeIsNotRead(string text) =>
        Assert.False(TimeText.TryParseClock(text, out _));

    [Theory]
    [InlineData("0:40", 40)]
    [InlineData("00:40", 40)]
    [InlineData("01:30", 90)]
    [InlineData("1:30:00", 90)]
    [InlineData("45", 45)]
    [InlineData("45 min", 45)]
    [InlineData("1h30", 90)]
    [InlineData("1.5 hours", 90)]
    [InlineData("PT1H15M", 75)]
    public void DurationsAreReadInTheirUsualSpellings(string text, int minutes)
    {
        // Act
        var read = TimeText.TryParseDuration(text, out var duration);

        // Assert
        Assert.True(read);
        Assert.Equal(TimeSpan.FromMinutes(minutes), duration);
    }

    [Theory]
    [InlineData("forty")]
    [InlineData("1.30")]
    [InlineData("0:75")]
    [InlineData("")]
    public void WhatIsNotADurationIsNotRead(string text) =>
        Assert.False(TimeText.TryParseDuration(text, out _));

    [Theory]
    [InlineData("Title", "Title")]
    [InlineData("Session Title", "Title")]
    [InlineData("DATE (dd/mm/yyyy)", "Day")]
    [InlineData("start_time", "Start")]
    [InlineData("Begin", "Start")]
    [InlineData("from", "Start")]
    [InlineData("Finish", "End")]
    [InlineData("until", "End")]
    [InlineData("Duration (min)", "Duration")]
    [InlineData("Speakers", "Leads")]
    [InlineData("presenter", "Leads")]
    [InlineData("Abstract", "Description")]
    [InlineData("summary", "Description")]
    [InlineData("Location", "Room")]
    [InlineData("venue", "Room")]
    public void HeadersAreMatchedLoosely(string header, string field) =>
        Assert.Equal(Enum.Parse<CsvField>(field), CsvColumns.Match(header));

    [Theory]
    [InlineData("2012-10-15")]
    [InlineData("15.10.2012")]
    [InlineData("15 Oct 2012")]
    [InlineData("October 15, 2012")]
    [InlineData("Monday, October 15, 2012")]
    [InlineData("15-Oct-12")]
    public void DatesAreReadInTheirUsualSpellings(string text)
    {
        // Act
        var read = CsvDates.For([text]).TryParse(text, out var date);

        // Assert
        Assert.True(read);
        Assert.Equal(new DateOnly(2012, 10, 15), date);
    }

    [Theory]
    [InlineData("a,b;c", ',')]
    [InlineData("a;b;c,d", ';')]
    [InlineData("a\tb\tc", '\t')]
    [InlineData("\"a;b;c\",d", ',')]
    [InlineData("title", ',')]
    public void TheSeparatorIsTheOneTheHeaderUsesMost(string text, char separator) =>
        Assert.Equal(separator, CsvTokenizer.DetectSeparator(text).Separator);

    [Fact]
    public void ExcelsSeparatorLineNamesTheSeparator()
    {
        // Act
        var (separator, hintLine) = CsvTokenizer.DetectSeparator("sep=;\ntitle;room\n");

        // Assert
        Assert.Equal((';', true), (separator, hintLine));
    }
}
