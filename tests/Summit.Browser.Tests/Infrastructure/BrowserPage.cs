using Microsoft.Playwright;

namespace Summit.Browser.Tests.Infrastructure;

/// <summary>
/// A fresh browser context and page that records console errors and failed requests, and on a failed test
/// attaches a screenshot and those errors to the test's output.
/// </summary>
public sealed class BrowserPage : IAsyncDisposable
{
    private readonly List<string> _problems = [];

    private BrowserPage(IBrowserContext context, IPage page, Uri baseAddress)
    {
        Context = context;
        Page = page;
        BaseAddress = baseAddress;
        page.Console += (_, message) =>
        {
            // The browser logs every 4xx document as a console error; a journey that asks for one expects it.
            var expected = message.Text.StartsWith("Failed to load resource", StringComparison.Ordinal)
                && ExpectedFailures.Any(message.Location.Contains);
            if (message.Type == "error" && !expected)
            {
                _problems.Add($"console error: {message.Text}");
            }
        };
        page.PageError += (_, error) => _problems.Add($"page error: {error}");
        page.RequestFailed += (_, request) =>
        {
            // A request the browser itself abandoned because a newer navigation replaced it is not a failure anyone sees.
            if (request.Failure != "net::ERR_ABORTED")
            {
                _problems.Add($"request failed: {request.Method} {request.Url} ({request.Failure})");
            }
        };
        page.Response += (_, response) =>
        {
            if (response.Status >= 400 && !ExpectedFailures.Any(response.Url.Contains))
            {
                _problems.Add($"HTTP {response.Status}: {response.Request.Method} {response.Url}");
            }
        };
    }

    public IBrowserContext Context { get; }

    public IPage Page { get; }

    public Uri BaseAddress { get; }

    /// <summary>Addresses a journey requests on purpose although they answer with an error.</summary>
    public List<string> ExpectedFailures { get; } = [];

    public IReadOnlyList<string> Problems => _problems;

    /// <summary>The seeded event's zone: journeys browse as someone at the venue unless they say otherwise.</summary>
    public const string VenueTimeZone = "America/Los_Angeles";

    /// <param name="serviceWorkers">
    /// Whether the site's service worker may install. Off unless a journey is about offline use: the worker fetches
    /// pages ahead for offline use, which only slows other journeys, and Playwright's routes miss requests it handles.
    /// </param>
    public static async Task<BrowserPage> OpenAsync(
        IBrowser browser, Uri baseAddress, Viewport viewport, bool javaScript = true, string timeZoneId = VenueTimeZone,
        bool serviceWorkers = false)
    {
        var options = viewport == Viewport.Phone
            ? new BrowserNewContextOptions
            {
                ViewportSize = new ViewportSize { Width = 390, Height = 844 },
                DeviceScaleFactor = 2,
                IsMobile = true,
                HasTouch = true,
            }
            : new BrowserNewContextOptions { ViewportSize = new ViewportSize { Width = 1280, Height = 900 } };
        options.BaseURL = baseAddress.ToString();
        options.JavaScriptEnabled = javaScript;
        options.AcceptDownloads = true;
        options.TimezoneId = timeZoneId;
        options.ServiceWorkers = serviceWorkers ? ServiceWorkerPolicy.Allow : ServiceWorkerPolicy.Block;

        var context = await browser.NewContextAsync(options);
        var page = await context.NewPageAsync();
        page.SetDefaultTimeout(15_000);
        return new BrowserPage(context, page, baseAddress);
    }

    /// <summary>Fails the test when any page logged an error or a request failed.</summary>
    public void AssertNoErrors() => Assert.True(_problems.Count == 0, "The pages reported problems:\n" + string.Join('\n', _problems));

    public async ValueTask DisposeAsync()
    {
        var test = TestContext.Current;
        if (test.TestState?.Result == TestResult.Failed || test.TestState is null && _problems.Count > 0)
        {
            await AttachDiagnosticsAsync(test);
        }

        await Context.DisposeAsync();
    }

    private async Task AttachDiagnosticsAsync(ITestContext test)
    {
        try
        {
            var screenshot = await Page.ScreenshotAsync(new PageScreenshotOptions { FullPage = true });
            test.AddAttachment("failure.png", screenshot, "image/png");
            var folder = Path.Combine(AppContext.BaseDirectory, "failures");
            Directory.CreateDirectory(folder);
            var name = string.Concat((test.Test?.TestDisplayName ?? "test").Select(c => char.IsLetterOrDigit(c) ? c : '_'));
            await File.WriteAllBytesAsync(Path.Combine(folder, name + ".png"), screenshot);
            test.TestOutputHelper?.WriteLine($"Screenshot: {Path.Combine(folder, name + ".png")} (page {Page.Url})");
        }
        catch (PlaywrightException ex)
        {
            test.TestOutputHelper?.WriteLine($"No screenshot: {ex.Message}");
        }

        foreach (var problem in _problems)
        {
            test.TestOutputHelper?.WriteLine(problem);
        }
    }
}
