using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Net.Http.Headers;
using Summit.Web.Caching;

namespace Summit.Tests.Caching;

/// <summary>A stored answer goes out as a static file server sends a file: headers with its length, then one write.</summary>
public sealed class CachedAnswerWriterTests
{
    private static readonly byte[] Body = "<html>the schedule</html>"u8.ToArray();

    private static CachedAnswer Stored() => CachedAnswer.From(
        new HeaderDictionary
        {
            [HeaderNames.ContentType] = "text/html; charset=utf-8",
            [HeaderNames.ETag] = "W/\"v1\"",
            [HeaderNames.LastModified] = "Tue, 01 Dec 2026 10:00:00 GMT",
            [HeaderNames.CacheControl] = "public, no-cache",
            [HeaderNames.Vary] = "Accept-Encoding",
            [HeaderNames.Date] = "Tue, 01 Dec 2026 10:00:00 GMT",
            [HeaderNames.ContentSecurityPolicy] = "default-src 'self'",
        },
        Body,
        storedAt: 0,
        keySize: 64);

    private static (DefaultHttpContext Context, CountingStream Sent) Request(string method = "GET")
    {
        var context = new DefaultHttpContext();
        context.Request.Method = method;
        var sent = new CountingStream();
        context.Features.Set<IHttpResponseBodyFeature>(new StreamResponseBodyFeature(sent));
        return (context, sent);
    }

    [Fact]
    public async Task AHitIsSentWithItsContentLengthInOneWrite()
    {
        // Arrange
        var (context, sent) = Request();

        // Act
        await CachedAnswerWriter.WriteAsync(context, Stored(), TimeSpan.FromSeconds(42));

        // Assert
        Assert.Equal(StatusCodes.Status200OK, context.Response.StatusCode);
        Assert.Equal(Body.Length, context.Response.ContentLength);
        Assert.Equal(1, sent.Writes);
        Assert.Equal(Body, sent.ToArray());
        Assert.Equal("42", context.Response.Headers.Age);
        Assert.Equal("W/\"v1\"", context.Response.Headers.ETag);
    }

    [Fact]
    public async Task ALargeBodyIsSentWholeInPiecesAConnectionCanHold()
    {
        // Arrange: a body the size of a 2,000-session event's full feed
        var large = new byte[3_400_000];
        Random.Shared.NextBytes(large);
        var stored = CachedAnswer.From(new HeaderDictionary { [HeaderNames.ContentType] = "text/calendar; charset=utf-8" }, large, storedAt: 0, keySize: 64);
        var (context, sent) = Request();

        // Act
        await CachedAnswerWriter.WriteAsync(context, stored, TimeSpan.Zero);

        // Assert
        Assert.Equal(large.Length, context.Response.ContentLength);
        Assert.Equal(large, sent.ToArray());
        Assert.True(sent.LargestWrite <= CachedAnswerWriter.LargestWrite, $"The largest write was {sent.LargestWrite} bytes.");
    }

    [Fact]
    public async Task WhatIsComputedPerResponseIsNotRepeatedFromTheStoredCopy()
    {
        // Arrange
        var (context, _) = Request();

        // Act
        await CachedAnswerWriter.WriteAsync(context, Stored(), TimeSpan.Zero);

        // Assert: the server writes Date, and the security headers are recomputed for every response
        Assert.False(context.Response.Headers.ContainsKey(HeaderNames.Date));
        Assert.False(context.Response.Headers.ContainsKey(HeaderNames.ContentSecurityPolicy));
    }

    [Fact]
    public async Task HeadGetsTheHeadersAndLengthWithoutTheBody()
    {
        // Arrange
        var (context, sent) = Request("HEAD");

        // Act
        await CachedAnswerWriter.WriteAsync(context, Stored(), TimeSpan.Zero);

        // Assert
        Assert.Equal(Body.Length, context.Response.ContentLength);
        Assert.Equal(0, sent.Writes);
    }

    [Theory]
    [InlineData("W/\"v1\"")]
    [InlineData("*")]
    public async Task AClientHoldingTheStoredCopyGets304WithItsValidators(string ifNoneMatch)
    {
        // Arrange
        var (context, sent) = Request();
        context.Request.Headers.IfNoneMatch = ifNoneMatch;

        // Act
        await CachedAnswerWriter.WriteAsync(context, Stored(), TimeSpan.Zero);

        // Assert
        Assert.Equal(StatusCodes.Status304NotModified, context.Response.StatusCode);
        Assert.Equal(0, sent.Writes);
        Assert.Equal("W/\"v1\"", context.Response.Headers.ETag);
        Assert.Equal("public, no-cache", context.Response.Headers.CacheControl);
        Assert.False(context.Response.Headers.ContainsKey(HeaderNames.ContentType));
    }

    /// <summary>Counts the writes a response body gets and keeps what they wrote.</summary>
    private sealed class CountingStream : Stream
    {
        private readonly List<byte> _bytes = [];

        public int Writes { get; private set; }

        public int LargestWrite { get; private set; }

        public override bool CanRead => false;

        public override bool CanSeek => false;

        public override bool CanWrite => true;

        public override long Length => _bytes.Count;

        public override long Position
        {
            get => _bytes.Count;
            set => throw new NotSupportedException();
        }

        public byte[] ToArray() => [.. _bytes];

        public override void Write(byte[] buffer, int offset, int count) => Write(buffer.AsSpan(offset, count));

        public override void Write(ReadOnlySpan<byte> buffer)
        {
            Writes++;
            LargestWrite = Math.Max(LargestWrite, buffer.Length);
            _bytes.AddRange(buffer);
        }

        public override Task WriteAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken)
        {
            Write(buffer.AsSpan(offset, count));
            return Task.CompletedTask;
        }

        public override ValueTask WriteAsync(ReadOnlyMemory<byte> buffer, CancellationToken cancellationToken = default)
        {
            Write(buffer.Span);
            return ValueTask.CompletedTask;
        }

        public override void Flush()
        {
        }

        public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();
    }
}
