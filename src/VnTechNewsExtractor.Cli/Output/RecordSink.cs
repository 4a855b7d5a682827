using System.Globalization;
using System.Text;
using System.Text.Json;
using CsvHelper;
using VnTechNewsExtractor.Serialization;

namespace VnTechNewsExtractor.Cli.Output;

/// <summary>
/// Where analysis records go: stdout, or a file written atomically (to a temporary file beside it, renamed
/// into place when the run ends, cancelled runs included, so the file never holds half a record).
/// </summary>
internal abstract class RecordSink : IAsyncDisposable
{
    private readonly string? _target;
    private readonly string? _temporary;
    private bool _committed;

    protected RecordSink(TextWriter writer, string? target, string? temporary)
    {
        Writer = writer;
        _target = target;
        _temporary = temporary;
    }

    protected TextWriter Writer { get; }

    /// <summary>Opens the sink; with <paramref name="carriedOver"/> (a resumed JSON Lines run), those lines are written first.</summary>
    public static RecordSink Open(string format, string? outputPath, TextWriter stdout, IReadOnlyList<string>? carriedOver = null)
    {
        TextWriter writer = stdout;
        string? temporary = null;
        if (outputPath is not null)
        {
            var full = Path.GetFullPath(outputPath);
            var dir = Path.GetDirectoryName(full)!;
            Directory.CreateDirectory(dir); // as fetch --out does: the folder is made when missing
            temporary = Path.Combine(dir, $".{Path.GetFileName(full)}.{Environment.ProcessId}.tmp");
            writer = new StreamWriter(temporary, false, new UTF8Encoding(false), 1 << 16);
        }
        foreach (var line in carriedOver ?? []) writer.WriteLine(line);
        return format switch
        {
            "json" => new JsonArraySink(writer, outputPath, temporary),
            "csv" => new CsvSink(writer, outputPath, temporary),
            "table" => new TableSink(writer, outputPath, temporary, terminal: outputPath is null && ReferenceEquals(stdout, Console.Out) && !Console.IsOutputRedirected),
            _ => new JsonLinesSink(writer, outputPath, temporary),
        };
    }

    public abstract void Write(ArticleAnalysis record);

    protected virtual void Finish()
    {
    }

    /// <summary>Ends the output and moves the file into place.</summary>
    public async Task CommitAsync()
    {
        if (_committed) return;
        _committed = true;
        Finish();
        await Writer.FlushAsync().ConfigureAwait(false);
        if (_temporary is not null)
        {
            await Writer.DisposeAsync().ConfigureAwait(false);
            File.Move(_temporary, _target!, overwrite: true);
        }
    }

    /// <summary>
    /// The complete records of an earlier JSON Lines output, and the sources they cover, each source once: the
    /// output itself, then what runs that were killed before renaming left in their temporary files (see
    /// <see cref="Leftovers"/>). A line that does not parse (the end of a run killed mid-write) is dropped, so its
    /// file is analysed again.
    /// </summary>
    public static (List<string> Lines, HashSet<string> Sources) ReadExisting(string path)
    {
        var lines = new List<string>();
        var sources = new HashSet<string>(StringComparer.Ordinal);
        if (File.Exists(path)) ReadRecords(path, lines, sources);
        foreach (var leftover in Leftovers(path)) ReadRecords(leftover, lines, sources);
        return (lines, sources);
    }

    /// <summary>
    /// The temporary files of runs writing <paramref name="outputPath"/> that died before renaming them (killed,
    /// out of power); a temporary file whose process still runs belongs to a live run and is left alone.
    /// </summary>
    public static List<string> Leftovers(string outputPath)
    {
        var full = Path.GetFullPath(outputPath);
        var dir = Path.GetDirectoryName(full)!;
        var prefix = $".{Path.GetFileName(full)}.";
        var found = new List<string>();
        if (!Directory.Exists(dir)) return found;
        foreach (var file in Directory.EnumerateFiles(dir, prefix + "*.tmp"))
        {
            var pid = Path.GetFileName(file)[prefix.Length..^".tmp".Length];
            if (int.TryParse(pid, NumberStyles.None, CultureInfo.InvariantCulture, out var id) && !IsRunning(id)) found.Add(file);
        }
        found.Sort(StringComparer.Ordinal);
        return found;
    }

    private static bool IsRunning(int processId)
    {
        if (processId == Environment.ProcessId) return true;
        try
        {
            using var process = System.Diagnostics.Process.GetProcessById(processId);
            return !process.HasExited;
        }
        catch (ArgumentException)
        {
            return false;
        }
        catch (InvalidOperationException)
        {
            return false;
        }
    }

