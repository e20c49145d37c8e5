namespace Summit.Web.Caching;

/// <summary>
/// Answers from the cache right after the security headers, forwarded headers and HSTS, before authentication and
/// everything else, for clients that send no cookie: such a request cannot be a signed-in organizer's, and every
/// later step would only confirm that it gets the stored answer. A request with a cookie, and every miss, goes on
/// through the whole pipeline to <see cref="CachedAnswers"/>, as before.
/// </summary>
public sealed class EarlyCachedAnswers(RequestDelegate next, CachedAnswerStore store)
{
    public async Task InvokeAsync(HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (!context.Request.Headers.ContainsKey(Microsoft.Net.Http.Headers.HeaderNames.Cookie)
            && CachedAnswers.IsCacheableRead(context)
            && await AnswerKey.ForAsync(context) is { } key
            && store.TryGet(key, out var answer))
        {
            await CachedAnswerWriter.WriteAsync(context, answer, store.AgeOf(answer));
            return;
        }

        await next(context);
    }
}
