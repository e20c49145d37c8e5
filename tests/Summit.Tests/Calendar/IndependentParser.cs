using System.Diagnostics;
using System.Text;
using System.Text.Json;

namespace Summit.Tests.Calendar;

/// <summary>
/// Parses a calendar with Python's vobject (Debian's python3-vobject, validation on): a second opinion that
/// shares no code with Ical.Net.
/// </summary>
internal static class IndependentParser
{
    private const string Python = "/usr/bin/python3";

    public sealed record ParsedEvent(
        string Uid, string Summary, string Description, string Location, string Status, int Sequence,
        string Start, string End, string? StartTzid, IReadOnlyList<string> Categories, string Url);

    public sealed record ParsedCalendar(string Name, string? Method, IReadOnlyList<string> Timezones, IReadOnlyList<ParsedEvent> Events);

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public static async Task<ParsedCalendar> ParseAsync(string ics)
    {
        var script = Path.Combine(AppContext.BaseDirectory, "Calendar", "vobject_parse.py");
        var start = new ProcessStartInfo(Python, [script])
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            StandardInputEncoding = new UTF8Encoding(false),
            StandardOutputEncoding = Encoding.UTF8,
        };

        Process process;
        try
        {
            process = Process.Start(start)!;
        }
        catch (System.ComponentModel.Win32Exception)
        {
            throw new InvalidOperationException($"{Python} is missing: install Debian's python3 and python3-vobject (apt-get install -y python3-vobject).");
        }

        using (process)
        {
            await process.StandardInput.WriteAsync(ics);
            process.StandardInput.Close();
            var output = await process.StandardOutput.ReadToEndAsync();
            var error = await process.StandardError.ReadToEndAsync();
            await process.WaitForExitAsync();
            if (error.Contains("No module named 'vobject'", StringComparison.Ordinal))
            {
                throw new InvalidOperationException("python3-vobject is missing: apt-get install -y python3-vobject (.ci/run installs it).");
            }

            Assert.True(process.ExitCode == 0, $"vobject refused the calendar: {error}");
            return JsonSerializer.Deserialize<ParsedCalendar>(output, Json)!;
        }
    }
}
