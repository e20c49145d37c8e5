using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using Summit.Organizer;
using Summit.Web.Organizer;

namespace Summit.Tests.Organizer;

public sealed class ResetPasswordCommandTests(OrganizerAppFactory factory) : IClassFixture<OrganizerAppFactory>
{
    private const string OldPassword = "correct horse battery";

    private async Task<string> CreateOrganizerAsync(string name)
    {
        var email = $"{name}-{Guid.NewGuid():N}@example.org";
        await using var scope = factory.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<OrganizerUser>>();
        var user = new OrganizerUser { UserName = email, Email = email, EmailConfirmed = true };
        Assert.True((await users.CreateAsync(user, OldPassword)).Succeeded);
        Assert.True((await users.AddToRoleAsync(user, OrganizerRoles.Organizer)).Succeeded);
        return email;
    }

    private async Task<bool> HasPasswordAsync(string email, string password)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<OrganizerUser>>();
        return await users.CheckPasswordAsync((await users.FindByEmailAsync(email))!, password);
    }

    [Fact]
    public async Task CommandLineSetsTheNewPasswordFromStandardInput()
    {
        // Arrange
        var email = await CreateOrganizerAsync("ops");
        var output = new StringWriter();

        // Act
        var exit = await ResetPasswordCommand.RunAsync(factory.Services, ["reset-password", email], new StringReader("from standard input\n"), output);

        // Assert
        Assert.Equal(0, exit);
        Assert.Contains($"The password of {email} is changed.", output.ToString());
        Assert.True(await HasPasswordAsync(email, "from standard input"));
        Assert.False(await HasPasswordAsync(email, OldPassword));
    }

    [Fact]
    public async Task CommandLineRefusesAnUnknownAddress()
    {
        var output = new StringWriter();

        var exit = await ResetPasswordCommand.RunAsync(factory.Services, ["reset-password", "nobody@example.org"], new StringReader("a long enough password\n"), output);

        Assert.Equal(1, exit);
        Assert.Contains("No organizer has the address nobody@example.org.", output.ToString());
    }

    [Fact]
    public async Task CommandLineRefusesAShortPasswordAndKeepsTheOldOne()
    {
        // Arrange
        var email = await CreateOrganizerAsync("weak");
        var output = new StringWriter();

        // Act
        var exit = await ResetPasswordCommand.RunAsync(factory.Services, ["reset-password", email], new StringReader("elevenchars\n"), output);

        // Assert
        Assert.Equal(1, exit);
        Assert.Contains("Passwords must be at least 12 characters.", output.ToString());
        Assert.True(await HasPasswordAsync(email, OldPassword));
    }

    [Fact]
    public async Task CommandLineWithoutAnAddressShowsItsUsage()
    {
        var output = new StringWriter();

        var exit = await ResetPasswordCommand.RunAsync(factory.Services, ["reset-password"], new StringReader(""), output);

        Assert.Equal(2, exit);
        Assert.Contains("Usage: reset-password EMAIL", output.ToString());
    }
}
