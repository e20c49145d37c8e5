using System.Reflection;
using System.Text.Json;
using Microsoft.AspNetCore.Http.Json;
using Microsoft.AspNetCore.Http.Metadata;
using Microsoft.Extensions.Options;
using Summit.Web.Caching;
using Summit.Web.Calendar;

namespace Summit.Web.Api;

/// <summary>
/// An API answer as JSON with the validators the iCal feeds have (<see cref="FeedValidators"/>), answering a
/// conditional GET with 304: apps poll the schedule, and an unchanged one must cost them nothing. Serialized with the
/// app's JSON options, the ones the OpenAPI document describes.
/// </summary>
/// <param name="lastModifiedUtc">The newest change among what the answer shows.</param>
public sealed class ApiJson<T>(T value, DateTime lastModifiedUtc) : IResult, IEndpointMetadataProvider, IStatusCodeHttpResult, IValueHttpResult, IValueHttpResult<T>
{
    public const string ContentType = "application/json; charset=utf-8";

    public T Value { get; } = value;

    object? IValueHttpResult.Value => Value;

    public int? StatusCode => StatusCodes.Status200OK;

    public Task ExecuteAsync(HttpContext httpContext)
    {
        ArgumentNullException.ThrowIfNull(httpContext);
        var options = httpContext.RequestServices.GetRequiredService<IOptions<JsonOptions>>().Value.SerializerOptions;
        var body = JsonSerializer.SerializeToUtf8Bytes(Value, options);
        return ValidatedBody.WriteAsync(httpContext, body, FeedValidators.Of(body, lastModifiedUtc), ContentType);
    }

    public static void PopulateMetadata(MethodInfo method, EndpointBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.Metadata.Add(new ProducesResponseTypeMetadata(StatusCodes.Status200OK, typeof(T), ["application/json"]));
        builder.Metadata.Add(new ProducesResponseTypeMetadata(StatusCodes.Status304NotModified));
    }
}
