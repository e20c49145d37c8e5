namespace Summit.Core.Import.Reading;

/// <summary>
/// Thrown deep inside a reader when the whole file must be refused (too many sessions, nested too deeply, a quote that
/// never closes); the reader turns it into <see cref="ImportRead.Refuse"/> with this message, which the user reads.
/// </summary>
internal sealed class ImportRefusal(string message) : Exception(message);
