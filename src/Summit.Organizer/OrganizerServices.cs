using Microsoft.Extensions.DependencyInjection;
using Summit.Organizer.Accounts;
using Summit.Organizer.Sessions;

namespace Summit.Organizer;

public static class OrganizerServices
{
    /// <summary>The editing services the organizer pages use; each opens its own database context per operation.</summary>
    public static IServiceCollection AddOrganizerEditing(this IServiceCollection services)
    {
        services.AddOptions<OrganizerSessionOptions>().BindConfiguration(nameof(OrganizerSessionOptions))
            .ValidateDataAnnotations().ValidateOnStart();
        services.AddOptions<OrganizerAccountOptions>().BindConfiguration(OrganizerAccountOptions.Section)
            .ValidateDataAnnotations().ValidateOnStart();
        services.AddOptions<Summit.Core.Planning.PlannerOptions>().BindConfiguration(Summit.Core.Planning.PlannerOptions.Section)
            .ValidateDataAnnotations().ValidateOnStart();
        services.AddOptions<Summit.Core.Import.ImportLimits>().BindConfiguration(Summit.Core.Import.ImportLimits.Section);
        services.AddSingleton<OrganizerSessionStore>();
        services.AddScoped<OrganizerAccess>();
        services.AddScoped<SessionEditor>();
        services.AddScoped<LeadOffers.LeadOfferDesk>();
        services.AddScoped<Structure.StructureEditor>();
        services.AddScoped<EventSettings.EventSettingsEditor>();
        services.AddScoped<Releases.ReleaseDesk>();
        services.AddScoped<Planner.PlannerDesk>();
        services.AddScoped<Import.ImportDesk>();
        services.AddScoped<InvitationService>();
        services.AddScoped<PasswordResetService>();
        services.AddScoped<Team.OrganizerRemoval>();
        return services;
    }
}
