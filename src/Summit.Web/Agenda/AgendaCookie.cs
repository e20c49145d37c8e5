namespace Summit.Web.Agenda;

/// <summary>The browser's hold on its agenda: the token in an HttpOnly, SameSite=Lax cookie, Secure under HTTPS.</summary>
public static class AgendaCookie
{
    public const string Name = "summit_agenda";

    /// <summary>
    /// A token handed out before the browser's first star, the one its agenda will get: first stars the browser sends
    /// at the same time all carry it, so they fill one agenda instead of each making its own.
    /// </summary>
    public const string FreshName = "summit_agenda_fresh";

    public static string? Read(HttpRequest request) => request.Cookies[Name];

    public static string? ReadFresh(HttpRequest request) => request.Cookies[FreshName];

    public static void Write(HttpResponse response, string token) =>
        response.Cookies.Append(Name, token, Options(response, TimeSpan.FromDays(400))); // Browsers cap cookie lifetimes at 400 days.

    public static void WriteFresh(HttpResponse response, string token) =>
        response.Cookies.Append(FreshName, token, Options(response, TimeSpan.FromDays(1)));

    public static void DeleteFresh(HttpResponse response) =>
        response.Cookies.Delete(FreshName, Options(response, null));

    private static CookieOptions Options(HttpResponse response, TimeSpan? maxAge) => new()
    {
        HttpOnly = true,
        SameSite = SameSiteMode.Lax,
        Secure = response.HttpContext.Request.IsHttps,
        Path = "/",
        IsEssential = true,
        MaxAge = maxAge,
    };
}
