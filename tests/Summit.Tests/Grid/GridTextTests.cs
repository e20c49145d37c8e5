using Summit.Core.Grid;

namespace Summit.Tests.Grid;

public sealed class GridTextTests
{
    [Fact]
    public void ASplitSessionSaysHowManySubjectsShareIt()
    {
        var split = new SessionBuilder().OfKind(SessionKind.Split).WithSubject("One", "").WithSubject("Two", "").WithSubject("Three", "").Build();

        Assert.Equal("Split session, 3 subjects", GridText.Kind(split));
    }

    [Fact]
    public void OtherKindsAreNamedAndARegularSessionSaysNothing()
    {
        Assert.Equal("Half session", GridText.Kind(new SessionBuilder().OfKind(SessionKind.Half).Build()));
        Assert.Equal("Merged", GridText.Kind(new SessionBuilder().WithSubject("Folded in", "").Build()));
        Assert.Null(GridText.Kind(new SessionBuilder().Build()));
    }

    [Fact]
    public void OnlyAnUnconfirmedStatusIsNamed()
    {
        Assert.Equal("Tentative", GridText.Status(new SessionBuilder().WithStatus(SessionStatus.Tentative).Build()));
        Assert.Equal("Cancelled", GridText.Status(new SessionBuilder().WithStatus(SessionStatus.Cancelled).Build()));
        Assert.Null(GridText.Status(new SessionBuilder().Build()));
    }
}
