using System.Globalization;
using System.Text;

namespace VnTechNewsExtractor.Sources;

/// <summary>
/// A site's robots.txt rules (RFC 9309): user-agent groups, <c>Allow</c>/<c>Disallow</c> with the longest match
/// winning (Allow on a tie), <c>*</c> and a final <c>$</c> in patterns, and <c>Crawl-delay</c>.
/// </summary>
public sealed class RobotsTxt
{
    private readonly List<Group> _groups;

    private RobotsTxt(List<Group> groups) => _groups = groups;

    /// <summary>No rules: everything is allowed (the site has no robots.txt, or it answered 4xx).</summary>
    public static RobotsTxt AllowAll { get; } = new([]);

    /// <summary>Everything is disallowed (robots.txt could not be fetched: RFC 9309 treats the site as closed).</summary>
    public static RobotsTxt DisallowAll { get; } = new([new Group(["*"], [new Rule("/", Allow: false)], null)]);

    /// <summary>Parses the text of a robots.txt file; unknown lines are ignored.</summary>
    public static RobotsTxt Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var groups = new List<Group>();
        Group? current = null;
        bool lastWasAgent = false;
        foreach (var raw in text.TrimStart('\uFEFF').Split('\n'))
        {
            var line = raw;
            int hash = line.IndexOf('#', StringComparison.Ordinal);
            if (hash >= 0) line = line[..hash];
            int colon = line.IndexOf(':', StringComparison.Ordinal);
            if (colon < 0) continue;
            var key = line[..colon].Trim().ToLowerInvariant();
            var value = line[(colon + 1)..].Trim();
            switch (key)
            {
                case "user-agent":
                    // Consecutive user-agent lines share one group; one after a rule starts the next group.
                    if (current is null || !lastWasAgent)
                    {
                        current = new Group([], [], null);
                        groups.Add(current);
                    }
                    current.Agents.Add(value.ToLowerInvariant());
                    lastWasAgent = true;
                    continue;
                case "allow" or "disallow" when current is not null:
                    if (value.Length > 0) current.Rules.Add(new Rule(Normalize(value), key == "allow"));
                    break;
                case "crawl-delay" when current is not null:
                    if (double.TryParse(value, NumberStyles.Float, CultureInfo.InvariantCulture, out var seconds) && seconds >= 0 && seconds < 86_400)
                        current.CrawlDelay = TimeSpan.FromSeconds(seconds);
                    break;
                default:
                    continue; // sitemap and unknown keys neither start nor end a group
            }
            lastWasAgent = false;
        }
        return new RobotsTxt(groups);
    }

    /// <summary>Whether a crawler named <paramref name="productToken"/> may fetch <paramref name="pathAndQuery"/>.</summary>
    /// <param name="productToken">The crawler's name, as in the first word of its User-Agent ("vntech").</param>
    /// <param name="pathAndQuery">The URL's path and query, percent-encoded as in <see cref="Uri.PathAndQuery"/>.</param>
    public bool IsAllowed(string productToken, string pathAndQuery)
    {
        ArgumentNullException.ThrowIfNull(pathAndQuery);
        if (pathAndQuery == "/robots.txt") return true;
        int bestLength = -1;
        bool allowed = true;
        foreach (var group in GroupsFor(productToken))
        {
            foreach (var rule in group.Rules)
            {
                if (rule.Pattern.Length < bestLength || !Matches(rule.Pattern, pathAndQuery)) continue;
                if (rule.Pattern.Length > bestLength || rule.Allow) allowed = rule.Allow;
                bestLength = rule.Pattern.Length;
            }
        }
        return allowed;
    }

    /// <summary>The crawl delay the site asks of <paramref name="productToken"/>, or null.</summary>
    public TimeSpan? CrawlDelay(string productToken)
    {
        TimeSpan? delay = null;
        foreach (var group in GroupsFor(productToken))
            if (group.CrawlDelay is { } d && (delay is null || d > delay)) delay = d;
        return delay;
    }

    /// <summary>The groups naming the product token, or else the <c>*</c> groups (rules of several groups combine).</summary>
    private List<Group> GroupsFor(string productToken)
    {
        var token = productToken.ToLowerInvariant();
        var named = _groups.Where(g => g.Agents.Contains(token)).ToList();
        return named.Count > 0 ? named : _groups.Where(g => g.Agents.Contains("*")).ToList();
    }

    /// <summary>Whether <paramref name="pattern"/> matches the start of <paramref name="path"/> (all of it when the pattern ends in $).</summary>
    internal static bool Matches(string pattern, string path)
    {
        bool anchored = pattern.EndsWith('$');
        if (anchored) pattern = pattern[..^1];
        // Greedy wildcard matching with backtracking to the last '*': linear in practice, no regular expressions.
        int p = 0, s = 0, starP = -1, starS = 0;
        while (true)
        {
            if (p == pattern.Length)
            {
                if (!anchored || s == path.Length) return true;
            }
            else if (pattern[p] == '*')
            {
                starP = ++p;
                starS = s;
                continue;
            }
            else if (s < path.Length && pattern[p] == path[s])
            {
                p++;
                s++;
                continue;
            }
            if (starP < 0 || starS >= path.Length) return false;
            p = starP;
            s = ++starS;
        }
    }

    /// <summary>Percent-encodes non-ASCII characters of a pattern (as URLs carry them) and upper-cases escapes.</summary>
    private static string Normalize(string pattern)
    {
        var sb = new StringBuilder(pattern.Length);
        for (int i = 0; i < pattern.Length; i++)
        {
            char c = pattern[i];
            if (c == '%' && i + 2 < pattern.Length && Uri.IsHexDigit(pattern[i + 1]) && Uri.IsHexDigit(pattern[i + 2]))
            {
                sb.Append('%').Append(char.ToUpperInvariant(pattern[i + 1])).Append(char.ToUpperInvariant(pattern[i + 2]));
                i += 2;
            }
            else if (c > 0x7F || c == ' ')
            {
                int length = char.IsHighSurrogate(c) && i + 1 < pattern.Length ? 2 : 1;
                foreach (var b in Encoding.UTF8.GetBytes(pattern.Substring(i, length))) sb.Append('%').Append(b.ToString("X2", CultureInfo.InvariantCulture));
                i += length - 1;
            }
            else sb.Append(c);
        }
        return sb.ToString();
    }

    private sealed record Rule(string Pattern, bool Allow);

    private sealed class Group(List<string> agents, List<Rule> rules, TimeSpan? crawlDelay)
    {
        public List<string> Agents { get; } = agents;

        public List<Rule> Rules { get; } = rules;

        public TimeSpan? CrawlDelay { get; set; } = crawlDelay;
    }
}
