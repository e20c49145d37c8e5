using Summit.Organizer;
using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;
using Summit.Data;
using Summit.Organizer.Accounts;
using Summit.Organizer.Accounts.Passwords;
using Summit.Web.Organizer.SignIn;

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
                // Length (OrganizerAccounts:MinimumPasswordLength, below) and a common-password list over
                // composition rules (NIST SP 800-63B).
                options.Password.RequireNonAlphanumeric = false;
                options.Password.RequireUppercase = false;
                options.Password.RequireLowercase = false;
                options.Password.RequireDigit = false;
                // No lockout: it let anyone keep an organizer out with wrong passwords. Sign-in is throttled instead.
                options.Lockout.AllowedForNewUsers = false;
            })
            .AddRoles<IdentityRole>()
            .AddEntityFrameworkStores<SummitDbContext>()
            .AddSignInManager()
            .AddDefaultTokenProviders()
            .AddPasswordValidator<CommonPasswordValidator>();
        services.AddOptions<IdentityOptions>().Configure<IOptions<OrganizerAccountOptions>>(
            (options, accounts) => options.Password.RequiredLength = accounts.Value.MinimumPasswordLength);
        services.AddSingleton(_ => CommonPasswords.LoadEmbedded());
        services.AddOrganizerSignIn();

        services.ConfigureApplicationCookie(options =>
        {
            options.Cookie.Name = "summit_auth";
            options.Cookie.HttpOnly = true;
            options.Cookie.SameSite = SameSiteMode.Lax;
            options.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
            options.LoginPath = "/account/login";
            options.LogoutPath = "/account/logout";
            options.SlidingExpiration = true;
            SessionCookie.Track(options.Events);

            // Signed in without the role: a plain 403 (with the status page), not a redirect loop.
            options.Events.OnRedirectToAccessDenied = context =>
            {
                context.Response.StatusCode = StatusCodes.Status403Forbidden;
                return Task.CompletedTask;
            };

            // On the sign-in and sign-out paths the handler follows ReturnUrl itself, before the page sees it: a
            // value that is not a plain local path (another host, or characters a Location header cannot carry,
            // which made Kestrel answer 500) is left to the page, which falls back to a safe address.
            options.Events.OnRedirectToReturnUrl = context =>
            {
                if (LocalUrls.IsLocal(context.RedirectUri))
                {
                    context.Response.Redirect(context.RedirectUri);
                }

                return Task.CompletedTask;
            };
        });

        services.AddOptions<CookieAuthenticationOptions>(IdentityConstants.ApplicationScheme).Configure<IOptions<OrganizerSessionOptions>>(
            (options, sessions) => options.ExpireTimeSpan = sessions.Value.SignInLifetime);

        // A reset password renews the security stamp; cookies are checked against it this often
        // (OrganizerSessionOptions:SecurityStampInterval), rather than the default half hour.
        services.AddOptions<SecurityStampValidatorOptions>().Configure<IOptions<OrganizerSessionOptions>>((options, sessions) =>
        {
            options.ValidationInterval = sessions.Value.SecurityStampInterval;
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
