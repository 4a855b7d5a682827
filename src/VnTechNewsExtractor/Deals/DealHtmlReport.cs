using System.Globalization;
using System.Net;

namespace VnTechNewsExtractor.Deals;

/// <summary>
/// The deal table as one self-contained HTML page: no network, no CDN, its style and its few lines of script inline.
/// It holds a sortable table of deals (investor, investee, kind, amount, date, round, confidence, sources as links),
/// the investors → investees graph (inline SVG), totals per investor and per month, and a section per company (invested
/// in, invested by, acquired, acquired by). Everything taken from articles is HTML-escaped, and only http(s) URLs
/// become links.
/// </summary>
/// <remarks>
/// The page records its own script errors: <c>window.onerror</c> sets <c>data-script-errors</c> on the root element,
/// and the script marks a finished start with <c>data-ready="true"</c> on the body after sorting the table by date
/// (newest first); a browser test reads both from the rendered DOM.
/// </remarks>
public static class DealHtmlReport
{
    /// <summary>Companies per side of the graph.</summary>
    public const int GraphCompaniesPerSide = 40;

    /// <summary>Writes the report of <paramref name="deals"/> to <paramref name="writer"/>.</summary>
    /// <param name="writer">Where the page goes (UTF-8 is declared in it).</param>
    /// <param name="deals">The deal table, as <see cref="DealGraph.Build"/> returns it.</param>
    /// <param name="subtitle">A line under the title, such as what was merged; plain text.</param>
    public static void Write(TextWriter writer, IReadOnlyList<Deal> deals, string? subtitle = null)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(deals);
        var c = CultureInfo.InvariantCulture;
        var companies = deals.SelectMany(d => new[] { d.Investor, d.Investee })
            .GroupBy(p => p.Name, StringComparer.Ordinal)
            .Select(g => new DealCompany(g.Key, g.SelectMany(p => p.Aliases).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList()))
            // Case and accents aside, without culture data (the tool runs in invariant-globalisation mode).
            .OrderBy(p => CompanyKey.Of(p.Name), StringComparer.Ordinal).ThenBy(p => p.Name, StringComparer.Ordinal)
            .ToList();
        var anchors = new Dictionary<string, string>(StringComparer.Ordinal);
        for (int i = 0; i < companies.Count; i++) anchors[companies[i].Name] = "c" + (i + 1).ToString(c);
        string AnchorOf(string name) => anchors[name];

        writer.Write("<!doctype html>\n<html lang=\"vi\">\n<head>\n<meta charset=\"utf-8\">\n<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n");
        writer.Write("<title>Deals — vntech</title>\n");
        // First thing: any later script error is recorded where a test (or a curious reader) can see it.
        writer.Write("<script>window.onerror=function(m,s,l){var r=document.documentElement,n=+(r.getAttribute('data-script-errors')||'0').split(':')[0]+1;r.setAttribute('data-script-errors',n+': '+m+' (line '+l+')');};</script>\n");
        writer.Write("<style>\n");
        writer.Write(Style);
        writer.Write("</style>\n</head>\n");
        writer.Write(string.Create(c, $"<body data-deals=\"{deals.Count}\">\n<header>\n<h1>Deals</h1>\n"));
        int sources = deals.Sum(d => d.Sources.Count);
        writer.Write(string.Create(c, $"<p class=\"summary\">{deals.Count} deals, {sources} reports, {companies.Count} companies"));
        if (!string.IsNullOrWhiteSpace(subtitle)) writer.Write(string.Create(c, $" · {E(subtitle)}"));
        writer.Write("</p>\n<nav><a href=\"#deals\">Deal table</a> · <a href=\"#graph\">Graph</a> · <a href=\"#by-investor\">Totals per investor</a> · <a href=\"#by-month\">Totals per month</a> · <a href=\"#companies\">Companies</a></nav>\n</header>\n<main>\n");

