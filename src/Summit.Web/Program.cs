using MudBlazor.Services;
using Summit.Web.Agenda;
using Summit.Web.Api;
using Summit.Web.Caching;
using Summit.Web.Calendar;
using Summit.Web.Changelog;
using Summit.Web.Components;
using Summit.Data;
using Summit.Organizer;
using Summit.Organizer.Import;
using Summit.Web.Data;
using Summit.Web.Filtering;
using Summit.Web.Health;
using Summit.Web.Infrastructure;
using Summit.Web.Instances;
using Summit.Web.LeadOffers;
using Summit.Web.OpenData;
using Summit.Web.Organizer;
using Summit.Web.Published;
using Summit.Web.Schedule;
using Summit.Web.Security;
using Summit.Web.Sharing;

var builder = WebApplication.CreateBuilder(args);

builder.AddRequestSecurity();
builder.AddSummitData();
builder.AddSharedKeyRing();
builder.AddPublishedSchedule();
builder.AddInstances();
builder.AddSchedulePathHealthCheck();
builder.AddAgenda();
builder.AddLeadOffers();
builder.AddCalendar();
builder.AddApi();
builder.AddOrganizer();
builder.Services.AddRazorComponents().AddInteractiveServerComponents();
builder.Services.AddMudServices();
builder.Services.AddPublicCaching();

var app = builder.Build();

// A command is the first argument: "dotnet run --project src/Summit.Web -- add-organizer EMAIL".
var command = args is [var first, ..] && !first.StartsWith('-') && !first.Contains('=', StringComparison.Ordinal) ? first : null;

// An import onto a new database creates the file's event, not the seeded one.
if (!await app.TryPrepareDatabaseAsync(seed: command != ImportCommand.Name))
{
    return 1;
}

await app.PrepareOrganizersAsync(announceSetupLink: command is null);
if (command == AddOrganizerCommand.Name)
{
    return await AddOrganizerCommand.RunAsync(app.Services, args, Console.In, Console.Out);
}

if (command == ResetPasswordCommand.Name)
{
    return await ResetPasswordCommand.RunAsync(app.Services, args, Console.In, Console.Out);
}

if (command == GenerateCommand.Name)
{
    return await GenerateCommand.RunAsync(app.Services, args, Console.Out);
}

if (command == ImportCommand.Name)
{
    return await ImportCommand.RunAsync(app.Services, args, Console.Out);
}

if (command == ExportCommand.Name)
{
    return await ExportCommand.RunAsync(app.Services, args, Console.Out);
}

if (command is not null)
{
    await Console.Error.WriteLineAsync($"Unknown command “{command}”. Commands: {AddOrganizerCommand.Name} EMAIL, {ResetPasswordCommand.Name} EMAIL, {GenerateCommand.Name} --sessions N --rooms R --days D, {ImportCommand.Name} FILE [--dry-run], {ExportCommand.Name} FILE [--force].");
    return 2;
}

app.UseRequestSecurity();
if (!app.Environment.IsDevelopment())
{
    app.UseExceptionHandler("/error", createScopeForErrors: true);
    app.UseHsts();
}

app.UseApiCors();
app.UseEarlyCachedAnswers();
app.UseEarlyAgendaFeeds();

app.UseStatusCodePagesWithReExecute("/status/{0}", createScopeForStatusCodePages: true);
app.UseHeadWithoutBody();
app.UseOverLimitForms();
app.UseAuthentication();
app.UseAuthorization();
app.UseMiddleware<FormerSlugRedirects>();
app.UseMiddleware<FormerFilterRedirects>();
app.UsePublicCaching();
app.UseAntiforgery();

app.MapStaticAssets().CompressPackageAssets();
app.MapHealth();
app.MapCalendar();
app.MapOpenData();
app.MapSharing();
app.MapApi();
app.MapChangelog();
app.MapAgenda();
app.MapAccount();
app.MapOrganizerBackup();

// Two roots on purpose: .NET 10 puts a per-visitor antiforgery token and component state into every page of a
// root that has an interactive render mode. The public pages' root has none, so their HTML is the same for
// everyone and cacheable; the organizer area is interactive.
app.MapRazorComponents<App>();
app.MapRazorComponents<OrganizerApp>().AddInteractiveServerRenderMode();
app.AnswerHeadWhereGetIsAnswered();

await app.RunAsync();
return 0;
