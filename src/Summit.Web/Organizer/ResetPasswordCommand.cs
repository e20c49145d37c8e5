namespace Summit.Web.Organizer;

/// <summary>
/// <c>dotnet run --project src/Summit.Web -- reset-password EMAIL</c>: the way back in for an organizer when no other
/// organizer can make them a reset link; the new password is read from standard input.
/// </summary>
public static class ResetPasswordCommand
{
    public const string Name = "reset-password";

    public static Task<int> RunAsync(IServiceProvider services, IReadOnlyList<string> args, TextReader input, TextWriter output) =>
        PasswordCommand.RunAsync(Name, services, args, input, output, OrganizerAccounts.ResetPasswordAsync, user => $"The password of {user.Email} is changed. Two-factor sign-in is off.");
}