        // The table.
        writer.Write("<section id=\"deals\">\n<h2>Deal table</h2>\n<p><input id=\"filter\" type=\"search\" placeholder=\"Filter rows (any text)\" aria-label=\"Filter rows\"> <span class=\"hint\">Click a column heading to sort.</span></p>\n");
        writer.Write("<table id=\"deal-table\">\n<thead><tr>");
        foreach (var (label, type) in new[] { ("Investor", "text"), ("Investee", "text"), ("Kind", "text"), ("Amount (USD)", "num"), ("Date", "text"), ("Round", "text"), ("Confidence", "num"), ("Sources", "num") })
            writer.Write(string.Create(c, $"<th data-type=\"{type}\" tabindex=\"0\">{label}</th>"));
        writer.Write("</tr></thead>\n<tbody>\n");
        foreach (var d in deals)
        {
            writer.Write(string.Create(c, $"<tr id=\"deal-{E(d.Id)}\" class=\"deal\">"));
            writer.Write(string.Create(c, $"<td data-sort=\"{E(d.Investor.Name.ToLowerInvariant())}\"><a href=\"#{AnchorOf(d.Investor.Name)}\">{E(d.Investor.Name)}</a></td>"));
            writer.Write(string.Create(c, $"<td data-sort=\"{E(d.Investee.Name.ToLowerInvariant())}\"><a href=\"#{AnchorOf(d.Investee.Name)}\">{E(d.Investee.Name)}</a></td>"));
            writer.Write(string.Create(c, $"<td data-sort=\"{Kind(d.Kind)}\"><span class=\"kind {Kind(d.Kind)}\">{Kind(d.Kind)}</span></td>"));
            writer.Write(string.Create(c, $"<td data-sort=\"{(d.AmountUsd ?? -1).ToString(c)}\">{AmountCell(d)}</td>"));
            writer.Write(string.Create(c, $"<td data-sort=\"{E(d.Date ?? "")}\">{E(d.Date ?? "")}{(d.DateFrom == "publishedAt" ? "<span class=\"hint\" title=\"publication date of the first report\"> (pub.)</span>" : "")}</td>"));
            writer.Write(string.Create(c, $"<td data-sort=\"{E(d.Round ?? "")}\">{E(d.Round ?? "")}{(d.StakePercent is { } s ? $" <span class=\"hint\">{s.ToString("0.##", c)}%</span>" : "")}</td>"));
            writer.Write(string.Create(c, $"<td data-sort=\"{d.Confidence.ToString(c)}\">{d.Confidence.ToString("0.00", c)}</td>"));
            writer.Write(string.Create(c, $"<td data-sort=\"{d.Sources.Count}\" class=\"sources\">"));
            foreach (var source in d.Sources) writer.Write(SourceLink(source));
            writer.Write("</td></tr>\n");
        }
        writer.Write("</tbody>\n</table>\n</section>\n");

        // The graph.
        writer.Write(string.Create(c, $"<section id=\"graph\">\n<h2>Investors → investees</h2>\n<p class=\"hint\">The {GraphCompaniesPerSide} most active investors and their investees; a thicker line is more deals. Click a name for its section.</p>\n"));
        writer.Write(DealSvgGraph.Render(deals, GraphCompaniesPerSide, AnchorOf));
        writer.Write("\n</section>\n");

        // Totals.
        writer.Write("<section id=\"by-investor\">\n<h2>Totals per investor</h2>\n<table class=\"totals\" id=\"investor-totals\"><thead><tr><th>Investor</th><th>Deals</th><th>With a USD figure</th><th>Total (USD)</th></tr></thead><tbody>\n");
        foreach (var g in deals.GroupBy(d => d.Investor.Name, StringComparer.Ordinal)
                     .OrderByDescending(g => g.Sum(d => d.AmountUsd ?? 0)).ThenByDescending(g => g.Count()).ThenBy(g => g.Key, StringComparer.Ordinal))
        {
            writer.Write(string.Create(c, $"<tr><td><a href=\"#{AnchorOf(g.Key)}\">{E(g.Key)}</a></td><td>{g.Count()}</td><td>{g.Count(d => d.AmountUsd is not null)}</td><td>{Usd(g.Sum(d => d.AmountUsd ?? 0))}</td></tr>\n"));
        }
        writer.Write("</tbody></table>\n</section>\n");
        writer.Write("<section id=\"by-month\">\n<h2>Totals per month</h2>\n<table class=\"totals\" id=\"month-totals\"><thead><tr><th>Month</th><th>Deals</th><th>With a USD figure</th><th>Total (USD)</th></tr></thead><tbody>\n");
        foreach (var g in deals.GroupBy(d => MonthOf(d.Date), StringComparer.Ordinal).OrderByDescending(g => g.Key, StringComparer.Ordinal))
        {
            writer.Write(string.Create(c, $"<tr><td>{E(g.Key)}</td><td>{g.Count()}</td><td>{g.Count(d => d.AmountUsd is not null)}</td><td>{Usd(g.Sum(d => d.AmountUsd ?? 0))}</td></tr>\n"));
        }
        writer.Write("</tbody></table>\n<p class=\"hint\">A deal dated only to the year is counted under the year. USD figures: the article's own, or the yearly average rate (see each deal's amount).</p>\n</section>\n");

        // Companies.
        writer.Write("<section id=\"companies\">\n<h2>Companies</h2>\n");
        // Looked up, not searched: a table of 30,000 deals has some 16,000 companies.
        var asInvestor = deals.ToLookup(d => d.Investor.Name, StringComparer.Ordinal);
        var asInvestee = deals.ToLookup(d => d.Investee.Name, StringComparer.Ordinal);
        foreach (var company in companies)
        {
            writer.Write(string.Create(c, $"<section class=\"company\" id=\"{AnchorOf(company.Name)}\">\n<h3>{E(company.Name)}</h3>\n"));
            if (company.Aliases.Count > 0) writer.Write(string.Create(c, $"<p class=\"aliases\">Also: {E(string.Join(", ", company.Aliases))}</p>\n"));
            bool Acq(Deal d) => d.Kind == InvestmentKind.Acquisition;
            List(writer, "Invested in", "invested-in", asInvestor[company.Name].Where(d => !Acq(d)), d => d.Investee.Name, AnchorOf);
            List(writer, "Invested by", "invested-by", asInvestee[company.Name].Where(d => !Acq(d)), d => d.Investor.Name, AnchorOf);
            List(writer, "Acquired", "acquired", asInvestor[company.Name].Where(Acq), d => d.Investee.Name, AnchorOf);
            List(writer, "Acquired by", "acquired-by", asInvestee[company.Name].Where(Acq), d => d.Investor.Name, AnchorOf);
            writer.Write("</section>\n");
        }
        writer.Write("</section>\n</main>\n<script>\n");
        writer.Write(Script);
        writer.Write("</script>\n</body>\n</html>\n");
    }

    private static void List(TextWriter writer, string heading, string css, IEnumerable<Deal> deals, Func<Deal, string> other, Func<string, string> anchorOf)
    {
        var list = deals.ToList();
        if (list.Count == 0) return;
        var c = CultureInfo.InvariantCulture;
        writer.Write(string.Create(c, $"<h4>{heading}</h4>\n<ul class=\"{css}\">\n"));
        foreach (var d in list)
        {
            var name = other(d);
            writer.Write(string.Create(c, $"<li><a href=\"#{anchorOf(name)}\">{E(name)}</a> — <a href=\"#deal-{E(d.Id)}\">{Kind(d.Kind)}"));
            if (d.Amount is not null) writer.Write(string.Create(c, $", {E(d.Amount.Text)}"));
            if (d.Date is not null) writer.Write(string.Create(c, $", {E(d.Date)}"));
            writer.Write("</a></li>\n");
        }
        writer.Write("</ul>\n");
    }

    private static string AmountCell(Deal d)
    {
        if (d.Amount is null) return d.StakePercent is { } s ? $"<span class=\"hint\">{s.ToString("0.##", CultureInfo.InvariantCulture)}% stake</span>" : "";
        var text = E(d.Amount.Text);
        var usd = d.AmountUsd is { } u ? $"<br><span class=\"usd\" title=\"{UsdNote(d.Amount)}\">≈ {Usd(u)}</span>" : "";
        var others = d.Amounts.Count > 1 ? $"<br><span class=\"hint\">also: {E(string.Join("; ", d.Amounts.Skip(1).Select(a => a.Text)))}</span>" : "";
        return text + usd + others;
    }

    private static string UsdNote(DealAmount a) => a.UsdFrom switch
    {
        "article" => "the article states the USD figure",
        "yearlyAverage" => $"at the {a.UsdRateYear} yearly average rate (IMF IFS / World Bank PA.NUS.FCRF)",
        _ => "the amount is in USD",
    };

    private static string SourceLink(DealSource s)
    {
        var label = E(s.Site ?? Path.GetFileName(s.Source));
        var title = E((s.PublishedAt?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "") + " " + s.Evidence);
        var target = s.Url ?? s.Source;
        if (Uri.TryCreate(target, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps))
            return $"<a class=\"source\" href=\"{E(uri.AbsoluteUri)}\" title=\"{title}\" rel=\"noopener noreferrer\">{label}</a> ";
        return $"<span class=\"source\" title=\"{E(s.Source)}: {title}\">{label}</span> ";
    }

    private static string MonthOf(string? date) => date switch
    {
        null => "date unknown",
        { Length: >= 7 } => date[..7],
        _ => date + " (month unknown)",
    };

    private static string Kind(InvestmentKind kind) => System.Text.Json.JsonNamingPolicy.CamelCase.ConvertName(kind.ToString());

    private static string Usd(decimal value)
    {
        var c = CultureInfo.InvariantCulture;
        return value switch
        {
            >= 1_000_000_000 => "$" + (value / 1_000_000_000).ToString("0.##", c) + " B",
            >= 1_000_000 => "$" + (value / 1_000_000).ToString("0.##", c) + " M",
            _ => "$" + value.ToString("#,0", c),
        };
    }

    private static string E(string s) => WebUtility.HtmlEncode(s);

    private const string Style = """
        body{font:14px/1.45 system-ui,-apple-system,"Segoe UI",Roboto,"Noto Sans","DejaVu Sans",sans-serif;margin:0;color:#1d2430;background:#fafbfc}
        header{padding:16px 24px;background:#14365d;color:#fff}header h1{margin:0 0 4px;font-size:22px}header a{color:#cfe3ff}
        .summary{margin:0 0 6px}main{padding:8px 24px 40px}h2{margin:28px 0 8px;border-bottom:2px solid #d9dee5;padding-bottom:4px}
        table{border-collapse:collapse;width:100%;background:#fff}th,td{border:1px solid #e1e5ea;padding:5px 8px;vertical-align:top;text-align:left}
        th{background:#eef2f6;cursor:pointer;user-select:none;white-space:nowrap}th[aria-sort=ascending]::after{content:" ▲"}th[aria-sort=descending]::after{content:" ▼"}
        tr.deal:nth-child(even){background:#f7f9fb}a{color:#0b5cad;text-decoration:none}a:hover{text-decoration:underline}
        .hint{color:#67717e;font-size:12px}.usd{color:#2d6a35;font-size:12px}.sources a,.sources span{display:inline-block;margin:0 6px 2px 0;padding:0 5px;border-radius:3px;background:#e8f0fa;font-size:12px}
        .kind{padding:1px 6px;border-radius:8px;font-size:12px;background:#e4e7eb}.kind.acquisition{background:#fbe3d0}.kind.pledge{background:#efe3fa}.kind.investment{background:#dcf0e0}.kind.stake{background:#fdf3c8}
        table.totals{width:auto;min-width:420px}#filter{padding:4px 8px;width:280px}
        #deal-graph{max-width:100%;height:auto;background:#fff;border:1px solid #e1e5ea}#deal-graph text{font-size:12px;fill:#1d2430}#deal-graph .g-head{font-weight:600;fill:#67717e}
        .g-edge{fill:none;stroke:#5b8fd0;stroke-opacity:.55}.g-edge:hover{stroke:#d0632a;stroke-opacity:1}.g-node{fill:#14365d}
        section.company{background:#fff;border:1px solid #e1e5ea;border-radius:4px;padding:4px 14px 10px;margin:10px 0}section.company h3{margin:8px 0 2px}
        section.company h4{margin:8px 0 2px;font-size:13px;color:#3b4554}section.company ul{margin:0;padding-left:20px}.aliases{margin:0;color:#67717e;font-size:12px}

        """;

    private const string Script = """
        (function () {
          var table = document.getElementById('deal-table');
          var body = table.tBodies[0];
          var heads = table.tHead.rows[0].cells;
          function sortBy(col, descending) {
            var numeric = heads[col].getAttribute('data-type') === 'num';
            var rows = Array.prototype.slice.call(body.rows);
            rows.sort(function (a, b) {
              var x = a.cells[col].getAttribute('data-sort'), y = b.cells[col].getAttribute('data-sort');
              var r = numeric ? (parseFloat(x) - parseFloat(y)) : x.localeCompare(y, 'vi');
              return descending ? -r : r;
            });
            rows.forEach(function (r) { body.appendChild(r); });
            for (var i = 0; i < heads.length; i++) heads[i].removeAttribute('aria-sort');
            heads[col].setAttribute('aria-sort', descending ? 'descending' : 'ascending');
          }
          Array.prototype.forEach.call(heads, function (th, col) {
            function toggle() { sortBy(col, th.getAttribute('aria-sort') === 'ascending'); }
            th.addEventListener('click', toggle);
            th.addEventListener('keydown', function (e) { if (e.key === 'Enter') toggle(); });
          });
          document.getElementById('filter').addEventListener('input', function (e) {
            var q = e.target.value.toLowerCase();
            Array.prototype.forEach.call(body.rows, function (r) { r.style.display = r.textContent.toLowerCase().indexOf(q) >= 0 ? '' : 'none'; });
          });
          sortBy(4, true); // newest first
          document.body.setAttribute('data-ready', 'true');
        })();

        """;
}
