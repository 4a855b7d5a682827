using System.Globalization;
using System.Text;
using CsvHelper;
using Parquet.Serialization;
using VnTechNewsExtractor.Deals;
using VnTechNewsExtractor.Serialization;

namespace VnTechNewsExtractor.Cli.Output;

/// <summary>
/// Writes the deal table as JSON Lines, CSV or Parquet, to stdout or to a file written atomically (a temporary file
/// beside it, moved into place when complete, so a reader never sees half a table).
/// </summary>
internal static class DealOutput
{
    public static readonly string[] Formats = ["jsonl", "csv", "parquet"];

    /// <summary>The format a file's extension names: .csv, .parquet, else JSON Lines.</summary>
    public static string FormatOf(string path) => Path.GetExtension(path).ToLowerInvariant() switch
    {
        ".csv" => "csv",
        ".parquet" => "parquet",
        _ => "jsonl",
    };

    /// <summary>Fails before any work when <paramref name="path"/>'s folder does not exist.</summary>
    public static void CheckFolder(string? path, string option)
    {
        if (path is null) return;
        var dir = Path.GetDirectoryName(Path.GetFullPath(path))!;
        if (!Directory.Exists(dir)) throw new UsageException($"{option}: the folder '{dir}' does not exist.");
    }

    public static async Task WriteAsync(IReadOnlyList<Deal> deals, string format, string? path, TextWriter stdout, CancellationToken cancellationToken)
    {
        if (path is null)
        {
            if (format == "parquet") throw new UsageException("--format parquet needs --output FILE (Parquet is a binary file, not for a terminal).");
            await WriteTextAsync(deals, format, stdout).ConfigureAwait(false);
            return;
        }
        await WriteAtomicallyAsync(path, async stream =>
        {
            if (format == "parquet")
            {
                await ParquetSerializer.SerializeAsync(deals.Select(DealRow.Of).ToList(), stream, cancellationToken: cancellationToken).ConfigureAwait(false);
                return;
            }
            await using var writer = new StreamWriter(stream, new UTF8Encoding(false), 1 << 16, leaveOpen: true);
            await WriteTextAsync(deals, format, writer).ConfigureAwait(false);
        }).ConfigureAwait(false);
    }

    /// <summary>Writes through a temporary file beside <paramref name="path"/> and moves it into place when <paramref name="write"/> completes.</summary>
    public static async Task WriteAtomicallyAsync(string path, Func<Stream, Task> write)
    {
        var full = Path.GetFullPath(path);
        var temporary = Path.Combine(Path.GetDirectoryName(full)!, $".{Path.GetFileName(full)}.{Environment.ProcessId}.tmp");
        try
        {
            await using (var stream = new FileStream(temporary, FileMode.Create, FileAccess.Write, FileShare.None, 1 << 16, useAsync: true))
                await write(stream).ConfigureAwait(false);
            File.Move(temporary, full, overwrite: true);
        }
        finally
        {
            if (File.Exists(temporary)) File.Delete(temporary);
        }
    }

    private static async Task WriteTextAsync(IReadOnlyList<Deal> deals, string format, TextWriter writer)
    {
        if (format == "csv")
        {
            await using var csv = new CsvWriter(writer, CultureInfo.InvariantCulture, leaveOpen: true);
            foreach (var c in DealRow.Columns) csv.WriteField(c);
            await csv.NextRecordAsync().ConfigureAwait(false);
            foreach (var deal in deals)
            {
                var r = DealRow.Of(deal);
                object?[] fields =
                [
                    r.Id, r.Investor, Join(r.InvestorAliases), r.Investee, Join(r.InvesteeAliases), r.Kind, r.AmountText,
                    deal.Amount?.Value, deal.Amount?.Max, r.Currency, deal.AmountUsd, r.UsdFrom, r.UsdRateYear, Join(r.Amounts),
                    r.StakePercent, r.Round, r.Date, r.DateFrom, r.Confidence, r.SourceCount, Join(r.Sources), Join(r.Sites),
                    r.FirstPublishedAt, r.Evidence,
                ];
                // One line per deal, for spreadsheets and line tools: a line break inside a field (an evidence passage over
                // two paragraphs) becomes a space.
                foreach (var f in fields) csv.WriteField(OneLine(f is IFormattable x ? x.ToString(null, CultureInfo.InvariantCulture) : f as string));
                await csv.NextRecordAsync().ConfigureAwait(false);
            }
            await csv.FlushAsync().ConfigureAwait(false);
            return;
        }
        foreach (var deal in deals) await writer.WriteLineAsync(DealJson.Serialize(deal)).ConfigureAwait(false);
        await writer.FlushAsync().ConfigureAwait(false);
    }

    private static string Join(List<string> items) => string.Join(" | ", items);

    private static string? OneLine(string? field) =>
        field is null || field.AsSpan().IndexOfAny('\n', '\r') < 0 ? field : field.Replace("\r\n", " ", StringComparison.Ordinal).Replace('\n', ' ').Replace('\r', ' ');
}
