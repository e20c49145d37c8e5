using Summit.Organizer;
using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.AspNetCore.Identity;
using Summit.Data;
using Summit.Organizer.Accounts;

namespace Summit.Web.Organizer;

public static class OrganizerExtensions
{
    public static IHostApplicationBuilder AddOrganizer(this IHostApplicationBuilder builder)
    {
        var services = builder.Services;
        services.AddCascadingAuthenticationState();
        services.AddAuthentication(IdentityConstants.ApplicationScheme).AddIdentityCookies();
        services.AddIdentityCore<OrganizerUser>(options =>
            {
                options.User.RequireUniqueEmail = true;
                // Length over composition rules (NIST SP 800-63B).
                options.Password.RequiredLength = 10;
                options.Password.RequireNonAlphanumeric = false;
                options.Password.RequireUppercase = false;
                options.Password.RequireLowercase = false;
                options.Password.RequireDigit = false;
                options.Lockout.AllowedForNewUsers = true;
                options.Lockout.MaxFailedAccessAttempts = 5;
                options.Lockout.DefaultLockoutTimeSpan = TimeSpan.FromMinutes(15);
            })
            .AddRoles<IdentityRole>()
            .AddEntityFrameworkStores<SummitDbContext>()
            .AddSignInManager()
            .AddDefaultTokenProviders();

        services.ConfigureApplicationCookie(options =>
        {
            options.Cookie.Name = "summit_auth";
            options.Cookie.HttpOnly = true;
            options.Cookie.SameSite = SameSiteMode.Lax;
            options.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
            options.LoginPath = "/account/login";
            options.LogoutPath = "/account/logout";
            options.ExpireTimeSpan = OrganizerSessionStore.SignInLifetime;
            options.SlidingExpiration = true;
            SessionCookie.Track(options.Events);

            // Signed in without the role: a plain 403 (with the status page), not a redirect loop.
            options.Events.OnRedirectToAccessDenied = context =>
            {
                context.Response.StatusCode = StatusCodes.Status403Forbidden;
                return Task.CompletedTask;
            };
        });

        // A reset password renews the security stamp; cookies are checked against it this often, so the old
        // password's sessions end within a minute rather than the default half hour.
        services.Configure<SecurityStampValidatorOptions>(options =>
        {
            options.ValidationInterval = TimeSpan.FromMinutes(1);
            options.OnRefreshingPrincipal = SessionCookie.KeepSessionAsync;
        });

        // Open organizer pages re-check their sign-in; registered before the framework's default so it is the one used.
        services.AddScoped<AuthenticationStateProvider, OrganizerAuthenticationStateProvider>();

        services.AddAuthorizationBuilder()
            .AddPolicy(OrganizerRoles.Policy, policy => policy.RequireRole(OrganizerRoles.Organizer));

        services.AddOrganizerEditing();
        return builder;
    }
}
