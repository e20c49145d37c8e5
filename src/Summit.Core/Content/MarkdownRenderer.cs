using System.Text;
using System.Text.RegularExpressions;
using Ganss.Xss;
using Markdig;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace Summit.Core.Content;

/// <summary>
/// Renders organizer-written Markdown for the places Summit shows it: safe HTML for pages, plain text for
/// calendar apps, and a one-line excerpt for schedule cards.
/// </summary>
public static partial class MarkdownRenderer
{
    private static readonly MarkdownPipeline Pipeline = new MarkdownPipelineBuilder()
        .UseAutoLinks()
        .UseEmphasisExtras()
        .UseListExtras()
        .DisableHtml()
        .Build();

    // Configured once and never changed afterwards, which keeps Sanitize safe to call concurrently.
    private static readonly HtmlSanitizer Sanitizer = CreateSanitizer();

    /// <summary>
    /// Sanitized HTML for a Markdown text. Markdig alone still emits javascript: links and data: images,
    /// so every result goes through the sanitizer.
    /// </summary>
    public static string ToSafeHtml(string? markdown)
    {
        if (string.IsNullOrWhiteSpace(markdown))
        {
            return "";
        }

        var html = Markdown.ToHtml(markdown, Pipeline);
        return Sanitizer.Sanitize(html);
    }

    /// <summary>
    /// The text for places that show no markup, such as a calendar event: paragraphs separated by a blank line,
    /// list items kept as "- item" or "1) item", and a link's address after its text.
    /// </summary>
    public static string ToPlainText(string? markdown)
    {
        if (string.IsNullOrWhiteSpace(markdown))
        {
            return "";
        }

        using var text = new PooledText(markdown.Length);
        AppendPlainText(text, markdown);
        return text.ToString();
    }

    /// <summary>Appends <see cref="ToPlainText"/> of the Markdown, without making it a string of its own.</summary>
    internal static void AppendPlainText(PooledText text, string? markdown)
    {
        if (string.IsNullOrWhiteSpace(markdown))
        {
            return;
        }

        var start = text.Length;
        foreach (var block in Markdown.Parse(markdown, Pipeline).Descendants<LeafBlock>())
        {
            var marker = ListMarker(block, out var continuesList);
            var blockStart = text.Length;
            if (blockStart > start)
            {
                text.Append(continuesList ? "\n" : "\n\n");
            }

            text.Append(marker);
            var content = text.Length;
            AppendInlines(block, text, forReading: true);
            text.TrimFrom(content);
            if (text.Length == content)
            {
                // A block without text leaves no marker and no blank line behind.
                text.Truncate(blockStart);
            }
        }
    }

    /// <summary>
    /// The opening of the text without markup, for a schedule card: paragraphs and list items read as one line,
    /// cut at a word boundary to at most <paramref name="maxLength"/> characters.
    /// </summary>
    public static string Excerpt(string? markdown, int maxLength = 240)
    {
        if (string.IsNullOrWhiteSpace(markdown))
        {
            return "";
        }

        var text = new StringBuilder();
        foreach (var block in Markdown.Parse(markdown, Pipeline).Descendants<LeafBlock>())
        {
            var blockText = Whitespace().Replace(BlockText(block, forReading: false), " ").Trim();
            if (blockText.Length == 0)
            {
                continue;
            }

            if (text.Length > 0)
            {
                // List items rarely end in punctuation; a separator keeps them from running together.
                text.Append(EndsSentence(text[^1]) ? " " : "; ");
            }

            text.Append(blockText);
            if (text.Length > maxLength)
            {
                break;
            }
        }

        if (text.Length <= maxLength)
        {
            return text.ToString();
        }

        var all = text.ToString();
        var cut = all.LastIndexOf(' ', maxLength - 1);
        return string.Concat(all.AsSpan(0, cut > maxLength / 2 ? cut : maxLength - 1).TrimEnd(" ;,".AsSpan()), "…");
    }

    private static string ListMarker(LeafBlock block, out bool continuesList)
    {
        continuesList = false;
        if (block.Parent is not ListItemBlock item || item.Parent is not ListBlock list || !ReferenceEquals(item[0], block))
        {
            return "";
        }

        continuesList = list.IndexOf(item) > 0;
        return list.IsOrdered ? $"{item.Order}{list.OrderedDelimiter} " : "- ";
    }

    private static string BlockText(LeafBlock block, bool forReading)
    {
        using var text = new PooledText(64);
        AppendInlines(block, text, forReading);
        return text.ToString();
    }

    private static void AppendInlines(LeafBlock block, PooledText text, bool forReading)
    {
        if (block.Inline is null)
        {
            text.Append(block.Lines.ToString());
            return;
        }

        AppendInlines(block.Inline, text, forReading);
    }

    private static void AppendInlines(ContainerInline container, PooledText text, bool forReading)
    {
        foreach (var inline in container)
        {
            switch (inline)
            {
                case LiteralInline literal:
                    text.Append(literal.Content.AsSpan());
                    break;
                case CodeInline code:
                    text.Append(code.Content);
                    break;
                case AutolinkInline autolink:
                    text.Append(autolink.Url);
                    break;
                case LineBreakInline lineBreak:
                    text.Append(forReading && lineBreak.IsHard ? '\n' : ' ');
                    break;
                case LinkInline link:
                    var start = text.Length;
                    AppendInlines(link, text, forReading);
                    if (forReading && !link.IsAutoLink && link.Url is { Length: > 0 } url && !text.Slice(start).SequenceEqual(url))
                    {
                        text.Append(" (").Append(url).Append(')');
                    }

                    break;
                case ContainerInline nested:
                    AppendInlines(nested, text, forReading);
                    break;
            }
        }
    }

    private static bool EndsSentence(char c) => c is '.' or ':' or '!' or '?' or ';';

    private static HtmlSanitizer CreateSanitizer()
    {
        var sanitizer = new HtmlSanitizer();
        sanitizer.AllowedSchemes.Clear();
        sanitizer.AllowedSchemes.UnionWith(["http", "https", "mailto"]);
        sanitizer.AllowedTags.ExceptWith(["svg", "math", "form", "input", "button", "textarea", "select", "style", "iframe"]);
        sanitizer.AllowedAttributes.ExceptWith(["style", "class", "id"]);
        sanitizer.AllowDataAttributes = false;
        sanitizer.PostProcessNode += (_, e) =>
        {
            // Links point away from Summit; they must not pass our origin or its ranking on.
            if (e.Node is AngleSharp.Dom.IElement { LocalName: "a" } link)
            {
                link.SetAttribute("rel", "nofollow noopener noreferrer");
            }
        };
        return sanitizer;
    }

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();
}
