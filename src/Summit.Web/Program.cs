using MudBlazor.Services;
using Summit.Web.Agenda;
using Summit.Web.Calendar;
using Summit.Web.Components;
using Summit.Web.Data;
using Summit.Web.Schedule;

var builder = WebApplication.CreateBuilder(args);

builder.AddSummitData();
builder.AddSchedule();
builder.AddAgenda();
builder.Services.AddRazorComponents();
builder.Services.AddMudServices();

var app = builder.Build();

if (!await app.TryPrepareDatabaseAsync())
{
    return 1;
}

if (!app.Environment.IsDevelopment())
{
    app.UseExceptionHandler("/error", createScopeForErrors: true);
    app.UseHsts();
}

app.UseStatusCodePagesWithReExecute("/not-found", createScopeForStatusCodePages: true);
app.UseAntiforgery();

app.MapStaticAssets();
app.MapHealthChecks("/healthz");
app.MapCalendar();
app.MapAgenda();
app.MapRazorComponents<App>();

await app.RunAsync();
return 0;