    private static void ReadRecords(string path, List<string> lines, HashSet<string> sources)
    {
        foreach (var line in File.ReadLines(path))
        {
            if (line.Length == 0) continue;
            try
            {
                using var doc = JsonDocument.Parse(line);
                if (doc.RootElement.TryGetProperty("source", out var source) && source.GetString() is { } s && sources.Add(s)) lines.Add(line);
            }
            catch (JsonException)
            {
                // an incomplete record: analysed again
            }
        }
    }

    public async ValueTask DisposeAsync()
    {
        await CommitAsync().ConfigureAwait(false);
        GC.SuppressFinalize(this);
    }

    private sealed class JsonLinesSink(TextWriter writer, string? target, string? temporary) : RecordSink(writer, target, temporary)
    {
        public override void Write(ArticleAnalysis record)
        {
            // Flushed per record: a run killed outright leaves whole records in its temporary file for --resume.
            Writer.WriteLine(ArticleJson.Serialize(record));
            Writer.Flush();
        }
    }

    private sealed class JsonArraySink(TextWriter writer, string? target, string? temporary) : RecordSink(writer, target, temporary)
    {
        private bool _first = true;

        public override void Write(ArticleAnalysis record)
        {
            Writer.Write(_first ? "[\n" : ",\n");
            _first = false;
            var buffer = new MemoryStream();
            using (var json = new Utf8JsonWriter(buffer, new JsonWriterOptions { Indented = true, Encoder = ArticleJson.IndentedOptions.Encoder }))
                ArticleJson.Serialize(json, record, indented: true);
            Writer.Write(Encoding.UTF8.GetString(buffer.GetBuffer(), 0, (int)buffer.Length));
        }

        protected override void Finish() => Writer.WriteLine(_first ? "[]" : "\n]");
    }

    /// <summary>One row per investment; an article without investments gets one row with those columns empty.</summary>
    private sealed class CsvSink : RecordSink
    {
        private static readonly string[] Header =
        [
            "source", "url", "site", "isArticle", "title", "publishedAt", "companies", "moneyCount",
            "investor", "investee", "kind", "amountText", "amountValue", "currency", "stakePercent", "round", "date",
            "confidence", "evidence", "errors",
        ];

        private readonly CsvWriter _csv;

        public CsvSink(TextWriter writer, string? target, string? temporary) : base(writer, target, temporary)
        {
            _csv = new CsvWriter(writer, CultureInfo.InvariantCulture, leaveOpen: true);
            foreach (var h in Header) _csv.WriteField(h);
            _csv.NextRecord();
        }

        public override void Write(ArticleAnalysis record)
        {
            var companies = string.Join("; ", record.Companies.Select(c => c.Name));
            var errors = string.Join("; ", record.Errors.Select(e => $"{e.Code}: {e.Message}"));
            IEnumerable<InvestmentRelation?> rows = record.Investments.Count > 0 ? record.Investments.Cast<InvestmentRelation?>() : new InvestmentRelation?[] { null };
            foreach (var inv in rows)
            {
                _csv.WriteField(record.Source);
                _csv.WriteField(record.Url);
                _csv.WriteField(record.Site);
                _csv.WriteField(record.IsArticle ? "true" : "false");
                _csv.WriteField(record.Title);
                _csv.WriteField(record.PublishedAt?.ToString("yyyy-MM-ddTHH:mm:sszzz", CultureInfo.InvariantCulture));
                _csv.WriteField(companies);
                _csv.WriteField(record.Money.Count);
                _csv.WriteField(inv?.Investor);
                _csv.WriteField(inv?.Investee);
                _csv.WriteField(inv is null ? "" : JsonNamingPolicy.CamelCase.ConvertName(inv.Kind.ToString()));
                _csv.WriteField(inv?.Amount?.Text);
                _csv.WriteField(inv?.Amount?.Value?.ToString(CultureInfo.InvariantCulture));
                _csv.WriteField(inv?.Amount?.Currency);
                _csv.WriteField(inv?.StakePercent?.ToString(CultureInfo.InvariantCulture));
                _csv.WriteField(inv?.Round);
                _csv.WriteField(inv?.Date);
                _csv.WriteField(inv?.Confidence.ToString(CultureInfo.InvariantCulture));
                _csv.WriteField(inv?.Evidence.Text);
                _csv.WriteField(errors);
                _csv.NextRecord();
            }
        }

        protected override void Finish()
        {
            _csv.Flush();
            _csv.Dispose();
        }
    }
}
