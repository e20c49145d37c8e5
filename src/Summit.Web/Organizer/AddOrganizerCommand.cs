namespace Summit.Web.Organizer;

/// <summary>
/// <c>dotnet run --project src/Summit.Web -- add-organizer EMAIL</c>: adds an organizer for servers and scripts,
/// the password read from standard input.
/// </summary>
public static class AddOrganizerCommand
{
    public const string Name = "add-organizer";

    public static Task<int> RunAsync(IServiceProvider services, IReadOnlyList<string> args, TextReader input, TextWriter output) =>
        PasswordCommand.RunAsync(Name, services, args, input, output, OrganizerAccounts.CreateAsync, user => $"{user.Email} is now an organizer.");
}
