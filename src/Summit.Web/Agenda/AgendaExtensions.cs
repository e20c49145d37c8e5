namespace Summit.Web.Agenda;

public static class AgendaExtensions
{
    public static IHostApplicationBuilder AddAgenda(this IHostApplicationBuilder builder)
    {
        builder.Services.AddScoped<AgendaStore>();
        builder.Services.AddSingleton(TimeProvider.System);
        return builder;
    }
}
