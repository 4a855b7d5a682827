namespace VnTechNewsExtractor.Pages;

/// <summary>One line of a site description file: <c>host&lt;TAB&gt;field&lt;TAB&gt;value</c>.</summary>
/// <param name="Host">The site's host (without www.), or "*" for what applies to every site.</param>
/// <param name="Field">What the value describes ("title", "list-item", "junk-classes" ...).</param>
/// <param name="Value">A CSS selector or a space-separated list.</param>
/// <param name="Where">The file and line, for errors.</param>
internal readonly record struct SiteLine(string Host, string Field, string Value, string Where);
