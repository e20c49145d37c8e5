using System.Text.RegularExpressions;
using Ganss.Xss;
using Markdig;

namespace Summit.Core.Content;

/// <summary>
/// Renders organizer-written Markdown to HTML that is safe to put on a public page.
/// Markdig alone still emits javascript: links and data: images, so every result goes through the sanitizer.
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

    /// <summary>Sanitized HTML for a Markdown text.</summary>
    public static string ToSafeHtml(string? markdown)
    {
        if (string.IsNullOrWhiteSpace(markdown))
        {
            return "";
        }

        var html = Markdown.ToHtml(markdown, Pipeline);
        return Sanitizer.Sanitize(html);
    }

    /// <summary>The text without markup, whitespace folded, cut at a word boundary to at most <paramref name="maxLength"/> characters.</summary>
    public static string Excerpt(string? markdown, int maxLength = 240)
    {
        if (string.IsNullOrWhiteSpace(markdown))
        {
            return "";
        }

        var text = Whitespace().Replace(Markdown.ToPlainText(markdown, Pipeline), " ").Trim();
        if (text.Length <= maxLength)
        {
            return text;
        }

        var cut = text.LastIndexOf(' ', maxLength - 1);
        return string.Concat(text.AsSpan(0, cut > maxLength / 2 ? cut : maxLength - 1), "…");
    }

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
