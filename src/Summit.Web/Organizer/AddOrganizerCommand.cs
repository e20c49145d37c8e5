using Microsoft.AspNetCore.Identity;

namespace Summit.Web.Organizer;

/// <summary>
/// <c>dotnet run --project src/Summit.Web -- add-organizer EMAIL</c>: adds an organizer for servers and scripts,
/// reading the password from standard input so it never shows in a process list or shell history.
/// </summary>
public static class AddOrganizerCommand
{
    public const string Name = "add-organizer";

    public static async Task<int> RunAsync(IServiceProvider services, IReadOnlyList<string> args, TextReader input, TextWriter output)
    {
        if (args.Count != 2 || !args[1].Contains('@', StringComparison.Ordinal))
        {
            await output.WriteLineAsync("Usage: add-organizer EMAIL   (the password is read from standard input)");
            return 2;
        }

        if (!Console.IsInputRedirected && ReferenceEquals(input, Console.In))
        {
            await output.WriteAsync("Password: ");
        }

        var password = (await input.ReadLineAsync())?.TrimEnd('\r') ?? "";
        await using var scope = services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<OrganizerUser>>();
        var (user, errors) = await OrganizerAccounts.CreateAsync(users, args[1], password);
        if (user is null)
        {
            foreach (var error in errors)
            {
                await output.WriteLineAsync(error);
            }

            return 1;
        }

        await output.WriteLineAsync($"{user.Email} is now an organizer.");
        return 0;
    }
}
