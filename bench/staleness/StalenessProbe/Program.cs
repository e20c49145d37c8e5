// Measures how long a change saved through one path takes to be served by an instance that did not save it.
//   schedule: a session renamed with the app's own save path (SummitDbContext with ScheduleChangeInterceptor, and on
//             PostgreSQL with notifications its pg_notify), as an organizer's save on another instance does; timed
//             from the commit until the reader instance serves the new title on the session's page (cached before).
//   star:     a star toggled through the writer instance's /agenda/star; timed from its answer until the reader
//             instance's personal feed (cached before) has it.
// Usage: StalenessProbe --provider Sqlite|PostgreSQL --connection CS --writer URL --reader URL [--edits 20] [--notify true]
using System.Diagnostics;
using System.Globalization;
using System.Net;
using Microsoft.EntityFrameworkCore;
using Summit.Data;
using Summit.Data.Instances;

var options = Args.Parse(args);
var provider = Enum.Parse<DatabaseProvider>(options["provider"], ignoreCase: true);
var edits = int.Parse(options.GetValueOrDefault("edits", "20"), CultureInfo.InvariantCulture);
var notify = bool.Parse(options.GetValueOrDefault("notify", "true"));
var writer = new Uri(options["writer"]);
var reader = new Uri(options["reader"]);
var interceptor = new ScheduleChangeInterceptor(
    new ScheduleChangeSignal(), new InstanceChanges(), provider == DatabaseProvider.PostgreSQL && notify ? new PostgresChangeBroadcast() : null);
var contextOptions = new DbContextOptionsBuilder<SummitDbContext>()
    .UseSummitDatabase(provider, options["connection"]).AddInterceptors(interceptor).Options;
using var http = new HttpClient(new HttpClientHandler { UseCookies = false, AllowAutoRedirect = false });
var run = Guid.NewGuid().ToString("N")[..6];

string slug;
await using (var db = new SummitDbContext(contextOptions))
{
    slug = await db.Sessions.OrderBy(s => s.Id).Select(s => s.Slug).FirstAsync();
}

var schedule = new List<double>();
for (var i = 1; i <= edits; i++)
{
    // A pause that is not a multiple of the poll, so saves land anywhere in its cycle.
    await Task.Delay(Random.Shared.Next(100, 700));
    var title = $"Staleness probe {run} {i}";
    var page = new Uri(reader, $"sessions/{slug}");
    _ = await http.GetStringAsync(page);
    await using (var db = new SummitDbContext(contextOptions))
    {
        var session = await db.Sessions.SingleAsync(s => s.Slug == slug);
        session.Title = title;
        await db.SaveChangesAsync();
    }

    var committed = Stopwatch.StartNew();
    while (!WebUtility.HtmlDecode(await http.GetStringAsync(page)).Contains(title, StringComparison.Ordinal))
    {
    }

    schedule.Add(committed.Elapsed.TotalMilliseconds);
}

var stars = new List<double>();
var cookie = await StarAsync(http, writer, null, "pki-future", true);
var feed = new Uri(reader, $"agenda/{cookie}/calendar.ics");
for (var i = 1; i <= edits; i++)
{
    await Task.Delay(Random.Shared.Next(100, 700));
    var starring = i % 2 == 1;
    var expected = starring ? 2 : 1;
    _ = await http.GetStringAsync(feed);
    await StarAsync(http, writer, cookie, "keystone-internals", starring);
    var answered = Stopwatch.StartNew();
    while (Events(await http.GetStringAsync(feed)) != expected)
    {
    }

    stars.Add(answered.Elapsed.TotalMilliseconds);
}

Report("schedule edit", schedule);
Report("star", stars);
return 0;

static int Events(string ics) => ics.Split("BEGIN:VEVENT").Length - 1;

static async Task<string> StarAsync(HttpClient http, Uri writer, string? token, string session, bool starred)
{
    using var request = new HttpRequestMessage(HttpMethod.Post, new Uri(writer, "agenda/star"))
    {
        Content = new FormUrlEncodedContent(new Dictionary<string, string> { ["session"] = session, ["starred"] = starred ? "true" : "false" }),
    };
    request.Headers.Add("Sec-Fetch-Site", "same-origin");
    request.Headers.Accept.ParseAdd("application/json");
    if (token is not null)
    {
        request.Headers.Add("Cookie", $"summit_agenda={token}");
    }

    using var response = await http.SendAsync(request);
    response.EnsureSuccessStatusCode();
    return token ?? response.Headers.GetValues("Set-Cookie").Single(c => c.StartsWith("summit_agenda=", StringComparison.Ordinal)).Split(';')[0]["summit_agenda=".Length..];
}

static void Report(string what, List<double> ms)
{
    ms.Sort();
    static string F(double v) => v.ToString("0", CultureInfo.InvariantCulture);
    var p95 = ms[(int)Math.Ceiling(ms.Count * 0.95) - 1];
    Console.WriteLine($"{what,-14} n={ms.Count}  min {F(ms[0])} ms  median {F(ms[ms.Count / 2])} ms  p95 {F(p95)} ms  max {F(ms[^1])} ms");
}

internal static class Args
{
    public static Dictionary<string, string> Parse(string[] args)
    {
        var options = new Dictionary<string, string>(StringComparer.Ordinal);
        for (var i = 0; i + 1 < args.Length; i += 2)
        {
            options[args[i].TrimStart('-')] = args[i + 1];
        }

        return options;
    }
}
