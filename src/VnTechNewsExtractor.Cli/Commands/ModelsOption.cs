using System.CommandLine;
using VnTechNewsExtractor.Companies.Learning;
using VnTechNewsExtractor.Investments.Learning;

namespace VnTechNewsExtractor.Cli.Commands;

/// <summary>
/// <c>--models DIR</c>: use the models <c>vntech train --out DIR</c> wrote (company-tagger.bin, relation-classifier.zip)
/// instead of the shipped ones.
/// </summary>
internal sealed class ModelsOption
{
    public const string TaggerFile = "company-tagger.bin";
    public const string RelationsFile = "relation-classifier.zip";

    private readonly Option<string?> _option = new("--models")
    {
        Description = $"Use the models in this folder, as 'vntech train --out' writes them ({TaggerFile}, {RelationsFile}), instead of the shipped ones.",
    };

    public void AddTo(Command command) => command.Options.Add(_option);

    /// <summary><paramref name="options"/> with the folder's models, or unchanged without the option.</summary>
    public ArticleAnalyzerOptions Apply(ParseResult parse, ArticleAnalyzerOptions options)
    {
        if (parse.GetValue(_option) is not { } dir) return options;
        if (!Directory.Exists(dir)) throw new UsageException($"--models: the folder '{dir}' does not exist.");
        string tagger = Path.Combine(dir, TaggerFile), relations = Path.Combine(dir, RelationsFile);
        if (!File.Exists(tagger) && !File.Exists(relations)) throw new UsageException($"--models: '{dir}' holds neither {TaggerFile} nor {RelationsFile}.");
        try
        {
            if (File.Exists(tagger))
            {
                using var stream = File.OpenRead(tagger);
                options = options with { CompanyTagger = CompanyTagger.Load(stream) };
            }
            if (File.Exists(relations))
            {
                using var stream = File.OpenRead(relations);
                options = options with { RelationClassifier = RelationClassifier.Load(stream) };
            }
        }
        catch (Exception ex) when (ex is InvalidDataException or IOException or InvalidOperationException or FormatException)
        {
            throw new UsageException($"--models: '{dir}' holds a model that cannot be read: {ex.Message}");
        }
        return options;
    }
}
