namespace Summit.Web.Infrastructure;

/// <summary>Tells the page scripts' requests, which ask for JSON, from a browser's own, which ask for HTML.</summary>
public static class ScriptRequests
{
    public static bool WantsJson(HttpRequest request)
    {
        var accept = request.Headers.Accept.ToString();
        return accept.Contains("application/json", StringComparison.OrdinalIgnoreCase)
            && !accept.Contains("text/html", StringComparison.OrdinalIgnoreCase);
    }
}
