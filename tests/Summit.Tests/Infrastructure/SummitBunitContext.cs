using Bunit;
using Microsoft.Extensions.DependencyInjection;
using MudBlazor.Services;

namespace Summit.Tests.Infrastructure;

/// <summary>bUnit context with what Summit's components expect: MudBlazor's services and loose JS interop.</summary>
public abstract class SummitBunitContext : BunitContext
{
    protected SummitBunitContext()
    {
        JSInterop.Mode = JSRuntimeMode.Loose;
        Services.AddMudServices();
    }
}
