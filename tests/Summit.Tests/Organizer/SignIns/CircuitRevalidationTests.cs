using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Summit.Organizer.Accounts;
using Summit.Organizer.Team;

namespace Summit.Tests.Organizer.SignIns;

/// <summary>An open organizer page (a live circuit) notices that its sign-in ended, without anyone saving.</summary>
public sealed class CircuitRevalidationTests : IAsyncLifetime
{
    private static readonly DateTimeOffset Now = new(2026, 12, 2, 9, 0, 0, TimeSpan.Zero);

    // Short, so the check comes at once; the test waits for the state change, not for a time.
    private static readonly OrganizerSessionOptions Often = new() { RevalidationInterval = TimeSpan.FromMilliseconds(20) };

    private TestDatabase _database = null!;

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public async ValueTask InitializeAsync() => _database = await TestDatabase.CreateAsync(seed: false);

    public async ValueTask DisposeAsync() => await _database.DisposeAsync();

    [Fact]
    public async Task AnOpenPageIsSignedOutWhenItsSignInIsRevokedFromAnotherDevice()
    {
        // Arrange
        var store = SignInRecords.Store(_database, new FixedTimeProvider(Now), Often);
        var userId = await SignInRecords.CreateAccountAsync(_database, "ada@example.org");
        var laptop = await SignInRecords.SignInAsync(_database, store, userId);
        var phone = await SignInRecords.SignInAsync(_database, store, userId);
        using var circuit = new OrganizerAuthenticationStateProvider(NullLoggerFactory.Instance, store, Options.Create(Often));
        var signedOut = SignedOutSignal(circuit);
        circuit.SetAuthenticationState(Task.FromResult(new AuthenticationState(laptop)));

        // Act: the phone signs the laptop out
        Assert.Equal(1, await store.RevokeOthersAsync(userId, SessionClaims.SessionIdOf(phone)!, Ct));

        // Assert
        var state = await signedOut.WaitAsync(TimeSpan.FromSeconds(15), Ct);
        Assert.False(state.User.Identity?.IsAuthenticated);
    }

    [Fact]
    public async Task AnOpenPageIsSignedOutWhenItsOrganizerIsRemoved()
    {
        // Arrange
        var clock = new FixedTimeProvider(Now);
        var store = SignInRecords.Store(_database, clock, Often);
        var userId = await SignInRecords.CreateAccountAsync(_database, "ada@example.org");
        await SignInRecords.CreateAccountAsync(_database, "grace@example.org");
        var principal = await SignInRecords.SignInAsync(_database, store, userId);
        using var circuit = new OrganizerAuthenticationStateProvider(NullLoggerFactory.Instance, store, Options.Create(Often));
        var signedOut = SignedOutSignal(circuit);
        circuit.SetAuthenticationState(Task.FromResult(new AuthenticationState(principal)));

        // Act
        var removal = new OrganizerRemoval(new TestDbContextFactory(_database), clock, NullLogger<OrganizerRemoval>.Instance);
        Assert.Equal(RemovalResult.Removed, await removal.RemoveAsync(userId, "grace@example.org", Ct));

        // Assert
        var state = await signedOut.WaitAsync(TimeSpan.FromSeconds(15), Ct);
        Assert.False(state.User.Identity?.IsAuthenticated);
    }

    [Fact]
    public async Task AnOpenPageWhoseSignInStandsStaysSignedIn()
    {
        // Arrange
        var store = SignInRecords.Store(_database, new FixedTimeProvider(Now), Often);
        var userId = await SignInRecords.CreateAccountAsync(_database, "ada@example.org");
        var principal = await SignInRecords.SignInAsync(_database, store, userId);
        using var circuit = new OrganizerAuthenticationStateProvider(NullLoggerFactory.Instance, store, Options.Create(Often));
        circuit.SetAuthenticationState(Task.FromResult(new AuthenticationState(principal)));

        // Act: what each revalidation asks
        var active = await store.IsActiveAsync(principal, requireOrganizer: true, Ct);

        // Assert
        Assert.True(active);
        Assert.True((await circuit.GetAuthenticationStateAsync()).User.Identity?.IsAuthenticated);
    }

    private static Task<AuthenticationState> SignedOutSignal(AuthenticationStateProvider circuit)
    {
        var signal = new TaskCompletionSource<AuthenticationState>(TaskCreationOptions.RunContinuationsAsynchronously);
        circuit.AuthenticationStateChanged += async task =>
        {
            var state = await task;
            if (state.User.Identity?.IsAuthenticated != true)
            {
                signal.TrySetResult(state);
            }
        };
        return signal.Task;
    }
}
