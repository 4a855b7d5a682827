using System.Globalization;
using System.Net;
using System.Text;

namespace VnTechNewsExtractor.Deals;

/// <summary>
/// The investors → investees graph of a deal table as inline SVG, laid out here (no script, no library): investors in
/// a column on the left, investees on the right, one curve per pair, thicker for more deals. The busiest companies
/// only (<c>maxPerSide</c> each side), so that every label stays readable; investees are ordered by the mean position of
/// their investors (one barycentre pass), which keeps most curves from crossing.
/// </summary>
internal static class DealSvgGraph
{
    private const int RowHeight = 22;
    private const int Top = 30;
    private const int Width = 960;
    private const int LeftX = 300;
    private const int RightX = 660;

    public static string Render(IReadOnlyList<Deal> deals, int maxPerSide, Func<string, string> anchorOf)
    {
        var pairs = deals.GroupBy(d => (d.Investor.Name, d.Investee.Name)).Select(g => (g.Key.Item1, g.Key.Item2, Count: g.Count(), Usd: g.Sum(d => d.AmountUsd ?? 0))).ToList();
        var investors = pairs.GroupBy(p => p.Item1).OrderByDescending(g => g.Sum(p => p.Count)).ThenBy(g => g.Key, StringComparer.Ordinal)
            .Take(maxPerSide).Select(g => g.Key).ToList();
        var investorIndex = investors.Select((name, i) => (name, i)).ToDictionary(x => x.name, x => x.i, StringComparer.Ordinal);
        var shown = pairs.Where(p => investorIndex.ContainsKey(p.Item1)).ToList();
        var investees = shown.GroupBy(p => p.Item2)
            .OrderByDescending(g => g.Sum(p => p.Count)).ThenBy(g => g.Key, StringComparer.Ordinal).Take(maxPerSide)
            .OrderBy(g => g.Average(p => investorIndex[p.Item1])).ThenBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => g.Key).ToList();
        var investeeIndex = investees.Select((name, i) => (name, i)).ToDictionary(x => x.name, x => x.i, StringComparer.Ordinal);
        shown = shown.Where(p => investeeIndex.ContainsKey(p.Item2)).ToList();
        int rows = Math.Max(investors.Count, investees.Count);
        int height = Top * 2 + Math.Max(1, rows) * RowHeight;
        double Y(int index, int count) => Top + (rows - count) * RowHeight / 2.0 + index * RowHeight + RowHeight / 2.0;

        var c = CultureInfo.InvariantCulture;
        var svg = new StringBuilder();
        svg.Append(c, $"<svg id=\"deal-graph\" xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 {Width} {height}\" width=\"{Width}\" height=\"{height}\" role=\"img\" aria-label=\"Investors and the companies they invested in\">");
        svg.Append(c, $"<text x=\"{LeftX}\" y=\"18\" text-anchor=\"end\" class=\"g-head\">Investors</text><text x=\"{RightX}\" y=\"18\" class=\"g-head\">Investees</text>");
        int maxCount = shown.Count == 0 ? 1 : shown.Max(p => p.Count);
        foreach (var p in shown.OrderBy(p => p.Count))
        {
            double y1 = Y(investorIndex[p.Item1], investors.Count), y2 = Y(investeeIndex[p.Item2], investees.Count);
            double width = 1.5 + 4.5 * (p.Count - 1) / Math.Max(1, maxCount - 1);
            double mid = (LeftX + RightX) / 2.0;
            svg.Append(c, $"<path class=\"g-edge\" d=\"M{LeftX + 8},{y1:F1} C{mid:F1},{y1:F1} {mid:F1},{y2:F1} {RightX - 8},{y2:F1}\" stroke-width=\"{width:F1}\">");
            svg.Append(c, $"<title>{E(p.Item1)} → {E(p.Item2)}: {p.Count} deal(s)</title></path>");
        }
        for (int i = 0; i < investors.Count; i++) Node(svg, investors[i], LeftX, Y(i, investors.Count), "end", anchorOf);
        for (int i = 0; i < investees.Count; i++) Node(svg, investees[i], RightX, Y(i, investees.Count), "start", anchorOf);
        svg.Append("</svg>");
        return svg.ToString();
    }

    private static void Node(StringBuilder svg, string name, int x, double y, string anchor, Func<string, string> anchorOf)
    {
        var c = CultureInfo.InvariantCulture;
        var label = name.Length > 34 ? name[..33] + "…" : name;
        int dx = anchor == "end" ? -6 : 6;
        svg.Append(c, $"<a href=\"#{E(anchorOf(name))}\"><circle class=\"g-node\" cx=\"{x}\" cy=\"{y:F1}\" r=\"4\"/>");
        svg.Append(c, $"<text x=\"{x + dx}\" y=\"{y + 4:F1}\" text-anchor=\"{anchor}\"><title>{E(name)}</title>{E(label)}</text></a>");
    }

    private static string E(string s) => WebUtility.HtmlEncode(s);
}
