using System.CommandLine;
using System.Text.Json;
using VnTechNewsExtractor.Money;
using VnTechNewsExtractor.Serialization;

namespace VnTechNewsExtractor.Cli.Commands;

/// <summary><c>vntech money [TEXT]</c>: the money amounts of TEXT or of each stdin line.</summary>
internal static class MoneyCommand
{
    public static Command Create(ConsoleIo io)
    {
        var text = new Argument<string?>("text") { Description = "The text; each line of stdin when absent.", Arity = ArgumentArity.ZeroOrOne };
        var command = new Command("money", "Find money amounts; write one JSON line per input line: {\"input\": ..., \"amounts\": [...]}.") { text };
        command.SetAction(async (parse, cancellationToken) =>
        {
            var recognizer = new MoneyRecognizer();
            var buffer = new System.Buffers.ArrayBufferWriter<byte>();
            foreach (var line in LineInput.Read(parse.GetValue(text), io.In))
            {
                cancellationToken.ThrowIfCancellationRequested();
                buffer.ResetWrittenCount();
                using (var writer = new Utf8JsonWriter(buffer, new JsonWriterOptions { Encoder = ArticleJson.Options.Encoder }))
                {
                    writer.WriteStartObject();
                    writer.WriteString("input", line);
                    writer.WritePropertyName("amounts");
                    ArticleJson.Serialize(writer, recognizer.Recognize(line));
                    writer.WriteEndObject();
                }
                await io.Out.WriteLineAsync(System.Text.Encoding.UTF8.GetString(buffer.WrittenSpan)).ConfigureAwait(false);
            }
            return Program.Success;
        });
        return command;
    }
}
