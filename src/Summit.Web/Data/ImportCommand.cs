using System.Data.Common;
using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Summit.Core.Import;
using Summit.Data.Import;

namespace Summit.Web.Data;

/// <summary>
/// <c>dotnet run --project src/Summit.Web -- import FILE [--dry-run]</c>: imports a schedule.json, schedule.xml, CSV or
/// Summit backup. Prints what it creates, updates, skips and leaves alone; <c>--dry-run</c> prints the same and changes
/// nothing. Exit codes: 0 imported (or nothing to change), 1 refused (the file or the database), 2 usage.
/// </summary>
public static class ImportCommand
{
    public const string Name = "import";

    /// <summary>Who the history names for changes made from the command line.</summary>
    public const string HistoryUser = "import (command line)";

    private const string Usage = "Usage: import FILE [--dry-run]";

    public static async Task<int> RunAsync(IServiceProvider services, IReadOnlyList<string> args, TextWriter output, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(args);
        ArgumentNullException.ThrowIfNull(output);
        if (!TryParse(args, out var path, out var dryRun, out var problem))
        {
            await output.WriteLineAsync(problem);
            await output.WriteLineAsync(Usage);
            return 2;
        }

        var limits = services.GetRequiredService<IConfiguration>().GetSection(ImportLimits.Section).Get<ImportLimits>() ?? new ImportLimits();
        var file = new FileInfo(path);
        if (!file.Exists)
        {
            await output.WriteLineAsync($"There is no file {path}.");
            await output.WriteLineAsync(Usage);
            return 2;
        }

        ImportRead read;
        if (file.Length > limits.MaxFileBytes)
        {
            // Refused before reading it: a file this size is not loaded into memory at all.
            read = ImportRead.Refuse(string.Create(CultureInfo.InvariantCulture,
                $"The file is {file.Length / 1024 / 1024.0:0.#} MB; an import takes at most {limits.MaxFileBytes / 1024 / 1024.0:0.#} MB (Import:MaxFileBytes)."));
        }
        else
        {
            byte[] content;
            try
            {
                content = await File.ReadAllBytesAsync(file.FullName, cancellationToken);
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
            {
                await output.WriteLineAsync($"Nothing was imported: {path} cannot be read ({ex.Message}).");
                return 1;
            }

            read = ScheduleFileReader.Read(content, file.Name, limits);
        }

        return await RunAsync(services, read, file.Name, dryRun, output, cancellationToken);
    }

    /// <summary>Imports (or plans) a file already read; the seam the tests use with documents built in code.</summary>
    internal static async Task<int> RunAsync(IServiceProvider services, ImportRead read, string fileName, bool dryRun, TextWriter output, CancellationToken cancellationToken)
    {
        if (read.Document is not { } document)
        {
            await output.WriteLineAsync($"Nothing was imported: {read.Refusal}");
            return 1;
        }

        await output.WriteLineAsync($"{fileName}: {document.Sessions.Count} session(s) read ({Describe(document.Format)}).");
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<SummitDbContext>();
        ImportPlan plan;
        try
        {
            plan = dryRun
                ? await ScheduleImport.PlanAsync(db, document, cancellationToken)
                : await ScheduleImport.ApplyAsync(db, document, HistoryUser, cancellationToken);
        }
        catch (Exception ex) when (ex is DbException or DbUpdateException or InvalidOperationException)
        {
            await output.WriteLineAsync($"Nothing was imported: the database refused the import ({ex.GetBaseException().Message}).");
            return 1;
        }

        await output.WriteAsync(ImportPlanText.Format(plan, dryRun));
        return 0;
    }

    internal static bool TryParse(IReadOnlyList<string> args, out string path, out bool dryRun, out string problem)
    {
        path = "";
        dryRun = false;
        problem = "";
        foreach (var arg in args.Skip(1))
        {
            if (arg == "--dry-run")
            {
                dryRun = true;
            }
            else if (arg.StartsWith("--", StringComparison.Ordinal))
            {
                problem = $"Unknown option “{arg}”.";
                return false;
            }
            else if (path.Length > 0)
            {
                problem = "Import one file at a time.";
                return false;
            }
            else
            {
                path = arg;
            }
        }

        if (path.Length == 0)
        {
            problem = "Say which file to import.";
            return false;
        }

        return true;
    }

    private static string Describe(ImportFormat format) => format switch
    {
        ImportFormat.ScheduleJson => "c3voc schedule.json",
        ImportFormat.ScheduleXml => "frab schedule.xml",
        ImportFormat.Csv => "CSV",
        _ => "Summit backup",
    };
}
