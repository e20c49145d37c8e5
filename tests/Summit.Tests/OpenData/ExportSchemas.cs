using System.Diagnostics;
using System.Text;
using System.Text.Json;
using Json.Schema;

namespace Summit.Tests.OpenData;

/// <summary>
/// Checks exports against the published c3voc schemas (<c>Schemas/</c>): the XML with xmllint, as the format's own
/// instructions do, the JSON with JsonSchema.Net. Each assertion names every place the file breaks the schema.
/// </summary>
internal static class ExportSchemas
{
    private const string Xmllint = "/usr/bin/xmllint";

    private static readonly Lazy<JsonSchema> Json = new(() => JsonSchema.FromText(File.ReadAllText(PathOf("c3voc-schedule.schema.json"))));

    private static string PathOf(string name) => Path.Combine(AppContext.BaseDirectory, "OpenData", "Schemas", name);

    public static void AssertValidJson(byte[] json)
    {
        using var document = JsonDocument.Parse(json);
        var results = Json.Value.Evaluate(document.RootElement, new EvaluationOptions { OutputFormat = OutputFormat.List });
        var errors = (results.Details ?? [])
            .Where(d => d.Errors is { Count: > 0 })
            .SelectMany(d => d.Errors!.Select(e => $"{d.InstanceLocation} ({d.EvaluationPath}): {e.Value}"))
            .Take(20)
            .ToList();
        Assert.True(results.IsValid, "schedule.json breaks the c3voc schema:\n" + string.Join('\n', errors));
    }

    public static async Task AssertValidXmlAsync(byte[] xml)
    {
        var start = new ProcessStartInfo(Xmllint, ["--noout", "--nonet", "--schema", PathOf("c3voc-schedule.xml.xsd"), "-"])
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            StandardErrorEncoding = Encoding.UTF8,
        };

        Process process;
        try
        {
            process = Process.Start(start)!;
        }
        catch (System.ComponentModel.Win32Exception)
        {
            throw new InvalidOperationException($"{Xmllint} is missing: install Debian's libxml2-utils (apt-get install -y libxml2-utils; .ci/run installs it).");
        }

        using (process)
        {
            var error = process.StandardError.ReadToEndAsync(TestContext.Current.CancellationToken);
            var output = process.StandardOutput.ReadToEndAsync(TestContext.Current.CancellationToken);
            await process.StandardInput.BaseStream.WriteAsync(xml, TestContext.Current.CancellationToken);
            process.StandardInput.Close();
            await process.WaitForExitAsync(TestContext.Current.CancellationToken);
            await output;
            Assert.True(process.ExitCode == 0, "schedule.xml breaks the c3voc schema:\n" + string.Join('\n', (await error).Split('\n').Take(20)));
        }
    }
}
