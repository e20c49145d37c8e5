using System.Security.Claims;
using Microsoft.AspNetCore.Components.Authorization;

namespace Summit.Tests.Organizer.Planner;

/// <summary>A circuit whose organizer is signed out: what a planner left open after signing out elsewhere has.</summary>
internal sealed class SignedOutState : AuthenticationStateProvider
{
    public override Task<AuthenticationState> GetAuthenticationStateAsync() =>
        Task.FromResult(new AuthenticationState(new ClaimsPrincipal(new ClaimsIdentity())));
}
