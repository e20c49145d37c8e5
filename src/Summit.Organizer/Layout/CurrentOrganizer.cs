using Microsoft.AspNetCore.Components.Authorization;

namespace Summit.Organizer.Layout;

/// <summary>Who is editing, as the history records it.</summary>
public static class CurrentOrganizer
{
    public static async Task<string> NameAsync(Task<AuthenticationState>? state)
    {
        var user = state is null ? null : (await state).User;
        return user?.Identity?.Name ?? "unknown organizer";
    }
}
