using Microsoft.Playwright;

namespace Summit.Browser.Tests.Infrastructure;

/// <summary>
/// Organizer pages are prerendered, then come alive when their circuit renders them: clicks and typing before that
/// land on static HTML and are lost. The organizer frame carries <c>data-interactive</c> only once it has rendered
/// interactively, so a journey waits for that instead of sleeping.
/// </summary>
public static class Interactivity
{
    public const string Marker = "[data-interactive]";

    /// <summary>
    /// Starting a circuit took over 5 seconds (Expect's default) on a busy two-core machine; a page that never comes
    /// alive still fails, only later.
    /// </summary>
    public const float TimeoutMilliseconds = 30_000;

    /// <summary>Waits until the organizer page on screen is interactive (event handlers attached).</summary>
    public static Task WaitForInteractiveAsync(this IPage page) =>
        Assertions.Expect(page.Locator(Marker)).ToBeAttachedAsync(new() { Timeout = TimeoutMilliseconds });
}
