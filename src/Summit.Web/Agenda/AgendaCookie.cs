namespace Summit.Web.Agenda;

/// <summary>The browser's hold on its agenda: the token in an HttpOnly, SameSite=Lax cookie, Secure under HTTPS.</summary>
public static class AgendaCookie
{
    public const string Name = "summit_agenda";

    public static string? Read(HttpRequest request) => request.Cookies[Name];

    public static void Write(HttpResponse response, string token) =>
        response.Cookies.Append(Name, token, new CookieOptions
        {
            HttpOnly = true,
            SameSite = SameSiteMode.Lax,
            Secure = response.HttpContext.Request.IsHttps,
            Path = "/",
            IsEssential = true,

            // Browsers cap cookie lifetimes at 400 days.
            MaxAge = TimeSpan.FromDays(400),
        });
}
