using System.Net.Http.Json;

namespace Summit.Tests.Agenda;

/// <summary>What a browser sends to the agenda endpoints, with the fetch metadata it attaches.</summary>
internal static class AgendaRequests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    /// <summary>Presses a star: a plain form post (no script) unless <paramref name="json"/> asks for star.js's JSON.</summary>
    public static async Task<HttpResponseMessage> StarAsync(
        HttpClient client, string slug, bool starred = true, string returnUrl = "/", bool json = false, string site = "same-origin")
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/agenda/star")
        {
            Content = new FormUrlEncodedContent(new Dictionary<string, string>
            {
                ["session"] = slug,
                ["starred"] = starred ? "true" : "false",
                ["return"] = returnUrl,
            }),
        };
        request.Headers.Add("Sec-Fetch-Site", site);
        if (json)
        {
            request.Headers.Accept.ParseAdd("application/json");
        }

        return await client.SendAsync(request, Ct);
    }

    /// <summary>A top-level navigation: <paramref name="site"/> is "none" for a typed or pasted address, "cross-site" for a link on another site.</summary>
    public static async Task<HttpResponseMessage> NavigateAsync(HttpClient client, string url, string site = "none")
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, url);
        request.Headers.Add("Sec-Fetch-Site", site);
        request.Headers.Add("Sec-Fetch-Mode", "navigate");
        return await client.SendAsync(request, Ct);
    }

    /// <summary>Posts a form the way a page's plain HTML form does.</summary>
    public static async Task<HttpResponseMessage> PostFormAsync(HttpClient client, string url, IDictionary<string, string> fields, string site = "same-origin")
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, url) { Content = new FormUrlEncodedContent(fields) };
        request.Headers.Add("Sec-Fetch-Site", site);
        return await client.SendAsync(request, Ct);
    }

    /// <summary>The agenda token a response sets in the agenda cookie.</summary>
    public static string TokenOf(HttpResponseMessage response) =>
        response.Headers.GetValues("Set-Cookie").Single(c => c.StartsWith("summit_agenda=", StringComparison.Ordinal)).Split(';')[0]["summit_agenda=".Length..];

    public static bool SetsAgendaCookie(HttpResponseMessage response) =>
        response.Headers.TryGetValues("Set-Cookie", out var cookies) && cookies.Any(c => c.StartsWith("summit_agenda=", StringComparison.Ordinal));

    /// <summary>The slugs of the sessions the browser's agenda holds, as star.js reads them.</summary>
    public static async Task<IReadOnlyList<string>> StarredAsync(HttpClient client) =>
        (await client.GetFromJsonAsync<State>("/agenda/state", Ct))!.Starred.Order().ToList();

    public static async Task<string> HtmlAsync(HttpResponseMessage response) =>
        System.Net.WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync(Ct));

    private sealed record State(IReadOnlyList<string> Starred);
}
