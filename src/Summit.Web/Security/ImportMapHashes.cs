using System.Runtime.CompilerServices;
using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.Components;

namespace Summit.Web.Security;

/// <summary>
/// The CSP hash of the import map an endpoint's page writes inline (<c>&lt;ImportMap /&gt;</c>): the same text for
/// every visitor, so the policy allows exactly it without a per-request nonce that would make pages uncacheable.
/// Computed once per map.
/// </summary>
public sealed class ImportMapHashes
{
    private readonly ConditionalWeakTable<ImportMapDefinition, string> _hashes = [];

    /// <summary>The <c>sha256-…</c> source for the endpoint's import map, or null when it writes none.</summary>
    public string? For(HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var map = context.GetEndpoint()?.Metadata.GetMetadata<ImportMapDefinition>();
        return map is null
            ? null
            : _hashes.GetValue(map, static m => "sha256-" + Convert.ToBase64String(SHA256.HashData(Encoding.UTF8.GetBytes(m.ToString()))));
    }
}
