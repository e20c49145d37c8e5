using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.Options;

namespace Summit.Web.Infrastructure;

/// <summary>
/// Reads a posted form before the antiforgery check and the endpoints do, so a form beyond the server's limits (too
/// many fields, a value too long, a body larger than the server takes) is answered 400 or 413 with a reason wherever
/// it is sent, instead of throwing in an endpoint that reads the form itself. The form is read once: the endpoints
/// get the same parsed copy.
/// </summary>
public static class OverLimitForms
{
    public static IApplicationBuilder UseOverLimitForms(this IApplicationBuilder app) =>
        app.Use(async (context, next) =>
        {
            if (context.Request.HasFormContentType && !await TryReadFormAsync(context))
            {
                return;
            }

            await next(context);
        });

    private static async Task<bool> TryReadFormAsync(HttpContext context)
    {
        string detail;
        int status;
        try
        {
            await context.Request.ReadFormAsync(context.RequestAborted);
            return true;
        }
        catch (BadHttpRequestException ex)
        {
            // The server's own limits (Kestrel's request body size): 413 for a body too large.
            status = ex.StatusCode;
            detail = status == StatusCodes.Status413PayloadTooLarge
                ? "The form is too large for this server."
                : "The form could not be read: " + ex.Message;
        }
        catch (InvalidDataException)
        {
            var limits = context.RequestServices.GetRequiredService<IOptions<FormOptions>>().Value;
            status = StatusCodes.Status400BadRequest;
            detail = $"The form could not be read: it is malformed or too large (at most {limits.ValueCountLimit} fields, "
                + $"{limits.ValueLengthLimit / 1024 / 1024} MB in one field).";
        }

        await TypedResults.Problem(detail, statusCode: status).ExecuteAsync(context);
        return false;
    }
}
