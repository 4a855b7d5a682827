using System.Text;
using System.Text.Json;

namespace VnTechNewsExtractor.Cli.Output;

/// <summary>
/// One line of <c>fetch</c> and <c>crawl</c> output (JSON Lines): what became of one URL. <see cref="Outcome"/> is
/// "fetched" (saved now), "kept" (already saved in the folder, not fetched again), "skipped" (older than --since) or
/// "failed" (see <see cref="Error"/>).
/// </summary>
internal sealed record FetchRecord(string Url, string Outcome)
{
    public string? File { get; init; }

    public string? FinalUrl { get; init; }

    public int? Status { get; init; }

    public int Attempts { get; init; }

    public ExtractionError? Error { get; init; }

    public string ToJson()
    {
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer, new JsonWriterOptions { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            json.WriteStartObject();
            json.WriteString("url", Url);
            json.WriteString("outcome", Outcome);
            json.WriteString("file", File);
            json.WriteString("finalUrl", FinalUrl);
            if (Status is { } status) json.WriteNumber("status", status);
            else json.WriteNull("status");
            json.WriteNumber("attempts", Attempts);
            if (Error is null) json.WriteNull("error");
            else
            {
                json.WriteStartObject("error");
                json.WriteString("code", Error.Code);
                json.WriteString("message", Error.Message);
                json.WriteEndObject();
            }
            json.WriteEndObject();
        }
        return Encoding.UTF8.GetString(buffer.GetBuffer(), 0, (int)buffer.Length);
    }
}
