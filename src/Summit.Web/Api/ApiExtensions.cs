using System.Text.Json;
using System.Text.Json.Serialization;
using Microsoft.OpenApi;

namespace Summit.Web.Api;

/// <summary>The JSON API's services: its OpenAPI document, its CORS policy and how its JSON is written.</summary>
public static class ApiExtensions
{
    /// <summary>Any origin may read the API and its document; nothing else is shared, and no credentials.</summary>
    public const string CorsPolicy = "public-read";

    /// <summary>Where the OpenAPI document is served.</summary>
    public const string DocumentPath = "/openapi/" + ApiEndpoints.DocumentName + ".json";

    public static IHostApplicationBuilder AddApi(this IHostApplicationBuilder builder)
    {
        var services = builder.Services;
        // Kinds and statuses as the words the filters take ("split", "cancelled"), in the answers and in the document alike.
        // Numbers strictly as numbers: the web defaults also read them from strings, which the document would then
        // describe as "integer or string".
        services.ConfigureHttpJsonOptions(options =>
        {
            options.SerializerOptions.Converters.Add(new JsonStringEnumConverter(JsonNamingPolicy.CamelCase));
            options.SerializerOptions.NumberHandling = JsonNumberHandling.Strict;
        });
        services.AddCors(options => options.AddPolicy(CorsPolicy, policy => policy
            .AllowAnyOrigin()
            .WithMethods(HttpMethods.Get, HttpMethods.Head)
            // If-None-Match is what a browser app revalidates with, and it is not a header CORS lets through unasked.
            .AllowAnyHeader()
            .WithExposedHeaders("ETag", "Location")
            .SetPreflightMaxAge(TimeSpan.FromDays(1))));
        services.AddOpenApi(ApiEndpoints.DocumentName, options =>
        {
            // Only the API: the site's other endpoints (feeds, forms, health) are not part of its contract.
            options.ShouldInclude = description => description.GroupName == ApiEndpoints.DocumentName;
            options.AddDocumentTransformer((document, _, _) =>
            {
                document.Info = new OpenApiInfo
                {
                    Title = "Summit schedule API",
                    Version = ApiEndpoints.DocumentName,
                    Description = "The published schedule, read-only: the event, its days, rooms, tracks, leads and sessions. " +
                        "Answers carry an ETag and Last-Modified and answer If-None-Match with 304. Errors are RFC 9457 problem " +
                        "details. Any origin may read it (CORS). Within v1, fields are only ever added, never renamed, removed or " +
                        "given another meaning.",
                };
                return Task.CompletedTask;
            });
        });
        return builder;
    }

    /// <summary>
    /// Lets other origins read the API. Call it before <c>UseEarlyCachedAnswers</c>: a cached answer served there never
    /// reaches a later middleware, and must carry the CORS headers too.
    /// </summary>
    public static WebApplication UseApiCors(this WebApplication app)
    {
        app.UseCors();
        return app;
    }

    /// <summary>The OpenAPI document of the API at <see cref="DocumentPath"/>.</summary>
    public static IEndpointRouteBuilder MapApiDocument(this IEndpointRouteBuilder app)
    {
        app.MapOpenApi(DocumentPath.Replace(ApiEndpoints.DocumentName, "{documentName}", StringComparison.Ordinal))
            .RequireCors(CorsPolicy)
            .ExcludeFromDescription();
        return app;
    }
}
