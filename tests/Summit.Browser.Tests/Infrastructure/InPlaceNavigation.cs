using System.Text.RegularExpressions;
using Microsoft.Playwright;

namespace Summit.Browser.Tests.Infrastructure;

/// <summary>Waiting for a page the site updates in place (a day tab, a filter, the search).</summary>
public static class InPlaceNavigation
{
    /// <summary>
    /// Waits until the address matches, by reading it from the page. An in-place update changes the address with
    /// history.pushState right after its fetch; WaitForURLAsync misses that change when it lands between its first look
    /// at the address and its listening for navigations, and then waits for a navigation that never comes.
    /// </summary>
    public static Task WaitForInPlaceUrlAsync(this IPage page, Regex url) =>
        Assertions.Expect(page).ToHaveURLAsync(url);
}
