using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.Options;
using Summit.Core.Filtering;

namespace Summit.Tests.Published;

/// <summary>The size above which an event opens on one day is a setting: <c>Summit:Schedule:DefaultDayThreshold</c>.</summary>
public sealed class DefaultDayThresholdTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task TheSeededEventShowsEveryDayUnderTheDefaultThreshold()
    {
        // Arrange
        await using var app = new SummitAppFactory();

        // Act
        var html = await app.CreateClient().GetStringAsync("/", Ct);

        // Assert
        Assert.DoesNotContain("class=\"day-tabs", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ALowerConfiguredThresholdMakesTheSeededEventOpenOnOneDay()
    {
        // Arrange
        await using var factory = new SummitAppFactory();
        await using var app = factory.WithWebHostBuilder(b => b.UseSetting("Summit:Schedule:DefaultDayThreshold", "10"));

        // Act
        var html = await app.CreateClient().GetStringAsync("/", Ct);

        // Assert
        Assert.Contains("class=\"day-tabs", html, StringComparison.Ordinal);
        Assert.Contains("Add the whole schedule (", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ThePageVersionNamesTheOpeningDayTheConfiguredThresholdChooses()
    {
        // Arrange: the seeded event is long over, so it opens on its first day
        await using var factory = new SummitAppFactory();
        await using var lowered = factory.WithWebHostBuilder(b => b.UseSetting("Summit:Schedule:DefaultDayThreshold", "10"));

        // Act
        var byDefault = await factory.CreateClient().GetAsync("/", Ct);
        var opening = await lowered.CreateClient().GetAsync("/", Ct);

        // Assert
        Assert.DoesNotContain("-20121015", byDefault.Headers.ETag!.Tag, StringComparison.Ordinal);
        Assert.Contains("-20121015", opening.Headers.ETag!.Tag, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ANegativeThresholdStopsTheStartNamingTheSetting()
    {
        // Arrange
        await using var factory = new SummitAppFactory();
        await using var app = factory.WithWebHostBuilder(b => b.UseSetting("Summit:Schedule:DefaultDayThreshold", "-1"));

        // Act
        var error = await Record.ExceptionAsync(() => Task.FromResult(app.CreateClient()));

        // Assert
        var validation = Assert.IsType<OptionsValidationException>(error);
        Assert.Contains(ScheduleViewOptions.Problem, validation.Message, StringComparison.Ordinal);
    }
}
