using System.Collections.Concurrent;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Net.Http.Headers;

namespace Summit.Web.Caching;

/// <summary>
/// Serves and stores public answers (<see cref="CachedAnswerAttribute"/>) where the output cache used to sit: after
/// authentication and the page validators, before the render limit and compression, so a miss is rendered, compressed
/// and stored once per encoding. Signed-in organizers are neither served nor stored for. Requests that miss while the
/// same answer is being rendered wait for it instead of rendering it again: after an organizer's save, a busy page is
/// rendered once, not once per waiting visitor.
/// </summary>
public sealed class CachedAnswers(RequestDelegate next, CachedAnswerStore store)
{
    private readonly ConcurrentDictionary<AnswerKey, TaskCompletionSource<CachedAnswer?>> _rendering = new();

    public async Task InvokeAsync(HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (!IsCacheableRead(context) || context.User.Identity?.IsAuthenticated == true || await AnswerKey.ForAsync(context) is not { } key)
        {
            await next(context);
            return;
        }

        if (store.TryGet(key, out var answer))
        {
            await CachedAnswerWriter.WriteAsync(context, answer, store.AgeOf(answer));
            return;
        }

        // HEAD answers are served from GET's entry but not stored: a feed writes no body for HEAD.
        if (!HttpMethods.IsGet(context.Request.Method))
        {
            await next(context);
            return;
        }

        var mine = new TaskCompletionSource<CachedAnswer?>(TaskCreationOptions.RunContinuationsAsynchronously);
        var first = _rendering.GetOrAdd(key, mine);
        if (first != mine)
        {
            if (await first.Task.WaitAsync(context.RequestAborted) is { } rendered)
            {
                await CachedAnswerWriter.WriteAsync(context, rendered, store.AgeOf(rendered));
                return;
            }

            // The first render was not stored (a 304, say): this request needs its own.
            await next(context);
            return;
        }

        CachedAnswer? stored = null;
        try
        {
            stored = await RenderAndStoreAsync(context, key);
        }
        finally
        {
            _rendering.TryRemove(new KeyValuePair<AnswerKey, TaskCompletionSource<CachedAnswer?>>(key, mine));
            mine.TrySetResult(stored);
        }
    }

    /// <summary>
    /// A read of a cached endpoint by a client that presents no credentials: a cookie may be a signed-in organizer's,
    /// and an Authorization header always asks for the server's own answer.
    /// </summary>
    public static bool IsCacheableRead(HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var request = context.Request;
        return (HttpMethods.IsGet(request.Method) || HttpMethods.IsHead(request.Method))
            && !request.Headers.ContainsKey(HeaderNames.Authorization)
            && context.GetEndpoint()?.Metadata.GetMetadata<CachedAnswerAttribute>() is not null;
    }

    private async Task<CachedAnswer?> RenderAndStoreAsync(HttpContext context, AnswerKey key)
    {
        var generation = store.Generation;
        var bodyFeature = context.Features.Get<IHttpResponseBodyFeature>()!;
        using var capture = new AnswerCapture(bodyFeature.Stream, store.SizeLimit);
        context.Features.Set<IHttpResponseBodyFeature>(new StreamResponseBodyFeature(capture, bodyFeature));
        try
        {
            await next(context);
        }
        finally
        {
            context.Features.Set(bodyFeature);
        }

        if (capture.Body is not { } body || !IsStorable(context.Response, body.Length) || context.RequestAborted.IsCancellationRequested)
        {
            return null;
        }

        var answer = CachedAnswer.From(context.Response.Headers, body, store.Now, key.Size);
        // Waiting requests are served even when the answer came too late to be stored: it is what they asked for.
        store.TryAdd(key, answer, generation);
        return answer;
    }

    /// <summary>Only a whole 200 that sets no cookie and that nothing marked as private or not to be stored.</summary>
    private static bool IsStorable(HttpResponse response, long length)
    {
        if (response.StatusCode != StatusCodes.Status200OK
            || response.Headers.ContainsKey(HeaderNames.SetCookie)
            || (response.ContentLength is { } declared && declared != length))
        {
            return false;
        }

        var cacheControl = response.Headers.CacheControl.ToString();
        return !cacheControl.Contains("no-store", StringComparison.OrdinalIgnoreCase)
            && !cacheControl.Contains("private", StringComparison.OrdinalIgnoreCase);
    }
}
