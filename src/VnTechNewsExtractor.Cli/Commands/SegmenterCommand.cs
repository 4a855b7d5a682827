using System.CommandLine;
using System.Diagnostics;
using System.Globalization;
using System.Text;
using VnTechNewsExtractor.Text;

namespace VnTechNewsExtractor.Cli.Commands;

/// <summary>
/// <c>vntech segmenter lexicon|train|evaluate</c>: rebuilds the segmenter's lexicons and weights from the shared
/// data, and measures word F1 on the held-out part of a segmented corpus (every tenth line).
/// </summary>
internal static class SegmenterCommand
{
    private static readonly (string Source, string Target)[] LexiconSources =
    [
        ("vnvocab.txt", "vi-words.txt"),
        ("viet74k.txt", "viet74k-words.txt"),
        ("pyvi-words.txt", "pyvi-words.txt"),
    ];

    public static Command Create(ConsoleIo io) => new("segmenter", "Build, train and evaluate the built-in word segmenter.")
    {
        Lexicon(io),
        Train(io),
        Evaluate(io),
        Speed(io),
    };

    private static Command Speed(ConsoleIo io)
    {
        var gold = GoldOption();
        var seconds = new Option<double>("--seconds") { Description = "How long to run.", DefaultValueFactory = _ => 5 };
        var command = new Command("speed", "Tokenise and segment the corpus text (lines grouped 100 a text) repeatedly; print syllables per second of wall time, of CPU time and in the fastest pass. BenchmarkDotNet (tests/VnTechNewsExtractor.Benchmarks) is the reference; CPU time is less distorted on a busy machine.") { gold, seconds };
        command.SetAction(async (parse, cancellationToken) =>
        {
            var texts = ReadGold(parse.GetValue(gold)!).Where(l => l.Length > 0).Select(l => l.Replace('_', ' '))
                .Chunk(100).Select(c => string.Join("\n\n", c)).ToArray();
            var segmenter = new PerceptronWordSegmenter();
            long syllables = texts.Sum(t => Tokenizer.Tokenize(t).Count(k => k.Kind == Documents.TokenKind.Syllable));
            foreach (var t in texts) segmenter.Segment(t, Tokenizer.Tokenize(t)); // warm up: model load and JIT
            var process = Process.GetCurrentProcess();
            var cpu0 = process.TotalProcessorTime;
            var watch = Stopwatch.StartNew();
            long passes = 0, words = 0;
            var best = TimeSpan.MaxValue;
            while (watch.Elapsed.TotalSeconds < parse.GetValue(seconds))
            {
                cancellationToken.ThrowIfCancellationRequested();
                var start = watch.Elapsed;
                foreach (var t in texts) words += segmenter.Segment(t, Tokenizer.Tokenize(t)).Count;
                var pass = watch.Elapsed - start;
                if (pass < best) best = pass;
                passes++;
            }
            watch.Stop();
            process.Refresh();
            var cpu = (process.TotalProcessorTime - cpu0).TotalSeconds;
            double total = syllables * (double)passes;
            await io.Out.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
                $"{passes} passes over {syllables} syllables ({words / passes} words a pass): {total / watch.Elapsed.TotalSeconds:N0} syllables/s wall, {total / cpu:N0} syllables/s CPU, {syllables / best.TotalSeconds:N0} syllables/s in the fastest pass")).ConfigureAwait(false);
            return Program.Success;
        });
        return command;
    }

    private static Command Lexicon(ConsoleIo io)
    {
        var source = new Option<string>("--source") { Description = "Folder with vnvocab.txt, viet74k.txt and pyvi-words.txt.", Required = true };
        var output = new Option<string>("--out") { Description = "Folder to write the derived lexicons to (models/lexicon).", Required = true };
        var command = new Command("lexicon", "Derive models/lexicon/*.txt from the published word lists.") { source, output };
        command.SetAction(async (parse, cancellationToken) =>
        {
            var from = parse.GetValue(source)!;
            var to = parse.GetValue(output)!;
            if (!Directory.Exists(from)) throw new UsageException($"the folder '{from}' does not exist.");
            Directory.CreateDirectory(to);
            foreach (var (src, target) in LexiconSources)
            {
                var words = LexiconBuilder.Derive(File.ReadLines(Path.Combine(from, src)));
                await File.WriteAllLinesAsync(Path.Combine(to, target), words, new UTF8Encoding(false), cancellationToken).ConfigureAwait(false);
                await io.Out.WriteLineAsync($"{target}: {words.Count} words from {src}").ConfigureAwait(false);
            }
            return Program.Success;
        });
        return command;
    }

    private static Command Train(ConsoleIo io)
    {
        var gold = GoldOption();
        var lexicon = new Option<string?>("--lexicon") { Description = "Folder of lexicon files (default: the shipped ones)." };
        var output = new Option<string?>("--out") { Description = "Weights file to write (models/segmentation/weights.tsv)." };
        var epochs = new Option<int>("--epochs") { Description = "Training passes.", DefaultValueFactory = _ => 12 };
        var command = new Command("train", "Train on the training part (9 lines in 10) and print word F1 on the held-out part.") { gold, lexicon, output, epochs };
        command.SetAction(async (parse, cancellationToken) =>
        {
            var (training, heldOut) = SegmentationCorpus.Split(ReadGold(parse.GetValue(gold)!));
            var dir = parse.GetValue(lexicon);
            var lexicons = SegmentationModel.LexiconFiles
                .Select(f => dir is null ? SegmentationModel.ReadLexicon(f) : File.ReadLines(Path.Combine(dir, f)))
                .ToList();
            var header = $"""
                Weights of VnTechNewsExtractor's word segmenter (averaged perceptron), written by 'vntech segmenter train'.
                Trained on the {training.Count} training lines (all but every tenth line) of the RDRsegmenter training sample
                (train-gold-dev.txt, Apache-2.0) over the lexicons {string.Join(", ", SegmentationModel.LexiconFiles)}; {parse.GetValue(epochs)} epochs.
                Columns: feature template, arguments, weight. See models/segmentation/NOTICE.md.
                """;
            var watch = Stopwatch.StartNew();
            StringWriter? weights = parse.GetValue(output) is null ? null : new StringWriter(CultureInfo.InvariantCulture);
            var model = SegmenterTrainer.Train(training, lexicons, weights, parse.GetValue(epochs), header.ReplaceLineEndings("\n"));
            await io.Error.WriteLineAsync($"trained on {training.Count} lines in {watch.Elapsed.TotalSeconds:F1} s; {model.FeatureCount} features").ConfigureAwait(false);
            if (weights is not null)
                await File.WriteAllTextAsync(parse.GetValue(output)!, weights.ToString(), new UTF8Encoding(false), cancellationToken).ConfigureAwait(false);
            await WriteScore(io, "held-out", SegmentationCorpus.Evaluate(new PerceptronWordSegmenter(model), heldOut)).ConfigureAwait(false);
            return Program.Success;
        });
        return command;
    }

    private static Command Evaluate(ConsoleIo io)
    {
        var gold = GoldOption();
        var all = new Option<bool>("--all") { Description = "Score every line, not only the held-out part (the training lines flatter the model)." };
        var command = new Command("evaluate", "Print word precision, recall and F1 of the shipped segmenter (and of the plain longest-match one) on the held-out lines.") { gold, all };
        command.SetAction(async (parse, cancellationToken) =>
        {
            var lines = ReadGold(parse.GetValue(gold)!);
            var (_, heldOut) = SegmentationCorpus.Split(lines);
            var scored = parse.GetValue(all) ? lines : heldOut;
            var part = parse.GetValue(all) ? "all lines" : "held-out";
            await WriteScore(io, $"perceptron, {part}", SegmentationCorpus.Evaluate(new PerceptronWordSegmenter(), scored)).ConfigureAwait(false);
            await WriteScore(io, $"longest match, {part}", SegmentationCorpus.Evaluate(new LexiconWordSegmenter(), scored)).ConfigureAwait(false);
            return Program.Success;
        });
        return command;
    }

    private static Option<string> GoldOption() => new("--gold") { Description = "Segmented corpus (train-gold-dev.txt): one sentence a line, syllables of a word joined by '_'.", Required = true };

    private static List<string> ReadGold(string path) =>
        File.Exists(path) ? File.ReadLines(path).ToList() : throw new UsageException($"the file '{path}' does not exist.");

    private static Task WriteScore(ConsoleIo io, string label, SegmentationScore s) =>
        io.Out.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
            $"{label}: sentences {s.Sentences}, words gold {s.Gold} predicted {s.Predicted} correct {s.Correct}; precision {s.Precision:F4} recall {s.Recall:F4} F1 {s.F1:F4}"));
}
