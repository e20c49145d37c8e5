using Summit.Web.Calendar;

namespace Summit.Tests.Calendar;

/// <summary>Which kept copy of a personal feed a calendar app gets, by what its Accept-Encoding says it takes.</summary>
public sealed class ContentCodingsTests
{
    [Theory]
    [InlineData("gzip", "gzip")]
    [InlineData("gzip, deflate, br", "br")]
    [InlineData("br;q=0.5, gzip", "gzip")]
    [InlineData("BR", "br")]
    [InlineData("*", "br")]
    [InlineData("gzip;q=0.8, *;q=0.1", "gzip")]
    [InlineData("br;q=0, *", "gzip")]
    public void TheCodingTheClientRatesHighestIsChosen(string acceptEncoding, string expected) =>
        Assert.Equal(expected, ContentCodings.Choose(acceptEncoding));

    [Theory]
    [InlineData("")]
    [InlineData("identity")]
    [InlineData("deflate")]
    [InlineData("gzip;q=0, br;q=0")]
    [InlineData("*;q=0")]
    public void AClientThatTakesNeitherGetsTheBytesAsTheyAre(string acceptEncoding) =>
        Assert.Null(ContentCodings.Choose(acceptEncoding));
}
