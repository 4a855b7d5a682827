using System.Text.Json;
using VnTechNewsExtractor.Serialization;

namespace VnTechNewsExtractor.Cli.Output;

/// <summary>
/// Streams the article records of JSON Lines files (what <c>vntech analyze</c> writes), one at a time. A line that is
/// not a record is reported as "FILE:LINE: ..." and skipped; the rest of the file goes on.
/// </summary>
internal sealed class ArticleRecordReader(IReadOnlyList<string> files, Action<string> reportError)
{
    /// <summary>Bytes of all files together, for progress.</summary>
    public long TotalBytes { get; } = files.Sum(f => new FileInfo(f).Length);

    /// <summary>Bytes read so far (whole files plus the current file's position).</summary>
    public long BytesRead { get; private set; }

    public int Records { get; private set; }

    public int BadLines { get; private set; }

    /// <summary>Fails before anything is read when a file is missing.</summary>
    public static void CheckFiles(IEnumerable<string> files)
    {
        foreach (var f in files)
        {
            if (Directory.Exists(f)) throw new UsageException($"'{f}' is a folder; give the JSON Lines files 'vntech analyze' wrote.");
            if (!File.Exists(f)) throw new UsageException($"the records file '{f}' does not exist.");
        }
    }

    public async IAsyncEnumerable<ArticleAnalysis> ReadAsync([System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        long done = 0;
        foreach (var file in files)
        {
            await using var stream = new FileStream(file, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16, useAsync: true);
            using var reader = new StreamReader(stream);
            int lineNumber = 0;
            while (await reader.ReadLineAsync(cancellationToken).ConfigureAwait(false) is { } line)
            {
                lineNumber++;
                BytesRead = done + stream.Position;
                if (line.Length == 0) continue;
                ArticleAnalysis? record;
                try
                {
                    record = ArticleJson.Deserialize(line);
                }
                catch (JsonException ex)
                {
                    record = null;
                    BadLines++;
                    reportError($"{file}:{lineNumber}: not an article record ({ex.Message})");
                    continue;
                }
                if (record is null)
                {
                    BadLines++;
                    reportError($"{file}:{lineNumber}: not an article record (null)");
                    continue;
                }
                Records++;
                yield return record;
            }
            done += stream.Length;
            BytesRead = done;
        }
    }
}
