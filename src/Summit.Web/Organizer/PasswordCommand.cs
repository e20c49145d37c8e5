using Microsoft.AspNetCore.Identity;

namespace Summit.Web.Organizer;

/// <summary>
/// What the account commands share: one EMAIL argument and a password read from standard input, so it never shows
/// in a process list or shell history; errors are printed and give exit code 1, nothing changed.
/// </summary>
internal static class PasswordCommand
{
    public delegate Task<(OrganizerUser? User, IReadOnlyList<string> Errors)> AccountAction(UserManager<OrganizerUser> users, string email, string password);

    public static async Task<int> RunAsync(
        string name, IServiceProvider services, IReadOnlyList<string> args, TextReader input, TextWriter output, AccountAction action, Func<OrganizerUser, string> done)
    {
        if (args.Count != 2 || !args[1].Contains('@', StringComparison.Ordinal))
        {
            await output.WriteLineAsync($"Usage: {name} EMAIL   (the password is read from standard input)");
            return 2;
        }

        if (!Console.IsInputRedirected && ReferenceEquals(input, Console.In))
        {
            await output.WriteAsync("Password: ");
        }

        var password = (await input.ReadLineAsync())?.TrimEnd('\r') ?? "";
        await using var scope = services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<OrganizerUser>>();
        var (user, errors) = await action(users, args[1], password);
        if (user is null)
        {
            foreach (var error in errors)
            {
                await output.WriteLineAsync(error);
            }

            return 1;
        }

        await output.WriteLineAsync(done(user));
        return 0;
    }
}
