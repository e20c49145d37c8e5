using MudBlazor.Services;
using Summit.Web.Agenda;
using Summit.Web.Calendar;
using Summit.Web.Components;
using Summit.Data;
using Summit.Web.Data;
using Summit.Web.Organizer;
using Summit.Web.Schedule;

var builder = WebApplication.CreateBuilder(args);

builder.AddSummitData();
builder.AddSchedule();
builder.AddAgenda();
builder.AddOrganizer();
// No interactive render mode yet: configuring one makes .NET 10 put a per-visitor antiforgery token and
// component state into every page, public ones included, which would make the shared schedule uncacheable.
builder.Services.AddRazorComponents().AddInteractiveServerComponents();
builder.Services.AddMudServices();

var app = builder.Build();

if (!await app.TryPrepareDatabaseAsync())
{
    return 1;
}

// A command is the first argument: "dotnet run --project src/Summit.Web -- add-organizer EMAIL".
var command = args is [var first, ..] && !first.StartsWith('-') && !first.Contains('=', StringComparison.Ordinal) ? first : null;
await app.PrepareOrganizersAsync(announceSetupLink: command is null);
if (command == AddOrganizerCommand.Name)
{
    return await AddOrganizerCommand.RunAsync(app.Services, args, Console.In, Console.Out);
}

if (command is not null)
{
    await Console.Error.WriteLineAsync($"Unknown command “{command}”. Commands: {AddOrganizerCommand.Name} EMAIL.");
    return 2;
}

if (!app.Environment.IsDevelopment())
{
    app.UseExceptionHandler("/error", createScopeForErrors: true);
    app.UseHsts();
}

app.UseStatusCodePagesWithReExecute("/status/{0}", createScopeForStatusCodePages: true);
app.UseAuthentication();
app.UseAuthorization();
app.UseAntiforgery();

app.MapStaticAssets();
app.MapHealthChecks("/healthz");
app.MapCalendar();
app.MapAgenda();
app.MapAccount();
app.MapRazorComponents<App>();
app.MapRazorComponents<Summit.Organizer.OrganizerApp>().AddInteractiveServerRenderMode();

await app.RunAsync();
return 0;
