using AngleSharp.Dom;

namespace VnTechNewsExtractor.Pages;

/// <summary>Small DOM helpers the readers share.</summary>
internal static class ElementExtensions
{
    /// <summary>How many children of <paramref name="e"/> are not in <paramref name="removed"/>.</summary>
    public static int ElementCount(this IElement e, HashSet<IElement> removed)
    {
        int n = 0;
        foreach (var child in e.ChildNodes)
            if (child is IElement element && !removed.Contains(element)) n++;
        return n;
    }
}
