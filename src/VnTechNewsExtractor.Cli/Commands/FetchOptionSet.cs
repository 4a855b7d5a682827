using System.CommandLine;
using System.Globalization;
using VnTechNewsExtractor.Cli.Output;
using VnTechNewsExtractor.Sources;

namespace VnTechNewsExtractor.Cli.Commands;

/// <summary>The politeness and limit options shared by <c>fetch</c>, <c>crawl</c> and <c>analyze URL</c>.</summary>
internal sealed class FetchOptionSet
{
    private readonly Option<string> _userAgent = new("--user-agent") { Description = "User-Agent sent; its first word is the name robots.txt rules are matched against.", DefaultValueFactory = _ => FetchOptions.Default.UserAgent };
    private readonly Option<double> _delay = new("--delay") { Description = "Least seconds between two requests to one host (robots.txt's Crawl-delay can raise it); 0 for none.", DefaultValueFactory = _ => 1 };
    private readonly Option<double> _timeout = new("--timeout") { Description = "Seconds one request may take.", DefaultValueFactory = _ => 30 };
    private readonly Option<int> _retries = new("--retries") { Description = "Retries after 429, 5xx, timeouts and network errors.", DefaultValueFactory = _ => 3 };
    private readonly Option<double> _retryDelay = new("--retry-delay") { Description = "Seconds before the first retry, doubled for each further one (Retry-After wins).", DefaultValueFactory = _ => 1 };
    private readonly Option<string> _maxPageSize = new("--max-page-size") { Description = "Larger responses are abandoned and reported (e.g. 16MB).", DefaultValueFactory = _ => "16MB" };
    private readonly Option<int> _maxRedirects = new("--max-redirects") { Description = "Redirects followed per page.", DefaultValueFactory = _ => 10 };

    public FetchOptionSet()
    {
        foreach (var option in new[] { _delay, _retryDelay })
            option.Validators.Add(r =>
            {
                if (r.GetValueOrDefault<double>() < 0) r.AddError($"{option.Name} must be 0 or more seconds.");
            });
        _timeout.Validators.Add(r =>
        {
            if (r.GetValueOrDefault<double>() <= 0) r.AddError("--timeout must be more than 0 seconds.");
        });
        foreach (var option in new[] { _retries, _maxRedirects })
            option.Validators.Add(r =>
            {
                if (r.GetValueOrDefault<int>() < 0) r.AddError($"{option.Name} must be 0 or more.");
            });
        _maxPageSize.Validators.Add(r =>
        {
            if (!ByteSize.TryParse(r.GetValueOrDefault<string>(), out _)) r.AddError("--max-page-size must be a size such as 500KB or 16MB.");
        });
        _userAgent.Validators.Add(r =>
        {
            var ua = r.GetValueOrDefault<string>();
            if (string.IsNullOrWhiteSpace(ua) || ua.Any(char.IsControl)) r.AddError("--user-agent must be a non-empty single line.");
        });
    }

    public void AddTo(Command command)
    {
        command.Options.Add(_userAgent);
        command.Options.Add(_delay);
        command.Options.Add(_timeout);
        command.Options.Add(_retries);
        command.Options.Add(_retryDelay);
        command.Options.Add(_maxPageSize);
        command.Options.Add(_maxRedirects);
    }

    /// <summary>The options of this set given on the command line (not left at their defaults).</summary>
    public IEnumerable<string> Given(ParseResult parse) =>
        new Option[] { _userAgent, _delay, _timeout, _retries, _retryDelay, _maxPageSize, _maxRedirects }
            .Where(o => parse.GetResult(o) is { Implicit: false }).Select(o => o.Name);

    public FetchOptions Read(ParseResult parse)
    {
        ByteSize.TryParse(parse.GetValue(_maxPageSize), out var maxBytes);
        return new FetchOptions
        {
            UserAgent = parse.GetValue(_userAgent)!,
            HostInterval = TimeSpan.FromSeconds(parse.GetValue(_delay)),
            Timeout = TimeSpan.FromSeconds(parse.GetValue(_timeout)),
            MaxRetries = parse.GetValue(_retries),
            RetryDelay = TimeSpan.FromSeconds(parse.GetValue(_retryDelay)),
            MaxResponseBytes = maxBytes,
            MaxRedirects = parse.GetValue(_maxRedirects),
        };
    }

    /// <summary>A date or time for --since: "2024-01-01" (Vietnam midnight) or an ISO 8601 time with offset.</summary>
    public static bool TryParseSince(string? text, out DateTimeOffset since)
    {
        since = default;
        if (string.IsNullOrWhiteSpace(text)) return false;
        if (DateOnly.TryParseExact(text.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day))
        {
            since = new DateTimeOffset(day.ToDateTime(TimeOnly.MinValue), TimeSpan.FromHours(7));
            return true;
        }
        return DateTimeOffset.TryParse(text.Trim(), CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out since);
    }
}
