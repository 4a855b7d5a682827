using System.CommandLine;
using VnTechNewsExtractor.Text;

namespace VnTechNewsExtractor.Cli.Commands;

/// <summary><c>vntech segment [TEXT]</c>: word segmentation with syllables joined by '_'.</summary>
internal static class SegmentCommand
{
    public static Command Create(ConsoleIo io)
    {
        var text = new Argument<string?>("text") { Description = "The text; each line of stdin when absent.", Arity = ArgumentArity.ZeroOrOne };
        var command = new Command("segment", "Word-segment text: syllables of a word joined by '_', words and punctuation separated by single spaces.") { text };
        command.SetAction(async (parse, cancellationToken) =>
        {
            var segmenter = new PerceptronWordSegmenter();
            foreach (var line in LineInput.Read(parse.GetValue(text), io.In))
            {
                cancellationToken.ThrowIfCancellationRequested();
                await io.Out.WriteLineAsync(SegmentedText.Format(line, segmenter)).ConfigureAwait(false);
            }
            return Program.Success;
        });
        return command;
    }
}
