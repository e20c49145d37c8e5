// The ceiling for .NET on the load test's machine: Kestrel alone, with no middleware, answering each request with
// bytes held in memory (the files of the directory given), Content-Length set and one write, as a cached answer at its
// leanest would be. bench/load/run.sh drives it beside nginx and Summit, so "Summit / nginx" can be read against what
// the runtime itself reaches on the same cores.
//
//   dotnet Summit.Ceiling.dll DIRECTORY [--urls http://127.0.0.1:5394]
if (args.Length == 0 || !Directory.Exists(args[0]))
{
    Console.Error.WriteLine("Give the directory whose files to serve, such as the load test's saved pages.");
    return 2;
}

var files = Directory.GetFiles(args[0]).ToDictionary(
    path => "/" + Path.GetFileName(path),
    path => new StoredFile(File.ReadAllBytes(path), path.EndsWith(".ics", StringComparison.Ordinal) ? "text/calendar; charset=utf-8" : "text/html; charset=utf-8"),
    StringComparer.Ordinal);

var builder = WebApplication.CreateSlimBuilder(args[1..]);
builder.Logging.ClearProviders();
// As Summit's default (PublicCacheOptions.ResponseBufferKilobytes): a page goes out without waiting on the socket halfway.
builder.WebHost.ConfigureKestrel(kestrel => kestrel.Limits.MaxResponseBufferSize = 256 * 1024);
var app = builder.Build();
app.Run(async context =>
{
    if (!files.TryGetValue(context.Request.Path.Value ?? "", out var file))
    {
        context.Response.StatusCode = StatusCodes.Status404NotFound;
        return;
    }

    context.Response.ContentType = file.ContentType;
    context.Response.ContentLength = file.Bytes.Length;
    await context.Response.Body.WriteAsync(file.Bytes, context.RequestAborted);
});
await app.RunAsync();
return 0;

internal sealed record StoredFile(byte[] Bytes, string ContentType);
