namespace Summit.Web.Calendar;

/// <summary>A feed's UTF-8 bytes with their validators: what a cache of feeds keeps, so a hit neither encodes nor hashes.</summary>
public sealed record IcsBody(byte[] Bytes, FeedValidators Validators)
{
    /// <summary>Its compressed copies, made when first asked for (personal feeds serve them; see <see cref="IcsResponse"/>).</summary>
    public CompressedCopies Compressed { get; } = new(Bytes);

    /// <param name="lastModifiedUtc">The newest change among what the feed shows.</param>
    public static IcsBody Of(byte[] bytes, DateTime lastModifiedUtc)
    {
        ArgumentNullException.ThrowIfNull(bytes);
        return new IcsBody(bytes, FeedValidators.Of(bytes, lastModifiedUtc));
    }
}
