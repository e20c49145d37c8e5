using System.Text.RegularExpressions;

namespace Summit.Tests.Infrastructure;

/// <summary>Submits a server-rendered form the way a browser does: antiforgery token and handler name included.</summary>
public static partial class FormPoster
{
    /// <param name="postClient">Where the form is posted, when not where it was opened (another instance behind a load balancer).</param>
    public static async Task<HttpResponseMessage> SubmitAsync(HttpClient client, string pageUrl, IDictionary<string, string> fields, string? postUrl = null, HttpClient? postClient = null)
    {
        var page = await client.GetStringAsync(pageUrl, TestContext.Current.CancellationToken);
        var form = new Dictionary<string, string>(fields)
        {
            ["__RequestVerificationToken"] = Token().Match(page).Groups[1].Value,
        };
        var handler = Handler().Match(page);
        if (handler.Success && !form.ContainsKey("_handler"))
        {
            form["_handler"] = handler.Groups[1].Value;
        }

        using var request = new HttpRequestMessage(HttpMethod.Post, postUrl ?? pageUrl) { Content = new FormUrlEncodedContent(form) };
        return await (postClient ?? client).SendAsync(request, TestContext.Current.CancellationToken);
    }

    [GeneratedRegex("""name="__RequestVerificationToken" value="([^"]+)" """)]
    private static partial Regex Token();

    [GeneratedRegex("""name="_handler" value="([^"]+)" """)]
    private static partial Regex Handler();
}
